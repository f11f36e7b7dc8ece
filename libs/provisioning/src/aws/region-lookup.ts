import { DescribeImagesCommand, DescribeSubnetsCommand, DescribeVpcsCommand, type Filter } from '@aws-sdk/client-ec2';
import type { Availability } from '@tributary/catalog';
import type { AwsConfig } from './aws-config';
import type { Ec2Api } from './ec2-api';

export interface RegionNetwork {
  vpcId: string;
  /** One subnet per availability zone, sorted by zone name. */
  subnets: Subnet[];
}

export interface Subnet {
  subnetId: string;
  zone: string;
}

/** MULTI_ZONE spreads nodes round-robin over up to three zones. */
const MAX_ZONES = 3;

export class AwsCapacityError extends Error {
  override readonly name = 'AwsCapacityError';
}

/**
 * Per-region facts that do not change while the provider runs, looked up once and cached: the VPC and
 * its one subnet per zone, and the AMI brokers boot from. A failed lookup is forgotten (tried again).
 */
export class RegionLookup {
  private readonly networks = new Map<string, Promise<RegionNetwork>>();
  private readonly amis = new Map<string, Promise<string>>();

  constructor(
    private readonly api: Ec2Api,
    private readonly config: AwsConfig,
  ) {}

  network(region: string): Promise<RegionNetwork> {
    return cached(this.networks, region, () => this.loadNetwork(region));
  }

  /** The subnets a cluster's nodes go round-robin over: one zone, or up to three. */
  async zonesFor(region: string, availability: Availability, brokerCount: number): Promise<Subnet[]> {
    const network = await this.network(region);
    const zones = availability === 'MULTI_ZONE' ? network.subnets.slice(0, MAX_ZONES) : network.subnets.slice(0, 1);
    const needed = availability === 'MULTI_ZONE' ? Math.min(MAX_ZONES, brokerCount) : 1;
    if (zones.length < needed) {
      throw new AwsCapacityError(`${region} has subnets in ${zones.length} availability zone(s); ${availability} needs ${needed}`);
    }
    return zones;
  }

  ami(region: string): Promise<string> {
    const explicit = this.config.amiIds[region];
    if (explicit) return Promise.resolve(explicit);
    return cached(this.amis, region, () => this.findAmi(region));
  }

  private async loadNetwork(region: string): Promise<RegionNetwork> {
    const explicit = this.config.subnetIds[region];
    let filters: Filter[];
    if (explicit) {
      filters = [{ Name: 'subnet-id', Values: explicit }];
    } else {
      const vpcs = await this.api.call(region, (ec2) => ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] })));
      const vpcId = vpcs.Vpcs?.[0]?.VpcId;
      if (!vpcId) throw new Error(`${region} has no default VPC; set TRIBUTARY_AWS_SUBNET_IDS for it`);
      filters = [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'default-for-az', Values: ['true'] },
      ];
    }
    const out = await this.api.call(region, (ec2) => ec2.send(new DescribeSubnetsCommand({ Filters: filters })));
    const subnets = (out.Subnets ?? []).filter((s) => s.SubnetId && s.AvailabilityZone && s.VpcId);
    const vpcIds = new Set(subnets.map((s) => s.VpcId));
    if (subnets.length === 0) throw new Error(`no usable subnets in ${region}`);
    if (vpcIds.size > 1) throw new Error(`TRIBUTARY_AWS_SUBNET_IDS for ${region} spans several VPCs: ${[...vpcIds].join(', ')}`);
    const perZone = new Map<string, string>();
    for (const s of [...subnets].sort((a, b) => (a.SubnetId as string).localeCompare(b.SubnetId as string))) {
      if (!perZone.has(s.AvailabilityZone as string)) perZone.set(s.AvailabilityZone as string, s.SubnetId as string);
    }
    return {
      vpcId: subnets[0]?.VpcId as string,
      subnets: [...perZone.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([zone, subnetId]) => ({ zone, subnetId })),
    };
  }

  private async findAmi(region: string): Promise<string> {
    const out = await this.api.call(region, (ec2) =>
      ec2.send(
        new DescribeImagesCommand({
          Owners: [this.config.amiOwner],
          Filters: [
            { Name: 'name', Values: [this.config.amiNamePattern] },
            { Name: 'state', Values: ['available'] },
          ],
        }),
      ),
    );
    const newest = (out.Images ?? []).sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? '') || (b.Name ?? '').localeCompare(a.Name ?? ''))[0];
    if (!newest?.ImageId) throw new Error(`no AMI named ${this.config.amiNamePattern} owned by ${this.config.amiOwner} in ${region}`);
    return newest.ImageId;
  }
}

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}
