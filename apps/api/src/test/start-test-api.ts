import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiClient, useTestEnv } from '@tributary/testing';
import { createApiApp } from '../create-api-app';
import { apiFeatures } from '../features';

/**
 * The real API app (as apps/api builds it) on the test database. Configuration is parsed when the
 * app is created, so `useTestEnv` only has to run before that.
 */
export async function startTestApi(extraEnv: Record<string, string> = {}): Promise<{ app: NestFastifyApplication; api: ApiClient; close: () => Promise<void> }> {
  useTestEnv(extraEnv);
  const app = await createApiApp(apiFeatures());
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    api: new ApiClient(app),
    close: async () => {
      const timer = setTimeout(() => {
        const handles = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles();
        console.error('CLOSE STUCK', handles.map((h) => h.constructor.name));
      }, 5000);
      await app.close();
      clearTimeout(timer);
    },
  };
}
