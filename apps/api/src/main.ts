import { ConfigError, createLogger, keepRunningThroughRedisOutages, loadPlatformConfig } from '@tributary/platform';
import { loadApiConfig } from './api.config';
import { createApiApp } from './create-api-app';
import { apiFeatures } from './features';

async function main() {
  const platform = loadPlatformConfig();
  const api = loadApiConfig();
  const logger = createLogger({ level: platform.log.level, pretty: platform.log.pretty, name: 'api' });
  keepRunningThroughRedisOutages(logger);
  const app = await createApiApp({ platform, api, ...apiFeatures() });
  await app.listen({ host: api.host, port: api.port });
  logger.info({ url: api.publicUrl }, `api listening on ${api.host}:${api.port}`);
}

main().catch((e: unknown) => {
  // Config errors name the variable; print them plainly, without a stack.
  console.error(e instanceof ConfigError || (e instanceof Error && e.message.startsWith('Invalid configuration')) ? e.message : e);
  process.exit(1);
});
