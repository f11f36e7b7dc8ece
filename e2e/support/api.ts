import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

/** The CSRF token of the page's session, for API calls made with its cookie. */
export async function csrf(page: Page): Promise<string> {
  const me = await page.request.get('/api/auth/me');
  expect(me.status()).toBe(200);
  return (await me.json()).csrf_token as string;
}

export async function defaultEnvironment(page: Page): Promise<string> {
  const res = await page.request.get('/org/v2/environments');
  return (await res.json()).data[0].id as string;
}

/**
 * One SQL statement against the run's database (scripts/e2e.sh exports TRIBUTARY_DB_*), through psql:
 * for states the stack only reaches through a fault, written exactly as the reconciler writes them.
 */
export function sql(statement: string, ...params: string[]): string {
  const env = process.env;
  const args = ['-qtAX', '-v', 'ON_ERROR_STOP=1', '-h', env.TRIBUTARY_DB_HOST ?? '127.0.0.1', '-p', env.TRIBUTARY_DB_PORT ?? '5432', '-U', env.TRIBUTARY_DB_USER ?? 'tributary', '-d', env.TRIBUTARY_DB_NAME ?? 'tributary_e2e'];
  params.forEach((p, i) => args.push('-v', `p${i + 1}=${p}`));
  // From stdin (not -c), so psql interpolates the parameters (:'p1' is p1, quoted as a literal).
  return execFileSync('psql', [...args, '-f', '-'], { input: statement, env: { ...env, PGPASSWORD: env.TRIBUTARY_DB_PASSWORD ?? 'tributary' }, encoding: 'utf8' }).trim();
}
