import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createLogger, loadPlatformConfig, PinoNestLogger, WorkerHost, type PlatformConfig } from '@tributary/platform';
import { workerFeatures } from './features';
import { WorkerModule } from './worker.module';

/** Builds the worker exactly as production runs it; integration tests start and stop it too. */
export async function createWorkerApp(opts: { platform?: PlatformConfig } = {}): Promise<INestApplicationContext> {
  const platform = opts.platform ?? loadPlatformConfig();
  const logger = createLogger({ level: platform.log.level, pretty: platform.log.pretty, name: 'worker' });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ platform, logger, ...workerFeatures() }), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  // Every feature has kept its schedules and registered its recovery hooks by now.
  app.get(WorkerHost).startRecovery();
  return app;
}
