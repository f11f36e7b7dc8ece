import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccountsModule, type AccountsExtensions } from '@tributary/accounts';
import { DbModule } from '@tributary/db';
import { JobsModule, PlatformModule, RedisModule, type PlatformConfig, type QueueDefinition } from '@tributary/platform';
import type { Logger } from 'pino';
import { API_CONFIG, type ApiConfig } from './api.config';
import { AuthGuard } from './auth/auth.guard';
import { ResourceOfRequest } from './auth/resource-of-request';
import { ConsoleAuthController } from './console-auth/console-auth.controller';
import { InvitationsController } from './console-auth/invitations.controller';
import { SessionResponder } from './console-auth/session-responder';
import { HealthController } from './health/health.controller';
import { AppErrorFilter } from './http/app-error.filter';
import { OpenApiBuilder } from './openapi/openapi.builder';
import { OpenApiController } from './openapi/openapi.controller';
import { ApiKeysController } from './resources/api-keys.controller';
import { AuditEventsController } from './resources/audit-events.controller';
import { EnvironmentsController } from './resources/environments.controller';
import { RoleBindingsController } from './resources/role-bindings.controller';
import { ServiceAccountsController } from './resources/service-accounts.controller';
import { UsersController } from './resources/users.controller';

export interface ApiModuleOptions {
  platform: PlatformConfig;
  api: ApiConfig;
  logger: Logger;
  /** Domain modules with their controllers (clusters, billing), composed by the app. */
  features?: ModuleMetadata['imports'];
  accounts?: AccountsExtensions;
  /** Queues the API enqueues to (it never consumes). */
  queues?: QueueDefinition[];
}

/** The API's parsed configuration, for every controller module. */
@Global()
@Module({})
class ApiConfigModule {
  static forRoot(api: ApiConfig): DynamicModule {
    return { module: ApiConfigModule, providers: [{ provide: API_CONFIG, useValue: api }], exports: [API_CONFIG] };
  }
}

/** The HTTP edge: thin controllers over the domain libraries' use cases. */
@Module({})
export class ApiModule {
  static forRoot(opts: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot({ serviceName: 'api', config: opts.platform, logger: opts.logger }),
        DbModule,
        RedisModule,
        DiscoveryModule,
        ApiConfigModule.forRoot(opts.api),
        JobsModule.forRoot({ queues: opts.queues ?? [], consume: false }),
        AccountsModule.forRoot(opts.accounts ?? {}),
        ...(opts.features ?? []),
      ],
      controllers: [
        HealthController,
        OpenApiController,
        ConsoleAuthController,
        InvitationsController,
        EnvironmentsController,
        ServiceAccountsController,
        UsersController,
        ApiKeysController,
        AuditEventsController,
        RoleBindingsController,
      ],
      providers: [
        ResourceOfRequest,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        OpenApiBuilder,
        SessionResponder,
      ],
    };
  }
}
