import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  AttachVolumeCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkInterfaceCommand,
  CreateSecurityGroupCommand,
  CreateVolumeCommand,
  DeleteNetworkInterfaceCommand,
  DeleteSecurityGroupCommand,
  DeleteVolumeCommand,
  DescribeAddressesCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  DisassociateAddressCommand,
  EC2Client,
  ReleaseAddressCommand,
  RevokeSecurityGroupIngressCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  TerminateInstancesCommand,
  type Address,
  type EC2ClientConfig,
  type Filter,
  type Instance,
  type IpPermission,
  type NetworkInterface,
  type SecurityGroup,
  type Volume,
} from '@aws-sdk/client-ec2';
import { assertValidAdminCredential } from '../broker-config/admin-credential';
import { renderBrokerProperties } from '../broker-config/broker-properties';
import { TEARDOWN_DONE, type CloudProvider, type ClusterNodesSpec, type ClusterNodesStatus, type NodeState, type NodeStatus, type TeardownProgress } from '../cloud-provider';
import { assertValidClusterId, isValidClusterId } from '../local/cluster-layout';
import { newKafkaUuid } from '../local/cluster-record';
import { ControllerRemovalError } from '../local/local-provider';
import { acceptsTcp } from '../local/tcp-probe';
import { CLUSTER_KINDS, instanceTypeFor, MAX_BROKERS, type AwsConfig, type ClusterKind } from './aws-config';
import {
  clusterFilter,
  clusterTags,
  launchToken,
  managedFilter,
  nodeIdOf,
  nodeName,
  nodeTags,
  resourceToken,
  securityGroupName,
  TAG,
  tagsOf,
  tagValue,
  type Taggable,
} from './ec2-tags';
import { awsErrorCode, isTransientAwsError, sleep, withRetry, type RetryOptions } from './retry';
import { encodeUserData, readAwsInfraFiles, renderBrokerUserData, type AwsInfraFiles } from './user-data';

/** Fixed ports on every EC2 broker (each node has its own address, so no allocation is needed). */
export const EC2_BROKER_PORTS = { client: 9092, internal: 9093, controller: 9094, metrics: 9404, ssh: 22 } as const;

/** Where a node's data volume is attached (appears as /dev/xvdf on Xen, an NVMe device on Nitro). */
const DATA_DEVICE = '/dev/sdf';
const DATA_MOUNT = '/var/lib/kafka';

/** A ClusterNodesSpec may name the cluster kind (Basic/Standard/Dedicated), which picks the instance type. */
export type Ec2ClusterNodesSpec = ClusterNodesSpec & { kind?: ClusterKind };

export interface Ec2ProviderOptions {
  config: AwsConfig;
  /** EC2 endpoint for every region (moto, LocalStack). Default: the SDK's (AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL, else AWS). */
  endpoint?: string;
  /** Default: the SDK's standard provider chain. Tests pass static dummy credentials for moto. */
  credentials?: EC2ClientConfig['credentials'];
  /** `infra/` with aws/cloud-init.yaml.tmpl and kafka/. Default: TRIBUTARY_INFRA_DIR, else found above the cwd. */
  infraDir?: string;
  /** Backoff for throttling/5xx on every EC2 call. */
  retry?: Partial<Pick<RetryOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>>;
  /** Called with each regional client once, after creation (e.g. to add SDK middleware). */
  configureClient?: (client: EC2Client, region: string) => void;
  /** Readiness check of a running instance's client port. Default: a TCP connect when config.probePorts. */
  probe?: (host: string, port: number) => Promise<boolean>;
  /** First and maximum pause between teardown passes (dependency errors while instances terminate). */
  teardownPollMs?: { first: number; max: number };
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export class TeardownIncompleteError extends Error {
  override readonly name = 'TeardownIncompleteError';
}

export class AwsCapacityError extends Error {
  override readonly name = 'AwsCapacityError';
}

interface RegionNetwork {
  vpcId: string;
  /** One subnet per availability zone, sorted by zone name. */
  subnets: Array<{ subnetId: string; zone: string }>;
}

interface ClusterResources {
  region: string;
  groups: SecurityGroup[];
  /** Every instance carrying the cluster tag, terminated ones included (they count replacements). */
  instances: Instance[];
  enis: NetworkInterface[];
  volumes: Volume[];
  addresses: Address[];
}

interface ClusterFormation {
  groupId: string;
  kafkaClusterUuid: string;
  controllerIds: number[];
  replicationFactor: number;
}

const LIVE_STATES = new Set(['pending', 'running', 'stopping', 'stopped']);
const isLive = (i: Instance) => LIVE_STATES.has(i.State?.Name ?? '');
const byOldest = (a: Instance, b: Instance) => (a.LaunchTime?.getTime() ?? 0) - (b.LaunchTime?.getTime() ?? 0) || (a.InstanceId ?? '').localeCompare(b.InstanceId ?? '');

/**
 * Brokers on EC2, one instance per node, for the same reconciler that drives the LocalProvider.
 *
 * Per cluster: a security group; per node, created in this order so every broker's configuration is
 * known before any boots: a network interface (its private IP is the node's fixed address), an EBS
 * data volume in the same zone, optionally an Elastic IP, then the instance, whose cloud-init user data
 * carries server.properties rendered from the shared broker template. The data volume is attached once
 * the instance runs (a later pass: ensureNodes never waits for EC2).
 *
 * Nothing is remembered between calls: every pass re-reads the cluster's resources by tag, so a fresh
 * provider after a crash converges without duplicating anything (and RunInstances' ClientToken covers
 * EC2's eventually consistent reads). Only a per-region cache of the network layout and AMI is kept.
 */
export class Ec2Provider implements CloudProvider {
  readonly cloud = 'AWS' as const;
  private readonly clients = new Map<string, EC2Client>();
  private readonly networks = new Map<string, Promise<RegionNetwork>>();
  private readonly amis = new Map<string, Promise<string>>();
  private readonly regionOfCluster = new Map<string, string>();
  private infraFiles: AwsInfraFiles | null = null;
  private readonly retry: Pick<RetryOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>;
  private readonly probe: ((host: string, port: number) => Promise<boolean>) | null;
  private readonly log: (message: string, fields?: Record<string, unknown>) => void;

