import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { loadPlatformConfig, type PlatformConfig } from './config/platform-config';
import { createLogger } from './logging/logger';

export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
export const LOGGER = Symbol('LOGGER');

/** Config parsed once per process, and the process's logger, for every module to inject. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(opts: { serviceName: string; config?: PlatformConfig; logger?: Logger }) {
    const config = opts.config ?? loadPlatformConfig();
    const logger = opts.logger ?? createLogger({ level: config.log.level, pretty: config.log.pretty, name: opts.serviceName });
    return {
      module: PlatformModule,
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [PLATFORM_CONFIG, LOGGER],
    };
  }
}
