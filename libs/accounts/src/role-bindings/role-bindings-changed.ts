import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { PrincipalName } from '@tributary/access';
import { VerifiedKeyCache } from '../api-keys/verified-key-cache';

/** What changed: one principal's access in one organization (a binding, their member role, or their removal). */
export interface RoleBindingsChange {
  organizationId: string;
  principal: PrincipalName;
  /** Why, for logs: `created`, `deleted`, `role_changed`, `member_removed`, `service_account_removed`, `member_joined`. */
  reason: 'created' | 'deleted' | 'role_changed' | 'member_removed' | 'service_account_removed' | 'member_joined';
}

/**
 * Told after a principal's access changed and the change is committed. The clusters context registers
 * one that re-reconciles the affected clusters, so broker ACLs follow bindings within seconds. Runs
 * outside any transaction; a listener that fails is logged, the periodic resync repairs what it missed.
 */
export interface RoleBindingsChangedListener {
  onRoleBindingsChanged(change: RoleBindingsChange): Promise<void>;
}
export const ROLE_BINDINGS_CHANGED_LISTENERS = Symbol('ROLE_BINDINGS_CHANGED_LISTENERS');

/** The one place that announces an access change: caches first (every api process), then the listeners. */
@Injectable()
export class RoleBindingsEvents {
  private readonly log = new Logger(RoleBindingsEvents.name);

  constructor(
    private readonly cache: VerifiedKeyCache,
    @Optional() @Inject(ROLE_BINDINGS_CHANGED_LISTENERS) private readonly listeners: RoleBindingsChangedListener[] = [],
  ) {}

  async changed(change: RoleBindingsChange): Promise<void> {
    // Keys and sessions are read again on every process: what they may do changed.
    await this.cache.invalidateOrganization(change.organizationId);
    for (const l of this.listeners) {
      try {
        await l.onRoleBindingsChanged(change);
      } catch (e) {
        this.log.warn(`a role-bindings listener failed for ${change.principal} (${change.reason}); the resync will catch up: ${(e as Error).message}`);
      }
    }
  }
}