  constructor(private readonly options: Ec2ProviderOptions) {
    this.retry = { maxAttempts: 8, baseDelayMs: 250, maxDelayMs: 20_000, ...options.retry };
    this.probe = options.probe ?? (options.config.probePorts ? (host, port) => acceptsTcp(host, port, 1500) : null);
    this.log = options.log ?? (() => undefined);
  }

  private get config(): AwsConfig {
    return this.options.config;
  }

  // ---------------------------------------------------------------------------------------------
  // CloudProvider

  async ensureNodes(spec: Ec2ClusterNodesSpec): Promise<ClusterNodesStatus> {
    assertValidClusterId(spec.clusterId);
    assertValidAdminCredential(spec.admin);
    if (!Number.isInteger(spec.brokerCount) || spec.brokerCount < 1 || spec.brokerCount > MAX_BROKERS) {
      throw new RangeError(`brokerCount must be 1..${MAX_BROKERS}, got ${spec.brokerCount}`);
    }
    if (!this.config.regions.includes(spec.region)) throw new Error(`region ${spec.region} is not in TRIBUTARY_AWS_REGIONS`);
    const kind = kindOf(spec);
    const instanceType = instanceTypeFor(this.config, kind, spec.brokerCount);
    if (!instanceType) throw new Error(`no instance type configured for ${kind} clusters (TRIBUTARY_AWS_INSTANCE_TYPES)`);
    const region = spec.region;
    this.regionOfCluster.set(spec.clusterId, region);
    const network = await this.network(region);
    const zones = spec.availability === 'MULTI_ZONE' ? network.subnets.slice(0, 3) : network.subnets.slice(0, 1);
    const zonesNeeded = spec.availability === 'MULTI_ZONE' ? Math.min(3, spec.brokerCount) : 1;
    if (zones.length < zonesNeeded) {
      throw new AwsCapacityError(`${region} has subnets in ${zones.length} availability zone(s); ${spec.availability} needs ${zonesNeeded}`);
    }

    let res = await this.scan(region, clusterFilter(spec.clusterId));
    const formation = await this.ensureSecurityGroup(region, spec, network, res.groups);
    await this.ensureIngressRules(region, formation.groupId);
    const nodeIds = [...new Set([...formation.controllerIds, ...range(1, spec.brokerCount)])].sort((a, b) => a - b);

    // 1. Addresses and disks first: every node's network interface (fixed private IP), data volume and
    //    public address exist before any broker is configured.
    if (await this.pruneDuplicates(region, res)) res = await this.scan(region, clusterFilter(spec.clusterId));
    const pending: Array<Promise<void>> = [];
    for (const id of nodeIds) {
      const eni = nodeResource(res.enis, id);
      if (!eni) {
        const subnet = zones[(id - 1) % zones.length] as { subnetId: string; zone: string };
        pending.push(this.createNetworkInterface(region, spec, id, subnet.subnetId, formation.groupId));
        continue;
      }
      if (!dataVolumeOf(res.volumes, id)) pending.push(this.createDataVolume(region, spec, id, eni.AvailabilityZone as string));
      if (this.config.publicIps && !nodeResource(res.addresses, id)) pending.push(this.allocateAddress(region, spec.clusterId, id));
    }
    await Promise.all(pending);
    if (pending.length > 0) res = await this.scan(region, clusterFilter(spec.clusterId));
    // Second round for nodes whose interface was only just created (volume zone = interface zone).
    const second: Array<Promise<void>> = [];
    for (const id of nodeIds) {
      const eni = nodeResource(res.enis, id);
      if (!eni) continue;
      if (!dataVolumeOf(res.volumes, id)) second.push(this.createDataVolume(region, spec, id, eni.AvailabilityZone as string));
      if (this.config.publicIps) {
        const address = nodeResource(res.addresses, id);
        if (!address) second.push(this.allocateAddress(region, spec.clusterId, id));
        else if (address.NetworkInterfaceId !== eni.NetworkInterfaceId) second.push(this.associateAddress(region, address, eni));
      }
    }
    await Promise.all(second);
    if (second.length > 0) res = await this.scan(region, clusterFilter(spec.clusterId));
    // An address allocated in the second round is associated here.
    if (this.config.publicIps) {
      const late = nodeIds.flatMap((id) => {
        const eni = nodeResource(res.enis, id);
        const address = nodeResource(res.addresses, id);
        return eni && address && address.NetworkInterfaceId !== eni.NetworkInterfaceId ? [this.associateAddress(region, address, eni)] : [];
      });
      await Promise.all(late);
      if (late.length > 0) res = await this.scan(region, clusterFilter(spec.clusterId));
    }

    // 2. Every address is known: render each node's configuration and launch what is missing.
    const voters = formation.controllerIds.map((id) => {
      const eni = nodeResource(res.enis, id);
      if (!eni?.PrivateIpAddress) throw new Error(`controller ${id} of ${spec.clusterId} has no network interface yet`);
      return { nodeId: id, host: eni.PrivateIpAddress, port: EC2_BROKER_PORTS.controller };
    });
    const actions: Array<Promise<void>> = [];
    for (const id of nodeIds) {
      const eni = nodeResource(res.enis, id) as NetworkInterface;
      const volume = dataVolumeOf(res.volumes, id) as Volume;
      const instances = res.instances.filter((i) => nodeIdOf(tagsOf(i)) === id);
      const live = instances.filter(isLive).sort(byOldest)[0];
      if (!live) {
        const replacement = instances.filter((i) => tagValue(tagsOf(i), TAG.generation) === String(spec.generation)).length;
        actions.push(
          this.launch(region, spec, { nodeId: id, eni, volume, voters, formation, instanceType, replacement }).then(() => undefined),
        );
      } else if (live.State?.Name === 'stopped') {
        actions.push(this.aws(region, (ec2) => ec2.send(new StartInstancesCommand({ InstanceIds: [live.InstanceId as string] }))).then(() => undefined));
      } else if (live.State?.Name === 'running' && volume.State === 'available') {
        actions.push(this.attachVolume(region, volume, live));
      }
    }
    await Promise.all(actions);
    if (actions.length > 0) res = await this.scan(region, clusterFilter(spec.clusterId));
    return this.statusFrom(spec.clusterId, res);
  }

