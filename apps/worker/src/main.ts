import { createLogger, keepRunningThroughRedisOutages, loadPlatformConfig } from '@tributary/platform';
import { createWorkerApp } from './create-worker-app';

async function main() {
  const platform = loadPlatformConfig();
  const logger = createLogger({ level: platform.log.level, pretty: platform.log.pretty, name: 'worker' });
  keepRunningThroughRedisOutages(logger);
  await createWorkerApp({ platform });
  logger.info('worker running');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error && e.message.startsWith('Invalid configuration') ? e.message : e);
  process.exit(1);
});
