import type { ClusterNodesStatus, NodeState, NodeStatus } from '../cloud-provider';
import { advertisedHostOf, dataVolumeOf, EC2_BROKER_PORTS, isLive, liveInstanceOf, nodeResource, parseIds, type ClusterResources } from './cluster-resources';
import { nodeIdOf, TAG, tagsOf, tagValue } from './ec2-tags';

export type PortProbe = (host: string, port: number) => Promise<boolean>;

export function emptyStatus(clusterId: string): ClusterNodesStatus {
  return { clusterId, nodes: [], bootstrapEndpoint: null };
}

/**
 * What the reconciler sees of a cluster on EC2: a node is RUNNING once its instance runs with the data
 * volume attached (and, with a probe, its client port answers); PENDING before; STOPPED when stopped.
 */
export async function nodesStatusOf(clusterId: string, res: ClusterResources, probe: PortProbe | null): Promise<ClusterNodesStatus> {
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
        const instance = liveInstanceOf(res.instances, id);
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
            else if (probe) state = (await probe(host, EC2_BROKER_PORTS.client)) ? 'RUNNING' : 'PENDING';
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
