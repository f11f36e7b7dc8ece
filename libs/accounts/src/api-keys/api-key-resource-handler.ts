import type { ApiKey, ApiKeyResourceKind } from '@tributary/db';

/**
 * How keys for a non-Cloud resource come to work: the clusters context registers one for `Cluster`
 * (a SCRAM credential and ACLs on the cluster's brokers). Accounts knows nothing of Kafka.
 */
export interface ApiKeyResourceHandler {
  readonly kind: Exclude<ApiKeyResourceKind, 'Cloud'>;
  /** Checks the resource exists in the organization (404 otherwise) and can take keys now. */
  resolve(organizationId: string, resourceId: string): Promise<{ environmentId: string }>;
  /** Makes the key usable on the resource. Called after the key row is written; must be idempotent. */
  provision(key: ApiKey, secret: string): Promise<void>;
  /** Makes the key stop working on the resource. Idempotent; a resource already gone is fine. */
  revoke(key: ApiKey): Promise<void>;
}

export const API_KEY_RESOURCE_HANDLERS = Symbol('API_KEY_RESOURCE_HANDLERS');