  async describeNodes(clusterId: string): Promise<ClusterNodesStatus> {
    if (!isValidClusterId(clusterId)) return emptyStatus(clusterId);
    const region = await this.findRegion(clusterId);
    if (!region) return emptyStatus(clusterId);
    return this.statusFrom(clusterId, await this.scan(region, clusterFilter(clusterId)));
  }

  async removeNodesAbove(clusterId: string, brokerCount: number): Promise<void> {
    assertValidClusterId(clusterId);
    const region = await this.findRegion(clusterId);
    if (!region) return;
    const res = await this.scan(region, clusterFilter(clusterId));
    const controllerIds = parseIds(tagValue(res.groups[0]?.Tags, TAG.controllerIds));
    const doomed = new Set(
      [...res.instances.filter(isLive), ...res.enis, ...res.volumes, ...res.addresses]
        .map((r) => nodeIdOf(tagsOf(r)))
        .filter((id): id is number => id !== null && id > brokerCount),
    );
    const controllers = [...doomed].filter((id) => controllerIds.includes(id));
    if (controllers.length > 0) {
      throw new ControllerRemovalError(
        `nodes ${controllers.join(', ')} of ${clusterId} are KRaft controllers (static quorum ${controllerIds.join(',')}); only broker-only nodes can be removed`,
      );
    }
    if (doomed.size === 0) return;
    await this.teardown(region, clusterId, (nodeId) => nodeId !== null && doomed.has(nodeId), { includeGroup: false });
  }

  /**
   * Removes everything tagged with the cluster id in every configured region, whether or not this
   * process (or any record) knows the cluster. Waits, retrying dependency errors, until nothing is left
   * or the teardown timeout passes (then throws TeardownIncompleteError; calling again continues).
   */
  async deleteCluster(clusterId: string): Promise<TeardownProgress> {
    assertValidClusterId(clusterId);
    const known = this.regionOfCluster.get(clusterId);
    // Orphans may sit in any region: always look everywhere.
    const regions = known ? [known, ...this.config.regions.filter((r) => r !== known)] : this.config.regions;
    for (const region of regions) await this.teardown(region, clusterId, () => true, { includeGroup: true });
    this.regionOfCluster.delete(clusterId);
    return TEARDOWN_DONE;
  }

  async listOwnedClusters(): Promise<string[]> {
    const owned = new Set<string>();
    await Promise.all(
      this.config.regions.map(async (region) => {
        const res = await this.scan(region, managedFilter);
        const live = [...res.groups, ...res.instances.filter((i) => i.State?.Name !== 'terminated'), ...res.enis, ...res.volumes, ...res.addresses];
        for (const resource of live) {
          const clusterId = tagValue(tagsOf(resource), TAG.clusterId);
          if (clusterId !== undefined && isValidClusterId(clusterId)) {
            owned.add(clusterId);
            this.regionOfCluster.set(clusterId, region);
          }
        }
      }),
    );
    return [...owned].sort();
  }

  // ---------------------------------------------------------------------------------------------
  // EC2 plumbing

  private client(region: string): EC2Client {
    let client = this.clients.get(region);
    if (!client) {
      client = new EC2Client({
        region,
        // One retry layer, ours (withRetry): the SDK's would multiply attempts and hide throttling.
        maxAttempts: 1,
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
        ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
      });
      this.options.configureClient?.(client, region);
      this.clients.set(region, client);
    }
    return client;
  }

  /** One EC2 call with backoff on throttling and 5xx (and on `alsoRetry` codes: eventual consistency). */
  private aws<T>(region: string, call: (ec2: EC2Client) => Promise<T>, alsoRetry: readonly string[] = []): Promise<T> {
    const ec2 = this.client(region);
    return withRetry(() => call(ec2), {
      ...this.retry,
      isRetryable: (err) => isTransientAwsError(err) || alsoRetry.includes(awsErrorCode(err) ?? ''),
      onRetry: ({ attempt, delayMs, error }) => this.log('retrying EC2 call', { region, attempt, delayMs, code: awsErrorCode(error) }),
    });
  }

  /** Close the regional clients' sockets. */
  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private network(region: string): Promise<RegionNetwork> {
    let network = this.networks.get(region);
    if (!network) {
      network = this.loadNetwork(region);
      network.catch(() => this.networks.delete(region));
      this.networks.set(region, network);
    }
    return network;
  }

