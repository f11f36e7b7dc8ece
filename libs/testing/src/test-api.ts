import { TEST_ENV } from './test-env';

/** Applies the test environment to this process before any config is parsed. */
export function useTestEnv(extra: Record<string, string> = {}): void {
  Object.assign(process.env, TEST_ENV, extra);
}
