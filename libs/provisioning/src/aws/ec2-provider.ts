import type { EC2Client, EC2ClientConfig } from '@aws-sdk/client-ec2';
import { isClusterKind } from '@tributary/catalog';
import { assertValidAdminCredential } from '../broker-config/admin-credential';
import { assertValidClusterId, isValidClusterId } from '../cluster-ids';
import { TEARDOWN_DONE, type CloudProvider, type ClusterNodesSpec, type ClusterNodesStatus, type TeardownProgress } from '../cloud-provider';
import { ControllerRemovalError } from '../errors';
import { acceptsTcp } from '../net/tcp-probe';
import { instanceTypeFor, MAX_BROKERS, type AwsConfig } from './aws-config';
import { isLive, parseIds, range, type ClusterResources } from './cluster-resources';
import { Ec2Api, type Ec2Log } from './ec2-api';
import { clusterFilter, nodeIdOf, TAG, tagsOf, tagValue, type Taggable } from './ec2-tags';
import { BrokerInstances } from './instances';
import { ClusterNetwork } from './network';
import { emptyStatus, nodesStatusOf, type PortProbe } from './node-status';
import { ClusterLocator } from './orphan-sweep';
import { RegionLookup } from './region-lookup';
import type { RetryOptions } from './retry';
import { ClusterTeardown, describeLeft, isTornDown } from './teardown';
import { DataVolumes } from './volumes';

export { EC2_BROKER_PORTS } from './cluster-resources';
export { AwsCapacityError } from './region-lookup';

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
  probe?: PortProbe;
  /** What `deleteCluster` suggests waiting before calling again while EC2 is still terminating (default 10 s). */
  teardownRetryAfterMs?: number;
  log?: Ec2Log;
}

/**
 * Brokers on EC2, one instance per node, for the same reconciler that drives the LocalProvider.
 *
 * Per cluster a security group; per node, in this order so every broker's configuration is known
 * before any boots: a network interface (its private IP is the node's fixed address), an EBS data
 * volume in the same zone, optionally an Elastic IP, then the instance, whose cloud-init user data
 * carries server.properties rendered from the shared broker template. The data volume is attached
 * once the instance runs (a later pass: nothing here waits for EC2).
 *
 * Nothing is remembered between calls: every pass re-reads the cluster's resources by tag, so a fresh
 * provider after a crash converges without duplicating anything (and RunInstances' ClientToken covers
 * EC2's eventually consistent reads). Only per-region lookups (network layout, AMI) are cached.
 */
export class Ec2Provider implements CloudProvider {
  readonly cloud = 'AWS' as const;
  private readonly api: Ec2Api;
  private readonly regions: RegionLookup;
  private readonly locator: ClusterLocator;
  private readonly network: ClusterNetwork;
  private readonly volumes: DataVolumes;
  private readonly instances: BrokerInstances;
  private readonly teardown: ClusterTeardown;
  private readonly probe: PortProbe | null;
  private readonly teardownRetryAfterMs: number;

  constructor(private readonly options: Ec2ProviderOptions) {
    const { config } = options;
    const log = options.log ?? (() => undefined);
    this.api = new Ec2Api({
      endpoint: options.endpoint,
      credentials: options.credentials,
      retry: { maxAttempts: 8, baseDelayMs: 250, maxDelayMs: 20_000, ...options.retry },
      configureClient: options.configureClient,
      log,
    });
    this.regions = new RegionLookup(this.api, config);
    this.locator = new ClusterLocator(this.api, config);
    this.network = new ClusterNetwork(this.api, config);
    this.volumes = new DataVolumes(this.api);
    this.instances = new BrokerInstances(this.api, config, this.regions, this.volumes, options.infraDir, log);
    this.teardown = new ClusterTeardown(this.api, log);
    this.probe = options.probe ?? (config.probePorts ? (host, port) => acceptsTcp(host, port, 1500) : null);
    this.teardownRetryAfterMs = options.teardownRetryAfterMs ?? 10_000;
  }

  /** One reconcile pass: each step is idempotent, acts on the latest scan and never waits for EC2. */
  async ensureNodes(spec: ClusterNodesSpec): Promise<ClusterNodesStatus> {
    const instanceType = this.validate(spec);
    const region = spec.region;
    this.locator.remember(spec.clusterId, region);
    const [network, zones] = await Promise.all([this.regions.network(region), this.regions.zonesFor(region, spec.availability, spec.brokerCount)]);
    const pass = await ScanPass.start(this.api, region, spec.clusterId);

    const formation = await this.network.ensureSecurityGroup(region, spec, network, pass.res.groups);
    await this.network.ensureIngressRules(region, formation.groupId);
    const nodeIds = [...new Set([...formation.controllerIds, ...range(1, spec.brokerCount)])].sort((a, b) => a - b);

    await pass.step((res) => sum(this.network.pruneDuplicates(res), this.volumes.pruneDuplicates(res), this.instances.pruneDuplicates(res)));
    // Addresses and disks before any broker: its configuration names its own and its voters' addresses.
    await pass.step((res) => this.network.ensureInterfaces(spec, res, nodeIds, zones, formation.groupId));
    await pass.step((res) => sum(this.volumes.ensureVolumes(spec, res, nodeIds), this.network.ensureAddresses(spec.clusterId, res, nodeIds)));
    await pass.step((res) => this.network.associateAddresses(res, nodeIds));
    await pass.step((res) => this.instances.ensureInstances(spec, res, nodeIds, formation, instanceType));
    await pass.step((res) => this.finishRemovedNodes(res, spec.clusterId, nodeIds));
    return nodesStatusOf(spec.clusterId, pass.res, this.probe);
  }

