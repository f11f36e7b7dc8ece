import { RunInstancesCommand, StartInstancesCommand, TerminateInstancesCommand, type Instance, type NetworkInterface, type Volume } from '@aws-sdk/client-ec2';
import { renderBrokerProperties } from '../broker-config/broker-properties';
import type { ClusterNodesSpec } from '../cloud-provider';
import type { AwsConfig } from './aws-config';
import { advertisedHostOf, byOldest, dataVolumeOf, duplicatesByNode, EC2_BROKER_PORTS, isLive, nodeResource, type ClusterResources } from './cluster-resources';
import type { Ec2Api, Ec2Log } from './ec2-api';
import { launchToken, nodeIdOf, nodeName, nodeTags, TAG, tagsOf, tagValue } from './ec2-tags';
import type { ClusterFormation } from './network';
import type { RegionLookup } from './region-lookup';
import { awsErrorCode } from './retry';
import { encodeUserData, readAwsInfraFiles, renderBrokerUserData, type AwsInfraFiles } from './user-data';
import { DATA_MOUNT, type DataVolumes } from './volumes';

/** Launches tried per pass for a node whose launch tokens keep returning terminated instances. */
const LAUNCH_TOKENS_PER_PASS = 5;

interface NodeLaunch {
  nodeId: number;
  eni: NetworkInterface;
  volume: Volume;
  voters: Array<{ nodeId: number; host: string; port: number }>;
  formation: ClusterFormation;
  instanceType: string;
  /** Instances of this node already launched in this generation (each used one launch token). */
  replacement: number;
}

/**
 * One instance per node, booted from cloud-init user data that carries its server.properties rendered
 * from the shared broker template. Launches are idempotent through RunInstances' ClientToken, so a pass
 * repeated after a crash finds the first instance instead of starting a second.
 */
export class BrokerInstances {
  private infraFiles: AwsInfraFiles | null = null;

  constructor(
    private readonly api: Ec2Api,
    private readonly config: AwsConfig,
    private readonly regions: RegionLookup,
    private readonly volumes: DataVolumes,
    private readonly infraDir: string | undefined,
    private readonly log: Ec2Log,
  ) {}

  /**
   * Per node, the one thing it needs next, decided from one scan: launch an instance, start a stopped
   * one, or attach the data volume to a running one. Never waits for EC2. Returns how many it started.
   */
  async ensureInstances(spec: ClusterNodesSpec, res: ClusterResources, nodeIds: readonly number[], formation: ClusterFormation, instanceType: string): Promise<number> {
    const voters = formation.controllerIds.map((id) => {
      const eni = nodeResource(res.enis, id);
      if (!eni?.PrivateIpAddress) throw new Error(`controller ${id} of ${spec.clusterId} has no network interface yet`);
      return { nodeId: id, host: eni.PrivateIpAddress, port: EC2_BROKER_PORTS.controller };
    });
    const actions: Array<Promise<unknown>> = [];
    for (const id of nodeIds) {
      const eni = nodeResource(res.enis, id);
      const volume = dataVolumeOf(res.volumes, id);
      // Created this pass but not visible yet (EC2 reads are eventually consistent): the next pass launches it.
      if (!eni || !volume) continue;
      const instances = res.instances.filter((i) => nodeIdOf(tagsOf(i)) === id);
      const live = instances.filter(isLive).sort(byOldest)[0];
      if (!live) {
        const replacement = instances.filter((i) => tagValue(tagsOf(i), TAG.generation) === String(spec.generation)).length;
        actions.push(this.launch(res.region, spec, { nodeId: id, eni, volume, voters, formation, instanceType, replacement }));
      } else if (live.State?.Name === 'stopped') {
        actions.push(this.api.call(res.region, (ec2) => ec2.send(new StartInstancesCommand({ InstanceIds: [live.InstanceId as string] }))));
      } else if (live.State?.Name === 'running' && volume.State === 'available') {
        actions.push(this.volumes.attach(res.region, volume, live));
      }
    }
    await Promise.all(actions);
    return actions.length;
  }

  /** Racing passes (or a lost RunInstances answer with a new token) can start a second instance for a node: keep the oldest. */
  async pruneDuplicates(res: ClusterResources): Promise<number> {
    const extra = duplicatesByNode(res.instances.filter(isLive)).flatMap((list) => [...list].sort(byOldest).slice(1));
    if (extra.length === 0) return 0;
    this.log('terminating duplicate instances', { ids: extra.map((i) => i.InstanceId) });
    await this.api.call(res.region, (ec2) => ec2.send(new TerminateInstancesCommand({ InstanceIds: extra.map((i) => i.InstanceId as string) })));
    return extra.length;
  }

  private async launch(region: string, spec: ClusterNodesSpec, node: NodeLaunch): Promise<Instance | null> {
    const userData = encodeUserData(this.userData(spec, node));
    const imageId = await this.regions.ami(region);
    const tags = nodeTags(spec.clusterId, node.nodeId, nodeName(spec.clusterId, node.nodeId), { [TAG.generation]: String(spec.generation) });
    // A token EC2 already used for an instance that has since terminated returns that dead instance:
    // move on to the next replacement number (bounded).
    for (let replacement = node.replacement; replacement < node.replacement + LAUNCH_TOKENS_PER_PASS; replacement++) {
      try {
        const out = await this.api.call(
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
                UserData: userData,
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

  private userData(spec: ClusterNodesSpec, node: NodeLaunch): string {
    const files = (this.infraFiles ??= readAwsInfraFiles(this.infraDir));
    const isController = node.formation.controllerIds.includes(node.nodeId);
    const serverProperties = renderBrokerProperties(files.brokerTemplate, {
      nodeId: node.nodeId,
      isController,
      bindHost: node.eni.PrivateIpAddress as string,
      // The public DNS name resolves to the private IP inside the VPC and to the Elastic IP outside it,
      // so one advertised name serves replication and external clients alike.
      advertisedHost: advertisedHostOf(node.eni),
      clientPort: EC2_BROKER_PORTS.client,
      internalPort: EC2_BROKER_PORTS.internal,
      ...(isController ? { controllerPort: EC2_BROKER_PORTS.controller } : {}),
      voters: node.voters,
      rack: node.eni.AvailabilityZone as string,
      logDirs: [`${DATA_MOUNT}/data`],
      admin: spec.admin,
      replicationFactor: node.formation.replicationFactor,
    });
    return renderBrokerUserData(files, {
      clusterId: spec.clusterId,
      nodeId: node.nodeId,
      kafkaClusterUuid: node.formation.kafkaClusterUuid,
      dataVolumeId: node.volume.VolumeId as string,
      metricsPort: EC2_BROKER_PORTS.metrics,
      serverProperties,
      admin: spec.admin,
    });
  }
}
