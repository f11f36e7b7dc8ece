import { AttachVolumeCommand, CreateVolumeCommand, DeleteVolumeCommand, type Instance, type Volume } from '@aws-sdk/client-ec2';
import type { ClusterNodesSpec } from '../cloud-provider';
import { dataVolumeOf, duplicatesByNode, nodeResource, type ClusterResources } from './cluster-resources';
import { ignoreGone, type Ec2Api } from './ec2-api';
import { nodeName, nodeTags, resourceToken, TAG, tagsOf, tagValue } from './ec2-tags';
import { awsErrorCode } from './retry';

/** Where a node's data volume is attached (appears as /dev/xvdf on Xen, an NVMe device on Nitro). */
export const DATA_DEVICE = '/dev/sdf';
export const DATA_MOUNT = '/var/lib/kafka';

/**
 * Each broker's EBS data volume: created in its interface's zone before the broker is configured (the
 * user data names it), attached once the instance runs. It outlives instance replacements.
 */
export class DataVolumes {
  constructor(private readonly api: Ec2Api) {}

  /** A volume per node whose interface exists (the volume must be in the interface's zone). */
  async ensureVolumes(spec: ClusterNodesSpec, res: ClusterResources, nodeIds: readonly number[]): Promise<number> {
    const missing = nodeIds.flatMap((id) => {
      const eni = nodeResource(res.enis, id);
      return eni && !dataVolumeOf(res.volumes, id) ? [{ id, zone: eni.AvailabilityZone as string }] : [];
    });
    await Promise.all(
      missing.map(({ id, zone }) =>
        this.api.call(res.region, (ec2) =>
          ec2.send(
            new CreateVolumeCommand({
              AvailabilityZone: zone,
              Size: Math.max(1, Math.ceil(spec.storageGiBPerBroker)),
              VolumeType: 'gp3',
              Encrypted: true,
              ClientToken: resourceToken('vol', spec.clusterId, id, spec.generation),
              TagSpecifications: [{ ResourceType: 'volume', Tags: nodeTags(spec.clusterId, id, `${nodeName(spec.clusterId, id)}-data`, { [TAG.role]: 'data' }) }],
            }),
          ),
        ),
      ),
    );
    return missing.length;
  }

  async attach(region: string, volume: Volume, instance: Instance): Promise<void> {
    try {
      await this.api.call(region, (ec2) => ec2.send(new AttachVolumeCommand({ VolumeId: volume.VolumeId, InstanceId: instance.InstanceId, Device: DATA_DEVICE })));
    } catch (err) {
      // Attached meanwhile (another pass) or the instance left `running`: the next pass sorts it out.
      if (!['VolumeInUse', 'IncorrectState', 'IncorrectInstanceState'].includes(awsErrorCode(err) ?? '')) throw err;
    }
  }

  /** Racing passes may each create a node's volume: keep the one in use (else the oldest), delete free extras. */
  async pruneDuplicates(res: ClusterResources): Promise<number> {
    const work: Array<Promise<void>> = [];
    for (const list of duplicatesByNode(res.volumes.filter((v) => tagValue(tagsOf(v), TAG.role) === 'data'))) {
      const keep = list.find((v) => v.State === 'in-use') ?? [...list].sort((a, b) => (a.CreateTime?.getTime() ?? 0) - (b.CreateTime?.getTime() ?? 0))[0];
      for (const v of list) {
        if (v !== keep && v.State === 'available') work.push(ignoreGone(this.api.call(res.region, (ec2) => ec2.send(new DeleteVolumeCommand({ VolumeId: v.VolumeId })))));
      }
    }
    await Promise.all(work);
    return work.length;
  }
}