  async describeNodes(clusterId: string): Promise<ClusterNodesStatus> {
    if (!isValidClusterId(clusterId)) return emptyStatus(clusterId);
    const region = await this.locator.findRegion(clusterId);
    if (!region) return emptyStatus(clusterId);
    return nodesStatusOf(clusterId, await this.api.scan(region, clusterFilter(clusterId)), this.probe);
  }

  /**
   * Terminates the instances of broker-only nodes above `brokerCount` and deletes what they own as far
   * as EC2 allows right away; whatever must wait for the instances to terminate is finished by later
   * `ensureNodes` passes (see finishRemovedNodes).
   */
  async removeNodesAbove(clusterId: string, brokerCount: number): Promise<void> {
    assertValidClusterId(clusterId);
    const region = await this.locator.findRegion(clusterId);
    if (!region) return;
    const res = await this.api.scan(region, clusterFilter(clusterId));
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
    await this.teardown.run(region, clusterId, (nodeId) => nodeId !== null && doomed.has(nodeId), { includeGroup: false });
  }

  /**
   * Removes everything tagged with the cluster id in every configured region, whether or not this
   * process (or any record) knows the cluster, as far as EC2 allows right now; `done: false` while
   * instances are still terminating (call again after `retryAfterMs`).
   */
  async deleteCluster(clusterId: string): Promise<TeardownProgress> {
    assertValidClusterId(clusterId);
    const left = await Promise.all(this.locator.regionsToSearch(clusterId).map((region) => this.teardown.run(region, clusterId, () => true, { includeGroup: true })));
    const remaining = left.filter((l) => !isTornDown(l));
    if (remaining.length === 0) {
      this.locator.forget(clusterId);
      return TEARDOWN_DONE;
    }
    return { done: false, waitingFor: `EC2 to release ${clusterId}: ${remaining.map(describeLeft).join('; ')}`, retryAfterMs: this.teardownRetryAfterMs };
  }

  listOwnedClusters(): Promise<string[]> {
    return this.locator.listOwnedClusters();
  }

  /** Close the regional clients' sockets. */
  destroy(): void {
    this.api.destroy();
  }

  /** Refuses a spec the provider cannot build; returns the instance type for it. */
  private validate(spec: ClusterNodesSpec): string {
    assertValidClusterId(spec.clusterId);
    assertValidAdminCredential(spec.admin);
    if (!Number.isInteger(spec.brokerCount) || spec.brokerCount < 1 || spec.brokerCount > MAX_BROKERS) {
      throw new RangeError(`brokerCount must be 1..${MAX_BROKERS}, got ${spec.brokerCount}`);
    }
    if (!this.options.config.regions.includes(spec.region)) throw new Error(`region ${spec.region} is not in TRIBUTARY_AWS_REGIONS`);
    if (!isClusterKind(spec.kind)) throw new Error(`unknown cluster kind ${JSON.stringify(spec.kind)}`);
    const instanceType = instanceTypeFor(this.options.config, spec.kind, spec.brokerCount);
    if (!instanceType) throw new Error(`no instance type configured for ${spec.kind} clusters (TRIBUTARY_AWS_INSTANCE_TYPES)`);
    return instanceType;
  }

  /**
   * Leftovers of nodes removed by `removeNodesAbove` whose instances had not terminated yet then:
   * nodes outside the spec that had an instance and have no live one any more. A node outside the
   * spec with a live instance is left alone (the caller may still be moving partitions off it).
   */
  private async finishRemovedNodes(res: ClusterResources, clusterId: string, nodeIds: readonly number[]): Promise<number> {
    const wanted = new Set(nodeIds);
    const outside = (r: Taggable) => {
      const id = nodeIdOf(tagsOf(r));
      return id !== null && !wanted.has(id) ? id : null;
    };
    const live = new Set(res.instances.filter(isLive).map(outside));
    const removed = new Set(res.instances.map(outside).filter((id): id is number => id !== null && !live.has(id)));
    const hasLeftovers = [...res.instances.filter((i) => i.State?.Name !== 'terminated'), ...res.enis, ...res.volumes, ...res.addresses].some((r) => {
      const id = outside(r);
      return id !== null && removed.has(id);
    });
    if (!hasLeftovers) return 0;
    await this.teardown.run(res.region, clusterId, (id) => id !== null && removed.has(id), { includeGroup: false });
    return removed.size;
  }
}

/** The cluster's resources as last scanned; a step that changed anything is followed by a fresh scan. */
class ScanPass {
  private constructor(
    private readonly api: Ec2Api,
    private readonly region: string,
    private readonly clusterId: string,
    public res: ClusterResources,
  ) {}

  static async start(api: Ec2Api, region: string, clusterId: string): Promise<ScanPass> {
    return new ScanPass(api, region, clusterId, await api.scan(region, clusterFilter(clusterId)));
  }

  async step(action: (res: ClusterResources) => Promise<number>): Promise<void> {
    if ((await action(this.res)) > 0) this.res = await this.api.scan(this.region, clusterFilter(this.clusterId));
  }
}

async function sum(...counts: Array<Promise<number>>): Promise<number> {
  return (await Promise.all(counts)).reduce((a, b) => a + b, 0);
}
