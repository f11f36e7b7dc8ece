import {
  DeleteNetworkInterfaceCommand,
  DeleteSecurityGroupCommand,
  DeleteVolumeCommand,
  DisassociateAddressCommand,
  ReleaseAddressCommand,
  TerminateInstancesCommand,
  type Address,
  type EC2Client,
  type Instance,
  type NetworkInterface,
  type SecurityGroup,
  type Volume,
} from '@aws-sdk/client-ec2';
import type { ClusterResources } from './cluster-resources';
import { ignoreGone, isGoneCode, type Ec2Api, type Ec2Log } from './ec2-api';
import { clusterFilter, nodeIdOf, tagsOf, type Taggable } from './ec2-tags';
import { awsErrorCode } from './retry';

/** Passes run back to back in one call while each one gets further (no sleeping in between). */
const IMMEDIATE_PASSES = 4;

/** What of a cluster (or of some of its nodes) is still in EC2; `describe()` says it for people. */
export interface TeardownLeft {
  region: string;
  instances: Instance[];
  enis: NetworkInterface[];
  volumes: Volume[];
  addresses: Address[];
  groups: SecurityGroup[];
}

export function isTornDown(left: TeardownLeft): boolean {
  return countLeft(left) === 0;
}

/** For people: "us-east-1: 3 instances (shutting-down), 3 interfaces (in-use), 1 security group". */
export function describeLeft(left: TeardownLeft): string {
  const kinds: Array<[string, Array<string | undefined>]> = [
    ['instance', left.instances.map((i) => i.State?.Name)],
    ['interface', left.enis.map((e) => e.Status)],
    ['volume', left.volumes.map((v) => v.State)],
    ['address', left.addresses.map((a) => (a.AssociationId ? 'associated' : undefined))],
    ['security group', left.groups.map(() => undefined)],
  ];
  const parts = kinds
    .filter(([, states]) => states.length > 0)
    .map(([noun, states]) => {
      const detail = [...new Set(states.filter((s): s is string => s !== undefined))].join(', ');
      return `${states.length} ${noun}${states.length > 1 ? 's' : ''}${detail ? ` (${detail})` : ''}`;
    });
  return `${left.region}: ${parts.join(', ')}`;
}

/**
 * Removes a cluster's resources, or some nodes' resources, without ever waiting for EC2: each call
 * terminates instances, releases addresses, and deletes interfaces, volumes and (last) the security
 * group as far as their dependencies allow right now, then reports what is left. EC2 refuses
 * (DependencyViolation, InUse) until instances have terminated; the caller calls again later.
 */
export class ClusterTeardown {
  constructor(
    private readonly api: Ec2Api,
    private readonly log: Ec2Log,
  ) {}

  async run(region: string, clusterId: string, selectNode: (nodeId: number | null) => boolean, opts: { includeGroup: boolean }): Promise<TeardownLeft> {
    const pick = (res: ClusterResources): TeardownLeft => {
      const mine = <T extends Taggable>(items: T[]) => items.filter((i) => selectNode(nodeIdOf(tagsOf(i))));
      return {
        region,
        instances: mine(res.instances).filter((i) => i.State?.Name !== 'terminated'),
        enis: mine(res.enis),
        volumes: mine(res.volumes),
        addresses: mine(res.addresses),
        groups: opts.includeGroup ? res.groups : [],
      };
    };
    let left = pick(await this.api.scan(region, clusterFilter(clusterId)));
    for (let pass = 1; pass <= IMMEDIATE_PASSES && !isTornDown(left); pass++) {
      await this.pass(region, left);
      const next = pick(await this.api.scan(region, clusterFilter(clusterId)));
      const progressed = fingerprint(next) !== fingerprint(left);
      left = next;
      if (!progressed) break;
    }
    if (!isTornDown(left)) this.log('teardown waiting for EC2', { clusterId, region, left: countLeft(left) });
    return left;
  }

  private async pass(region: string, left: TeardownLeft): Promise<void> {
    const call = <T>(fn: (ec2: EC2Client) => Promise<T>): Promise<T> => this.api.call(region, fn);
    const toTerminate = left.instances.filter((i) => i.State?.Name !== 'shutting-down').map((i) => i.InstanceId as string);
    if (toTerminate.length > 0) await ignoreGone(call((ec2) => ec2.send(new TerminateInstancesCommand({ InstanceIds: toTerminate }))));
    // Release addresses first: an associated address keeps its interface busy.
    await Promise.all(
      left.addresses.map(async (a) => {
        if (a.AssociationId) await this.tolerate(call((ec2) => ec2.send(new DisassociateAddressCommand({ AssociationId: a.AssociationId }))));
        await this.tolerate(call((ec2) => ec2.send(new ReleaseAddressCommand({ AllocationId: a.AllocationId }))));
      }),
    );
    const instanceIds = new Set(left.instances.map((i) => i.InstanceId));
    await Promise.all([
      ...left.enis
        .filter((e) => e.Status === 'available' || !instanceIds.has(e.Attachment?.InstanceId))
        .map((e) => this.tolerate(call((ec2) => ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: e.NetworkInterfaceId }))))),
      ...left.volumes
        .filter((v) => v.State === 'available' || v.State === 'error')
        .map((v) => this.tolerate(call((ec2) => ec2.send(new DeleteVolumeCommand({ VolumeId: v.VolumeId }))))),
    ]);
    // The group goes last, once no interface of ours uses it (DependencyViolation until EC2 has caught up).
    if (left.enis.length === 0) {
      await Promise.all(left.groups.map((g) => this.tolerate(call((ec2) => ec2.send(new DeleteSecurityGroupCommand({ GroupId: g.GroupId }))))));
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
}

function countLeft(left: TeardownLeft): number {
  return left.instances.length + left.enis.length + left.volumes.length + left.addresses.length + left.groups.length;
}

/** Identity and state of everything left, to tell whether a pass got anywhere. */
function fingerprint(left: TeardownLeft): string {
  return JSON.stringify([
    left.instances.map((i) => `${i.InstanceId}:${i.State?.Name}`),
    left.enis.map((e) => `${e.NetworkInterfaceId}:${e.Status}`),
    left.volumes.map((v) => `${v.VolumeId}:${v.State}`),
    left.addresses.map((a) => `${a.AllocationId}:${a.AssociationId ?? ''}`),
    left.groups.map((g) => g.GroupId),
  ]);
}
