import { DescribeInstancesCommand, DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { isValidClusterId } from '../cluster-ids';
import type { AwsConfig } from './aws-config';
import { isLive } from './cluster-resources';
import type { Ec2Api } from './ec2-api';
import { clusterFilter, managedFilter, TAG, tagsOf, tagValue } from './ec2-tags';

/**
 * Which clusters own resources in which region, found by tag alone (so a cluster no record remembers,
 * an orphan, is found too). The region of a cluster seen once is remembered; nothing else is.
 */
export class ClusterLocator {
  private readonly regionOfCluster = new Map<string, string>();

  constructor(
    private readonly api: Ec2Api,
    private readonly config: AwsConfig,
  ) {}

  remember(clusterId: string, region: string): void {
    this.regionOfCluster.set(clusterId, region);
  }

  forget(clusterId: string): void {
    this.regionOfCluster.delete(clusterId);
  }

  /** Every configured region, the one the cluster is known in first (orphans may sit anywhere). */
  regionsToSearch(clusterId: string): string[] {
    const known = this.regionOfCluster.get(clusterId);
    return known ? [known, ...this.config.regions.filter((r) => r !== known)] : this.config.regions;
  }

  /** Cluster ids holding anything tagged as ours (terminated instances aside), in any configured region. */
  async listOwnedClusters(): Promise<string[]> {
    const owned = new Set<string>();
    await Promise.all(
      this.config.regions.map(async (region) => {
        const res = await this.api.scan(region, managedFilter);
        const present = [...res.groups, ...res.instances.filter((i) => i.State?.Name !== 'terminated'), ...res.enis, ...res.volumes, ...res.addresses];
        for (const resource of present) {
          const clusterId = tagValue(tagsOf(resource), TAG.clusterId);
          if (clusterId !== undefined && isValidClusterId(clusterId)) {
            owned.add(clusterId);
            this.remember(clusterId, region);
          }
        }
      }),
    );
    return [...owned].sort();
  }

  /** Region holding the cluster's resources: remembered, else the first configured region with its group or a live instance. */
  async findRegion(clusterId: string): Promise<string | null> {
    const known = this.regionOfCluster.get(clusterId);
    if (known) return known;
    const hits = await Promise.all(
      this.config.regions.map(async (region) => {
        const [groups, instances] = await Promise.all([
          this.api.call(region, (ec2) => ec2.send(new DescribeSecurityGroupsCommand({ Filters: [clusterFilter(clusterId)] }))),
          this.api.call(region, (ec2) => ec2.send(new DescribeInstancesCommand({ Filters: [clusterFilter(clusterId)] }))),
        ]);
        const found = (groups.SecurityGroups?.length ?? 0) > 0 || (instances.Reservations ?? []).some((r) => (r.Instances ?? []).some(isLive));
        return found ? region : null;
      }),
    );
    const region = hits.find((r): r is string => r !== null) ?? null;
    if (region) this.remember(clusterId, region);
    return region;
  }
}
