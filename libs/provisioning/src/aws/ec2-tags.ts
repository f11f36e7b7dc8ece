import { createHash } from 'node:crypto';
import type { Filter, Tag } from '@aws-sdk/client-ec2';

/**
 * Ownership tags: every resource the EC2 provider creates carries them, atomically at creation
 * (TagSpecifications), so a lookup by tag finds everything even after a crash lost every other record.
 */
export const TAG = {
  managed: 'tributary:managed',
  clusterId: 'tributary:cluster-id',
  nodeId: 'tributary:node-id',
  /** `data` for a broker's EBS data volume, `root` for an instance's root volume. */
  role: 'tributary:role',
  generation: 'tributary:generation',
  /** On the security group: what the cluster was formed with (fixed for its lifetime). */
  kafkaClusterUuid: 'tributary:kafka-cluster-uuid',
  controllerIds: 'tributary:controller-ids',
  replicationFactor: 'tributary:replication-factor',
} as const;

export function clusterTags(clusterId: string, extra: Record<string, string> = {}): Tag[] {
  return Object.entries({ [TAG.managed]: 'true', [TAG.clusterId]: clusterId, ...extra }).map(([Key, Value]) => ({ Key, Value }));
}

export function nodeTags(clusterId: string, nodeId: number, name: string, extra: Record<string, string> = {}): Tag[] {
  return clusterTags(clusterId, { Name: name, [TAG.nodeId]: String(nodeId), ...extra });
}

/** Anything EC2 tags: most resources carry `Tags`, network interfaces `TagSet`. */
export type Taggable = { Tags?: Tag[] } | { TagSet?: Tag[] };

export function tagsOf(resource: Taggable): Tag[] | undefined {
  return 'TagSet' in resource ? resource.TagSet : 'Tags' in resource ? resource.Tags : undefined;
}

export function tagValue(tags: readonly Tag[] | undefined, key: string): string | undefined {
  return tags?.find((t) => t.Key === key)?.Value;
}

export function nodeIdOf(tags: readonly Tag[] | undefined): number | null {
  const raw = tagValue(tags, TAG.nodeId);
  if (raw === undefined || !/^[1-9]\d{0,3}$/.test(raw)) return null;
  return Number(raw);
}

export const clusterFilter = (clusterId: string): Filter => ({ Name: `tag:${TAG.clusterId}`, Values: [clusterId] });
export const managedFilter: Filter = { Name: `tag:${TAG.managed}`, Values: ['true'] };

/** Name of the cluster's security group (unique per VPC: the create is idempotent by name). */
export const securityGroupName = (clusterId: string) => `tributary-${clusterId}`;
export const nodeName = (clusterId: string, nodeId: number) => `tributary-${clusterId}-node-${nodeId}`;

/**
 * RunInstances idempotency token (≤ 64 ASCII chars): the same cluster, node, generation and replacement
 * number always yield the same token, so a retried launch after a crash returns the first instance
 * instead of starting a second one. `replacement` counts instances of this node already terminated in
 * this generation, so a node whose instance died gets a new one.
 */
export function launchToken(clusterId: string, nodeId: number, generation: number, replacement: number): string {
  const digest = createHash('sha256').update(`${clusterId}\n${nodeId}\n${generation}\n${replacement}`).digest('hex');
  return `tributary-${digest.slice(0, 48)}`;
}

/**
 * Idempotency token for a per-node resource other than the instance (ENI, volume). The generation is in
 * it because a node removed and added again (which bumps the generation) needs a new resource.
 */
export function resourceToken(kind: string, clusterId: string, nodeId: number, generation: number): string {
  const digest = createHash('sha256').update(`${kind}\n${clusterId}\n${nodeId}\n${generation}`).digest('hex');
  return `tributary-${kind}-${digest.slice(0, 40)}`;
}