  private async loadNetwork(region: string): Promise<RegionNetwork> {
    const explicit = this.config.subnetIds[region];
    let filters: Filter[];
    if (explicit) {
      filters = [{ Name: 'subnet-id', Values: explicit }];
    } else {
      const vpcs = await this.aws(region, (ec2) => ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] })));
      const vpcId = vpcs.Vpcs?.[0]?.VpcId;
      if (!vpcId) throw new Error(`${region} has no default VPC; set TRIBUTARY_AWS_SUBNET_IDS for it`);
      filters = [
        { Name: 'vpc-id', Values: [vpcId] },
        { Name: 'default-for-az', Values: ['true'] },
      ];
    }
    const out = await this.aws(region, (ec2) => ec2.send(new DescribeSubnetsCommand({ Filters: filters })));
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

  private ami(region: string): Promise<string> {
    const explicit = this.config.amiIds[region];
    if (explicit) return Promise.resolve(explicit);
    let ami = this.amis.get(region);
    if (!ami) {
      ami = this.aws(region, (ec2) =>
        ec2.send(
          new DescribeImagesCommand({
            Owners: [this.config.amiOwner],
            Filters: [
              { Name: 'name', Values: [this.config.amiNamePattern] },
              { Name: 'state', Values: ['available'] },
            ],
          }),
        ),
      ).then((out) => {
        const newest = (out.Images ?? []).sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? '') || (b.Name ?? '').localeCompare(a.Name ?? ''))[0];
        if (!newest?.ImageId) throw new Error(`no AMI named ${this.config.amiNamePattern} owned by ${this.config.amiOwner} in ${region}`);
        return newest.ImageId;
      });
      ami.catch(() => this.amis.delete(region));
      this.amis.set(region, ami);
    }
    return ami;
  }

  /** Everything matching `filter` in the region (one paginated describe per resource type). */
  private async scan(region: string, filter: Filter): Promise<ClusterResources> {
    const Filters = [filter];
    const [groups, instances, enis, volumes, addresses] = await Promise.all([
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeSecurityGroupsCommand({ Filters, NextToken }));
        return [out.SecurityGroups ?? [], out.NextToken];
      }),
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeInstancesCommand({ Filters, NextToken }));
        return [(out.Reservations ?? []).flatMap((r) => r.Instances ?? []), out.NextToken];
      }),
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeNetworkInterfacesCommand({ Filters, NextToken }));
        return [out.NetworkInterfaces ?? [], out.NextToken];
      }),
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeVolumesCommand({ Filters, NextToken }));
        return [out.Volumes ?? [], out.NextToken];
      }),
      this.aws(region, async (ec2) => (await ec2.send(new DescribeAddressesCommand({ Filters }))).Addresses ?? []),
    ]);
    return { region, groups, instances, enis, volumes, addresses };
  }

  private async paginate<T>(region: string, page: (ec2: EC2Client, token: string | undefined) => Promise<[T[], string | undefined]>): Promise<T[]> {
    const all: T[] = [];
    let token: string | undefined;
    do {
      const [items, next] = await this.aws(region, (ec2) => page(ec2, token));
      all.push(...items);
      token = next;
    } while (token);
    return all;
  }

  /** Region holding the cluster's resources: remembered, else the first configured region with its group or instances. */
  private async findRegion(clusterId: string): Promise<string | null> {
    const known = this.regionOfCluster.get(clusterId);
    if (known) return known;
    const hits = await Promise.all(
      this.config.regions.map(async (region) => {
        const [groups, instances] = await Promise.all([
          this.aws(region, (ec2) => ec2.send(new DescribeSecurityGroupsCommand({ Filters: [clusterFilter(clusterId)] }))),
          this.aws(region, (ec2) => ec2.send(new DescribeInstancesCommand({ Filters: [clusterFilter(clusterId)] }))),
        ]);
        const found = (groups.SecurityGroups?.length ?? 0) > 0 || (instances.Reservations ?? []).some((r) => (r.Instances ?? []).some(isLive));
        return found ? region : null;
      }),
    );
    const region = hits.find((r): r is string => r !== null) ?? null;
    if (region) this.regionOfCluster.set(clusterId, region);
    return region;
  }

  // ---------------------------------------------------------------------------------------------
  // Creation

  /**
   * The cluster's group, created once (its name is unique per VPC, so two racing creators end with
   * one group). Its tags hold what the cluster was formed with: Kafka's cluster id, the controller set.
   */
  private async ensureSecurityGroup(region: string, spec: ClusterNodesSpec, network: RegionNetwork, found: SecurityGroup[]): Promise<ClusterFormation> {
    let group: SecurityGroup | undefined = found.find((g) => g.VpcId === network.vpcId) ?? found[0];
    if (!group) {
      const controllers = Math.min(3, spec.brokerCount);
      const tags = clusterTags(spec.clusterId, {
        Name: securityGroupName(spec.clusterId),
        [TAG.kafkaClusterUuid]: newKafkaUuid(),
        [TAG.controllerIds]: range(1, controllers).join(','),
        [TAG.replicationFactor]: String(Math.min(3, spec.brokerCount)),
      });
      try {
        const out = await this.aws(region, (ec2) =>
          ec2.send(
            new CreateSecurityGroupCommand({
              GroupName: securityGroupName(spec.clusterId),
              Description: `Tributary Kafka cluster ${spec.clusterId}`,
              VpcId: network.vpcId,
              TagSpecifications: [{ ResourceType: 'security-group', Tags: tags }],
            }),
          ),
        );
        group = { GroupId: out.GroupId, VpcId: network.vpcId, Tags: tags, IpPermissions: [] };
      } catch (err) {
        if (awsErrorCode(err) !== 'InvalidGroup.Duplicate') throw err;
        const out = await this.aws(region, (ec2) =>
          ec2.send(
            new DescribeSecurityGroupsCommand({
              Filters: [
                { Name: 'group-name', Values: [securityGroupName(spec.clusterId)] },
                { Name: 'vpc-id', Values: [network.vpcId] },
              ],
            }),
          ),
        );
        group = out.SecurityGroups?.[0];
        if (!group) throw err;
      }
    }
    const kafkaClusterUuid = tagValue(tagsOf(group), TAG.kafkaClusterUuid);
    const controllerIds = parseIds(tagValue(tagsOf(group), TAG.controllerIds));
    const replicationFactor = Number(tagValue(tagsOf(group), TAG.replicationFactor));
    if (!group.GroupId || !kafkaClusterUuid || controllerIds.length === 0 || !(replicationFactor >= 1)) {
      throw new Error(`security group ${group.GroupId ?? '?'} of ${spec.clusterId} lacks its formation tags; delete the cluster and create it again`);
    }
    return { groupId: group.GroupId, kafkaClusterUuid, controllerIds, replicationFactor };
  }

  /** Desired ingress, converged both ways: missing rules added, rules for CIDRs no longer configured revoked. */
  private async ensureIngressRules(region: string, groupId: string): Promise<void> {
    const P = EC2_BROKER_PORTS;
    const cidrRule = (port: number, cidrs: string[], description: string): IpPermission[] =>
      cidrs.length === 0 ? [] : [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: cidrs.map((CidrIp) => ({ CidrIp, Description: description })) }];
    const groupRule = (port: number): IpPermission => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, UserIdGroupPairs: [{ GroupId: groupId }] });
    const desired: IpPermission[] = [
      ...cidrRule(P.client, [...new Set([...this.config.clientCidrs, ...this.config.controlPlaneCidrs])], 'Kafka clients'),
      ...cidrRule(P.metrics, this.config.controlPlaneCidrs, 'Tributary metrics scrape'),
      ...cidrRule(P.ssh, this.config.sshCidrs, 'SSH'),
      groupRule(P.client),
      groupRule(P.internal),
      groupRule(P.controller),
      groupRule(P.metrics),
    ];
    const out = await this.aws(region, (ec2) => ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [groupId] })), ['InvalidGroup.NotFound']);
    const have = new Set(flattenPermissions(out.SecurityGroups?.[0]?.IpPermissions ?? []).map(permissionKey));
    const want = flattenPermissions(desired);
    const wantKeys = new Set(want.map(permissionKey));
    const missing = want.filter((p) => !have.has(permissionKey(p)));
    const extra = flattenPermissions(out.SecurityGroups?.[0]?.IpPermissions ?? []).filter((p) => !wantKeys.has(permissionKey(p)));
    if (missing.length > 0) {
      try {
        await this.aws(region, (ec2) => ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: missing })), ['InvalidGroup.NotFound']);
      } catch (err) {
        if (awsErrorCode(err) !== 'InvalidPermission.Duplicate') throw err;
      }
    }
    if (extra.length > 0) {
      await this.aws(region, (ec2) => ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: extra })));
    }
  }

  private async createNetworkInterface(region: string, spec: ClusterNodesSpec, nodeId: number, subnetId: string, groupId: string): Promise<void> {
    await this.aws(
      region,
      (ec2) =>
        ec2.send(
          new CreateNetworkInterfaceCommand({
            SubnetId: subnetId,
            Groups: [groupId],
            Description: `Tributary ${spec.clusterId} node ${nodeId}`,
            ClientToken: resourceToken('eni', spec.clusterId, nodeId, spec.generation),
            TagSpecifications: [{ ResourceType: 'network-interface', Tags: nodeTags(spec.clusterId, nodeId, nodeName(spec.clusterId, nodeId)) }],
          }),
        ),
      ['InvalidGroup.NotFound'],
    );
  }

  private async createDataVolume(region: string, spec: ClusterNodesSpec, nodeId: number, zone: string): Promise<void> {
    await this.aws(region, (ec2) =>
      ec2.send(
        new CreateVolumeCommand({
          AvailabilityZone: zone,
          Size: Math.max(1, Math.ceil(spec.storageGiBPerBroker)),
          VolumeType: 'gp3',
          Encrypted: true,
          ClientToken: resourceToken('vol', spec.clusterId, nodeId, spec.generation),
          TagSpecifications: [
            { ResourceType: 'volume', Tags: nodeTags(spec.clusterId, nodeId, `${nodeName(spec.clusterId, nodeId)}-data`, { [TAG.role]: 'data' }) },
          ],
        }),
      ),
    );
  }

  private async allocateAddress(region: string, clusterId: string, nodeId: number): Promise<void> {
    await this.aws(region, (ec2) =>
      ec2.send(new AllocateAddressCommand({ Domain: 'vpc', TagSpecifications: [{ ResourceType: 'elastic-ip', Tags: nodeTags(clusterId, nodeId, nodeName(clusterId, nodeId)) }] })),
    );
  }

  private async associateAddress(region: string, address: Address, eni: NetworkInterface): Promise<void> {
    await this.aws(
      region,
      (ec2) =>
        ec2.send(
          new AssociateAddressCommand({ AllocationId: address.AllocationId, NetworkInterfaceId: eni.NetworkInterfaceId, AllowReassociation: true }),
        ),
      ['InvalidNetworkInterfaceID.NotFound', 'InvalidAllocationID.NotFound'],
    );
  }

  private async attachVolume(region: string, volume: Volume, instance: Instance): Promise<void> {
    try {
      await this.aws(region, (ec2) => ec2.send(new AttachVolumeCommand({ VolumeId: volume.VolumeId, InstanceId: instance.InstanceId, Device: DATA_DEVICE })));
    } catch (err) {
      // Attached meanwhile (another pass) or the instance left `running`: the next pass sorts it out.
      if (!['VolumeInUse', 'IncorrectState', 'IncorrectInstanceState'].includes(awsErrorCode(err) ?? '')) throw err;
    }
  }

  private async launch(
    region: string,
    spec: ClusterNodesSpec,
    node: {
      nodeId: number;
      eni: NetworkInterface;
      volume: Volume;
      voters: Array<{ nodeId: number; host: string; port: number }>;
      formation: ClusterFormation;
      instanceType: string;
      replacement: number;
    },
  ): Promise<Instance | null> {
    const files = (this.infraFiles ??= readAwsInfraFiles(this.options.infraDir));
    const privateIp = node.eni.PrivateIpAddress as string;
    const serverProperties = renderBrokerProperties(files.brokerTemplate, {
      nodeId: node.nodeId,
      isController: node.formation.controllerIds.includes(node.nodeId),
      bindHost: privateIp,
      // The public DNS name resolves to the private IP inside the VPC and to the Elastic IP outside it,
      // so one advertised name serves replication and external clients alike.
      advertisedHost: advertisedHostOf(node.eni),
      clientPort: EC2_BROKER_PORTS.client,
      internalPort: EC2_BROKER_PORTS.internal,
      ...(node.formation.controllerIds.includes(node.nodeId) ? { controllerPort: EC2_BROKER_PORTS.controller } : {}),
      voters: node.voters,
      rack: node.eni.AvailabilityZone as string,
      logDirs: [`${DATA_MOUNT}/data`],
      admin: spec.admin,
      replicationFactor: node.formation.replicationFactor,
    });
    const userData = renderBrokerUserData(files, {
      clusterId: spec.clusterId,
      nodeId: node.nodeId,
      kafkaClusterUuid: node.formation.kafkaClusterUuid,
      dataVolumeId: node.volume.VolumeId as string,
      metricsPort: EC2_BROKER_PORTS.metrics,
      serverProperties,
      admin: spec.admin,
    });
    const imageId = await this.ami(region);
    const tags = nodeTags(spec.clusterId, node.nodeId, nodeName(spec.clusterId, node.nodeId), { [TAG.generation]: String(spec.generation) });
    // A token EC2 already used for an instance that has since terminated returns that dead instance:
    // move on to the next replacement number (bounded).
    for (let replacement = node.replacement; replacement < node.replacement + 5; replacement++) {
      try {
        const out = await this.aws(
          region,
          (ec2) =>
            ec2.send(
              new RunInstancesCommand({
                ImageId: imageId,
                InstanceType: node.instanceType as RunInstancesCommand['input']['InstanceType'],
                MinCount: 1,
                MaxCount: 1,
                ClientToken: launchToken(spec.clusterId, node.nodeId, spec.generation, replacement),
                NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: node.eni.NetworkInterfaceId }],
                // Implied by the interface's subnet; explicit so a mismatch fails loudly instead of silently.
                Placement: { AvailabilityZone: node.eni.AvailabilityZone },
                UserData: encodeUserData(userData),
                MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
                InstanceInitiatedShutdownBehavior: 'stop',
                ...(this.config.keyPair ? { KeyName: this.config.keyPair } : {}),
                ...(this.config.iamInstanceProfile ? { IamInstanceProfile: { Name: this.config.iamInstanceProfile } } : {}),
                TagSpecifications: [
                  { ResourceType: 'instance', Tags: tags },
                  { ResourceType: 'volume', Tags: nodeTags(spec.clusterId, node.nodeId, `${nodeName(spec.clusterId, node.nodeId)}-root`, { [TAG.role]: 'root' }) },
                ],
              }),
            ),
          ['InvalidNetworkInterfaceID.NotFound'],
        );
        const instance = out.Instances?.[0] ?? null;
        const state = instance?.State?.Name;
        if (state === 'terminated' || state === 'shutting-down') continue;
        return instance;
      } catch (err) {
        const code = awsErrorCode(err);
        // Same token, different parameters (e.g. a newer AMI since the first attempt): that launch
        // exists but is not visible yet; the next pass finds it by tag.
        if (code === 'IdempotentParameterMismatch') return null;
        // The interface is attached to an instance we cannot see yet (eventual consistency): likewise.
        if (code === 'InvalidNetworkInterface.InUse') return null;
        throw err;
      }
    }
    throw new Error(`could not launch ${spec.clusterId} node ${node.nodeId}: every launch token returned a terminated instance`);
  }

  /**
   * Two racing passes can each create a node's interface, volume or address. Keep the oldest (or the one
   * in use) and delete free extras. Returns whether anything was deleted.
   */
  private async pruneDuplicates(region: string, res: ClusterResources): Promise<boolean> {
    const work: Array<Promise<unknown>> = [];
    const groupsOf = <T extends Taggable>(items: T[]) => {
      const map = new Map<number, T[]>();
      for (const item of items) {
        const id = nodeIdOf(tagsOf(item));
        if (id !== null) map.set(id, [...(map.get(id) ?? []), item]);
      }
      return [...map.values()].filter((list) => list.length > 1);
    };
    for (const list of groupsOf(res.enis)) {
      const keep = list.find((e) => e.Status === 'in-use') ?? list.sort((a, b) => (a.NetworkInterfaceId ?? '').localeCompare(b.NetworkInterfaceId ?? ''))[0];
      for (const e of list) {
        if (e !== keep && e.Status === 'available') {
          work.push(this.ignoreGone(this.aws(region, (ec2) => ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: e.NetworkInterfaceId })))));
        }
      }
    }
    for (const list of groupsOf(res.volumes.filter((v) => tagValue(tagsOf(v), TAG.role) === 'data'))) {
      const keep = list.find((v) => v.State === 'in-use') ?? list.sort((a, b) => (a.CreateTime?.getTime() ?? 0) - (b.CreateTime?.getTime() ?? 0))[0];
      for (const v of list) {
        if (v !== keep && v.State === 'available') work.push(this.ignoreGone(this.aws(region, (ec2) => ec2.send(new DeleteVolumeCommand({ VolumeId: v.VolumeId })))));
      }
    }
    for (const list of groupsOf(res.addresses)) {
      const keep = list.find((a) => a.AssociationId) ?? list.sort((a, b) => (a.AllocationId ?? '').localeCompare(b.AllocationId ?? ''))[0];
      for (const a of list) {
        if (a !== keep && !a.AssociationId) work.push(this.ignoreGone(this.aws(region, (ec2) => ec2.send(new ReleaseAddressCommand({ AllocationId: a.AllocationId })))));
      }
    }
    for (const list of groupsOf(res.instances.filter(isLive))) {
      const [, ...extra] = [...list].sort(byOldest);
      if (extra.length > 0) {
        this.log('terminating duplicate instances', { ids: extra.map((i) => i.InstanceId) });
        work.push(this.aws(region, (ec2) => ec2.send(new TerminateInstancesCommand({ InstanceIds: extra.map((i) => i.InstanceId as string) }))));
      }
    }
    await Promise.all(work);
    return work.length > 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Teardown

  /**
   * Terminate the selected nodes' instances, then delete their interfaces, volumes and addresses (and
   * the group), pass after pass: EC2 refuses (DependencyViolation, InUse) until the instances are gone.
   */
  private async teardown(region: string, clusterId: string, selectNode: (nodeId: number | null) => boolean, opts: { includeGroup: boolean }): Promise<void> {
    const deadline = Date.now() + this.config.teardownTimeoutMs;
    const poll = this.options.teardownPollMs ?? { first: 2000, max: 15_000 };
    let pause = poll.first;
    for (let pass = 1; ; pass++) {
      const res = await this.scan(region, clusterFilter(clusterId));
      const pick = <T extends Taggable>(items: T[]) => items.filter((i) => selectNode(nodeIdOf(tagsOf(i))));
      const instances = pick(res.instances).filter((i) => i.State?.Name !== 'terminated');
      const enis = pick(res.enis);
      const volumes = pick(res.volumes);
      const addresses = pick(res.addresses);
      const groups = opts.includeGroup ? res.groups : [];
      const remaining = instances.length + enis.length + volumes.length + addresses.length + groups.length;
      if (remaining === 0) return;
      if (pass > 1 && Date.now() > deadline) {
        const what = [
          ...instances.map((i) => `${i.InstanceId} (${i.State?.Name})`),
          ...enis.map((e) => `${e.NetworkInterfaceId} (${e.Status})`),
          ...volumes.map((v) => `${v.VolumeId} (${v.State})`),
          ...addresses.map((a) => a.AllocationId),
          ...groups.map((g) => g.GroupId),
        ];
        throw new TeardownIncompleteError(`${clusterId} in ${region}: still present after ${this.config.teardownTimeoutMs} ms: ${what.join(', ')}`);
      }
      const toTerminate = instances.filter((i) => i.State?.Name !== 'shutting-down').map((i) => i.InstanceId as string);
      if (toTerminate.length > 0) {
        await this.ignoreGone(this.aws(region, (ec2) => ec2.send(new TerminateInstancesCommand({ InstanceIds: toTerminate }))));
      }
      // Release addresses first: an associated address keeps its interface busy.
      await Promise.all(
        addresses.map(async (a) => {
          if (a.AssociationId) await this.tolerate(this.aws(region, (ec2) => ec2.send(new DisassociateAddressCommand({ AssociationId: a.AssociationId }))));
          await this.tolerate(this.aws(region, (ec2) => ec2.send(new ReleaseAddressCommand({ AllocationId: a.AllocationId }))));
        }),
      );
      const liveInstanceIds = new Set(instances.map((i) => i.InstanceId));
      await Promise.all([
        ...enis
          .filter((e) => e.Status === 'available' || !liveInstanceIds.has(e.Attachment?.InstanceId))
          .map((e) => this.tolerate(this.aws(region, (ec2) => ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: e.NetworkInterfaceId }))))),
        ...volumes
          .filter((v) => v.State === 'available' || v.State === 'error')
          .map((v) => this.tolerate(this.aws(region, (ec2) => ec2.send(new DeleteVolumeCommand({ VolumeId: v.VolumeId }))))),
      ]);
      if (groups.length > 0) {
        // Only once no interface of ours uses it; DependencyViolation until EC2 has caught up.
        const after = await this.aws(region, (ec2) => ec2.send(new DescribeNetworkInterfacesCommand({ Filters: [clusterFilter(clusterId)] })));
        if ((after.NetworkInterfaces ?? []).length === 0) {
          await Promise.all(groups.map((g) => this.tolerate(this.aws(region, (ec2) => ec2.send(new DeleteSecurityGroupCommand({ GroupId: g.GroupId }))))));
        }
      }
      const check = await this.scan(region, clusterFilter(clusterId));
      const left =
        pick(check.instances).filter((i) => i.State?.Name !== 'terminated').length +
        pick(check.enis).length +
        pick(check.volumes).length +
        pick(check.addresses).length +
        (opts.includeGroup ? check.groups.length : 0);
      if (left === 0) return;
      this.log('teardown waiting for EC2', { clusterId, region, pass, left, pauseMs: pause });
      await sleep(pause);
      pause = Math.min(poll.max, pause * 2);
    }
  }

  /** Errors that mean "not yet" (dependencies still there) or "already done" during teardown. */
  private async tolerate(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (err) {
      const code = awsErrorCode(err) ?? '';
      if (
        code === 'DependencyViolation' ||
        code === 'InvalidNetworkInterface.InUse' ||
        code === 'VolumeInUse' ||
        code === 'IncorrectState' ||
        code === 'InvalidIPAddress.InUse' ||
        isGoneCode(code)
      ) {
        this.log('teardown step deferred', { code });
        return;
      }
      throw err;
    }
  }

  private async ignoreGone(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (err) {
      if (!isGoneCode(awsErrorCode(err) ?? '')) throw err;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Observation

  private async statusFrom(clusterId: string, res: ClusterResources): Promise<ClusterNodesStatus> {
    const controllerIds = parseIds(tagValue(res.groups[0]?.Tags, TAG.controllerIds));
    const ids = new Set<number>();
    for (const r of [...res.enis, ...res.instances.filter(isLive)]) {
      const id = nodeIdOf(tagsOf(r));
      if (id !== null) ids.add(id);
    }
    const nodes = await Promise.all(
      [...ids]
        .sort((a, b) => a - b)
        .map(async (id): Promise<NodeStatus> => {
          const eni = nodeResource(res.enis, id);
          const instance = res.instances.filter((i) => nodeIdOf(tagsOf(i)) === id && isLive(i)).sort(byOldest)[0];
          const volume = dataVolumeOf(res.volumes, id);
          const host = eni ? advertisedHostOf(eni) : (instance?.PrivateIpAddress ?? '');
          let state: NodeState;
          switch (instance?.State?.Name) {
            case 'pending':
              state = 'PENDING';
              break;
            case 'running': {
              const attached = volume?.Attachments?.some((a) => a.InstanceId === instance.InstanceId && a.State === 'attached') ?? false;
              if (!attached) state = 'PENDING';
              else if (this.probe) state = (await this.probe(host, EC2_BROKER_PORTS.client)) ? 'RUNNING' : 'PENDING';
              else state = 'RUNNING';
              break;
            }
            case 'stopping':
            case 'stopped':
              state = 'STOPPED';
              break;
            default:
              state = 'MISSING';
          }
          return {
            nodeId: id,
            state,
            isController: controllerIds.includes(id),
            host,
            kafkaPort: EC2_BROKER_PORTS.client,
            metricsPort: EC2_BROKER_PORTS.metrics,
            providerRef: instance?.InstanceId ?? (eni?.NetworkInterfaceId ? `eni:${eni.NetworkInterfaceId}` : 'none'),
            zone: eni?.AvailabilityZone ?? instance?.Placement?.AvailabilityZone ?? '',
          };
        }),
    );
    const running = nodes.filter((n) => n.state === 'RUNNING');
    return { clusterId, nodes, bootstrapEndpoint: running.length > 0 ? running.map((n) => `${n.host}:${n.kafkaPort}`).join(',') : null };
  }
}

// -----------------------------------------------------------------------------------------------

function emptyStatus(clusterId: string): ClusterNodesStatus {
  return { clusterId, nodes: [], bootstrapEndpoint: null };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function parseIds(raw: string | undefined): number[] {
  return (raw ?? '')
    .split(',')
    .filter((s) => /^[1-9]\d*$/.test(s))
    .map(Number);
}

function kindOf(spec: Ec2ClusterNodesSpec): ClusterKind {
  if (spec.kind !== undefined) {
    if (!CLUSTER_KINDS.includes(spec.kind)) throw new Error(`unknown cluster kind ${String(spec.kind)}`);
    return spec.kind;
  }
  // Until ClusterNodesSpec carries the kind: Basic is one broker in one zone, Standard three brokers.
  if (spec.brokerCount === 1 && spec.availability === 'SINGLE_ZONE') return 'Basic';
  return spec.brokerCount === 3 ? 'Standard' : 'Dedicated';
}

function nodeResource<T extends Taggable>(items: readonly T[], nodeId: number): T | undefined {
  return items.find((i) => nodeIdOf(tagsOf(i)) === nodeId);
}

function dataVolumeOf(volumes: readonly Volume[], nodeId: number): Volume | undefined {
  const mine = volumes.filter((v) => nodeIdOf(tagsOf(v)) === nodeId && tagValue(tagsOf(v), TAG.role) === 'data' && v.State !== 'deleting' && v.State !== 'deleted');
  return mine.find((v) => v.State === 'in-use') ?? mine[0];
}

/** Public DNS name when the interface has an Elastic IP and the VPC has DNS hostnames, else the private IP. */
function advertisedHostOf(eni: NetworkInterface): string {
  return eni.Association?.PublicDnsName || (eni.PrivateIpAddress as string);
}

function isGoneCode(code: string): boolean {
  return /NotFound$/.test(code) || code === 'InvalidInstanceID.NotFound' || code === 'InvalidAllocationID.NotFound' || code === 'InvalidAssociationID.NotFound';
}

/** One (protocol, port, source) per entry, so desired and actual rules compare as sets. */
function flattenPermissions(perms: readonly IpPermission[]): IpPermission[] {
  return perms.flatMap((p) => [
    ...(p.IpRanges ?? []).map((r) => ({ IpProtocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort, IpRanges: [{ CidrIp: r.CidrIp, ...(r.Description ? { Description: r.Description } : {}) }] })),
    ...(p.UserIdGroupPairs ?? []).map((g) => ({ IpProtocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort, UserIdGroupPairs: [{ GroupId: g.GroupId }] })),
  ]);
}

function permissionKey(p: IpPermission): string {
  const source = p.IpRanges?.[0]?.CidrIp ?? `sg:${p.UserIdGroupPairs?.[0]?.GroupId ?? ''}`;
  return `${p.IpProtocol}/${p.FromPort}-${p.ToPort}/${source}`;
}
