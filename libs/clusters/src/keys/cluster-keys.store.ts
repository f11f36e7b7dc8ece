import { Injectable } from '@nestjs/common';
import { TenantRepositories, type Cluster } from '@tributary/db';
import type { ClusterKeysSource } from '../reconciler/steps/credentials.step';
import type { ClusterKeysRemover } from '../reconciler/steps/remove-keys.step';

/** A cluster's API keys as the reconciler sees them: what must be on the brokers, and cleanup. */
@Injectable()
export class ClusterKeysStore implements ClusterKeysSource, ClusterKeysRemover {
  constructor(private readonly repos: TenantRepositories) {}

  async keysOf(cluster: Pick<Cluster, 'id' | 'organizationId'>): Promise<Array<{ id: string; scramCredentialEnc: string | null }>> {
    const keys = await this.repos.for(cluster.organizationId).apiKeys.findMany({ resourceKind: 'Cluster', resourceId: cluster.id }, { orderBy: { createdAt: 'asc' } });
    return keys.map((k) => ({ id: k.id, scramCredentialEnc: k.scramCredentialEnc }));
  }

  /** Stores a new key's sealed credential before it goes to the brokers (so a crash in between heals). */
  async storeCredential(key: { id: string; organizationId: string }, sealed: string): Promise<void> {
    await this.repos.for(key.organizationId).apiKeys.updateWhere({ id: key.id }, { scramCredentialEnc: sealed });
  }

  async removeAllFor(cluster: Pick<Cluster, 'id' | 'organizationId'>): Promise<number> {
    return this.repos.for(cluster.organizationId).apiKeys.deleteWhere({ resourceKind: 'Cluster', resourceId: cluster.id });
  }
}
