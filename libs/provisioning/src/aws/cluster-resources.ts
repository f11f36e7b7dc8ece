import type { Address, Instance, NetworkInterface, SecurityGroup, Volume } from '@aws-sdk/client-ec2';
import { nodeIdOf, TAG, tagsOf, tagValue, type Taggable } from './ec2-tags';

/** What EC2 holds for one cluster in one region, as read by tag on every pass (nothing is remembered). */
export interface ClusterResources {
  region: string;
  groups: SecurityGroup[];
  /** Every instance carrying the cluster tag, terminated ones included (they count replacements). */
  instances: Instance[];
  enis: NetworkInterface[];
  volumes: Volume[];
  addresses: Address[];
}

/** Fixed ports on every EC2 broker (each node has its own address, so no allocation is needed). */
export const EC2_BROKER_PORTS = { client: 9092, internal: 9093, controller: 9094, metrics: 9404, ssh: 22 } as const;

const LIVE_STATES = new Set(['pending', 'running', 'stopping', 'stopped']);
export const isLive = (i: Instance): boolean => LIVE_STATES.has(i.State?.Name ?? '');
export const byOldest = (a: Instance, b: Instance): number =>
  (a.LaunchTime?.getTime() ?? 0) - (b.LaunchTime?.getTime() ?? 0) || (a.InstanceId ?? '').localeCompare(b.InstanceId ?? '');

export function nodeResource<T extends Taggable>(items: readonly T[], nodeId: number): T | undefined {
  return items.find((i) => nodeIdOf(tagsOf(i)) === nodeId);
}

/** The node's instance that counts: the oldest live one (extras are duplicates to terminate). */
export function liveInstanceOf(instances: readonly Instance[], nodeId: number): Instance | undefined {
  return instances.filter((i) => nodeIdOf(tagsOf(i)) === nodeId && isLive(i)).sort(byOldest)[0];
}

export function dataVolumeOf(volumes: readonly Volume[], nodeId: number): Volume | undefined {
  const mine = volumes.filter((v) => nodeIdOf(tagsOf(v)) === nodeId && tagValue(tagsOf(v), TAG.role) === 'data' && v.State !== 'deleting' && v.State !== 'deleted');
  return mine.find((v) => v.State === 'in-use') ?? mine[0];
}

/** Public DNS name when the interface has an Elastic IP and the VPC has DNS hostnames, else the private IP. */
export function advertisedHostOf(eni: NetworkInterface): string {
  return eni.Association?.PublicDnsName || (eni.PrivateIpAddress as string);
}

/** Resources of the same kind grouped by node, where a node has more than one (racing creators). */
export function duplicatesByNode<T extends Taggable>(items: readonly T[]): T[][] {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const id = nodeIdOf(tagsOf(item));
    if (id !== null) map.set(id, [...(map.get(id) ?? []), item]);
  }
  return [...map.values()].filter((list) => list.length > 1);
}

export function parseIds(raw: string | undefined): number[] {
  return (raw ?? '')
    .split(',')
    .filter((s) => /^[1-9]\d*$/.test(s))
    .map(Number);
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
