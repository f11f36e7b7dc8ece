import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { RateLimiter } from '@tributary/platform';
import { ACCOUNTS_CONFIG, loadAccountsConfig } from './accounts.config';
import { API_KEY_RESOURCE_HANDLERS, type ApiKeyResourceHandler } from './api-keys/api-key-resource-handler';
import { ApiKeysService } from './api-keys/api-keys.service';
import { LastUsedRecorder } from './api-keys/last-used-recorder';
import { VerifiedKeyCache } from './api-keys/verified-key-cache';
import { AuditLog } from './audit/audit-log.service';
import { InvitationsService } from './invitations/invitations.service';
import {
  ENVIRONMENT_CREATED_LISTENERS,
  ENVIRONMENT_DELETION_GUARDS,
  EnvironmentsService,
  type EnvironmentCreatedListener,
  type EnvironmentDeletionGuard,
} from './environments/environments.service';
import { ROLE_BINDINGS_CHANGED_LISTENERS, RoleBindingsEvents, type RoleBindingsChangedListener } from './role-bindings/role-bindings-changed';
import { RoleBindingsService } from './role-bindings/role-bindings.service';
import { ServiceAccountsService } from './service-accounts/service-accounts.service';
import { LoginFailures } from './sessions/login-failures';
import { PasswordHasher } from './sessions/password-hasher';
import { SessionsService } from './sessions/sessions.service';
import { ORGANIZATION_CREATED_LISTENERS, SignUpService, type OrganizationCreatedListener } from './signup/signup.service';
import { UsersService } from './users/users.service';

const services = [InvitationsService, ApiKeysService, LastUsedRecorder, VerifiedKeyCache, AuditLog, EnvironmentsService, ServiceAccountsService, LoginFailures, PasswordHasher, SessionsService, SignUpService, UsersService, RateLimiter, RoleBindingsEvents, RoleBindingsService];

export interface AccountsExtensions {
  /** Modules that export the classes below. */
  imports?: ModuleMetadata['imports'];
  apiKeyResourceHandlers?: Type<ApiKeyResourceHandler>[];
  environmentDeletionGuards?: Type<EnvironmentDeletionGuard>[];
  /** Run in the transaction that creates an environment (the schema registry creates its registry). */
  environmentCreatedListeners?: Type<EnvironmentCreatedListener>[];
  organizationCreatedListeners?: Type<OrganizationCreatedListener>[];
  /** Told after a principal's access changed (a binding created or deleted, a role changed, a member or service account removed). */
  roleBindingsChangedListeners?: Type<RoleBindingsChangedListener>[];
}

/**
 * Organizations, people, sessions and keys. Other contexts (clusters, billing) plug in through
 * extension points instead of accounts importing them, so the arrows keep pointing one way.
 */
@Module({})
export class AccountsModule {
  static forRoot(ext: AccountsExtensions = {}): DynamicModule {
    const collect = <T>(token: symbol, types: Type<T>[] = []) => ({
      provide: token,
      inject: types,
      useFactory: (...instances: T[]) => instances,
    });
    return {
      module: AccountsModule,
      global: true,
      imports: ext.imports ?? [],
      providers: [
        ...services,
        { provide: ACCOUNTS_CONFIG, useFactory: () => loadAccountsConfig() },
        collect(API_KEY_RESOURCE_HANDLERS, ext.apiKeyResourceHandlers),
        collect(ENVIRONMENT_DELETION_GUARDS, ext.environmentDeletionGuards),
        collect(ENVIRONMENT_CREATED_LISTENERS, ext.environmentCreatedListeners),
        collect(ORGANIZATION_CREATED_LISTENERS, ext.organizationCreatedListeners),
        collect(ROLE_BINDINGS_CHANGED_LISTENERS, ext.roleBindingsChangedListeners),
      ],
      exports: [...services, ACCOUNTS_CONFIG],
    };
  }
}

/** Several contexts' extensions as one (each feature contributes its own; the app combines them). */
export function mergeAccountsExtensions(...all: AccountsExtensions[]): AccountsExtensions {
  const cat = <T>(pick: (e: AccountsExtensions) => T[] | undefined): T[] => all.flatMap((e) => pick(e) ?? []);
  return {
    imports: cat((e) => e.imports),
    apiKeyResourceHandlers: cat((e) => e.apiKeyResourceHandlers),
    environmentDeletionGuards: cat((e) => e.environmentDeletionGuards),
    environmentCreatedListeners: cat((e) => e.environmentCreatedListeners),
    organizationCreatedListeners: cat((e) => e.organizationCreatedListeners),
    roleBindingsChangedListeners: cat((e) => e.roleBindingsChangedListeners),
  };
}
