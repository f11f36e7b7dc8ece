import { Injectable } from '@nestjs/common';
import { TenantRepositories, type Cluster, type ClusterPhase } from '@tributary/db';

/**
 * The reconciler's and resync's reads of clusters across organizations, through the system door of
 * the repositories: they act for the system, and a job carries only a cluster id. Everything they
 * write goes through the cluster's own organization scope (the lifecycle writer).
 */
@Injectable()
export class ClusterRecords {
  constructor(private readonly repos: TenantRepositories) {}

  find(clusterId: string): Promise<Cluster | null> {
    return this.repos.system.clusters.findFirst({ id: clusterId });
  }

  async idsIn(phases: readonly ClusterPhase[]): Promise<string[]> {
    return (await this.repos.system.clusters.findMany({ phase: { in: [...phases] } })).map((c) => c.id);
  }

  /** Clusters whose desired state is not yet observed: provisioning, deleting, resized since, or failing. */
  async unobservedIds(): Promise<string[]> {
    const rows = await this.repos.system.clusters.findMany({
      OR: [{ phase: { in: ['PROVISIONING', 'DEPROVISIONING'] } }, { phase: 'PROVISIONED', reconcileFailures: { gt: 0 } }, { phase: 'PROVISIONED', conditions: { array_contains: [{ type: 'Resizing', status: 'True' }] } }],
    });
    return rows.map((r) => r.id);
  }

  /** Of `ids`, those a live (not deleted) cluster row still owns: for the orphan sweep. */
  async knownIds(ids: string[]): Promise<Set<string>> {
    return new Set((await this.repos.system.clusters.findMany({ id: { in: ids }, phase: { not: 'DELETED' } })).map((r) => r.id));
  }
}
