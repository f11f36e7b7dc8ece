import {
  type Admin,
  type Connection,
  consumerGroupDescribeV0,
  FindCoordinatorKeyTypes,
  kGetConnection,
} from '@platformatic/kafka';
import { mapKafkaErrors } from './error-mapping';
import { KafkaAdminError } from './kafka-admin-error';
import { fetchTopicDescriptions } from './topic-metadata';
import type {
  ConsumerGroupDescription,
  ConsumerGroupMember,
  ConsumerGroupState,
  ConsumerGroupSummary,
  ConsumerGroupType,
  OffsetChange,
  OffsetResetRequest,
  PartitionLag,
} from './types';

/** ListOffsets' special timestamps. */
const LATEST = -1n;
const EARLIEST = -2n;

const STATES: Readonly<Record<string, ConsumerGroupState>> = {
  PREPARINGREBALANCE: 'PREPARING_REBALANCE',
  COMPLETINGREBALANCE: 'COMPLETING_REBALANCE',
  ASSIGNING: 'ASSIGNING',
  RECONCILING: 'RECONCILING',
  STABLE: 'STABLE',
  DEAD: 'DEAD',
  EMPTY: 'EMPTY',
};

/** Brokers spell states "PreparingRebalance" (and the client upper-cases them): the REST names have underscores. */
export function groupState(raw: string): ConsumerGroupState {
  return STATES[raw.replace(/[^a-zA-Z]/g, '').toUpperCase()] ?? 'UNKNOWN';
}

export function groupType(raw: string | undefined): ConsumerGroupType {
  const upper = (raw ?? '').toUpperCase();
  return upper === 'CLASSIC' || upper === 'CONSUMER' || upper === 'SHARE' ? upper : 'UNKNOWN';
}

export function groupNotFound(groupId: string): KafkaAdminError {
  return new KafkaAdminError('GROUP_NOT_FOUND', `Consumer group '${groupId}' not found.`, 'GROUP_ID_NOT_FOUND');
}

/** Consumer groups only (the `consumer` protocol type, classic or KIP-848), not share or streams groups. */
export async function listConsumerGroups(admin: Admin): Promise<ConsumerGroupSummary[]> {
  // The client asks for classic groups only unless told otherwise.
  const groups = await mapKafkaErrors(() => admin.listGroups({ types: ['classic', 'consumer'] }));
  return [...groups.values()]
    .filter((g) => g.protocolType === 'consumer' || g.protocolType === '')
    .map((g) => ({ groupId: g.id, state: groupState(g.state), type: groupType(g.groupType), protocolType: g.protocolType }))
    .sort((a, b) => a.groupId.localeCompare(b.groupId));
}

function connectionTo(admin: Admin, broker: { host: string; port: number }): Promise<Connection> {
  return new Promise((resolve, reject) => {
    admin[kGetConnection](broker, (error, connection) => (error || !connection ? reject(error ?? new Error('no connection')) : resolve(connection)));
  });
}

/** KIP-848 groups are described by ConsumerGroupDescribe at their coordinator; DescribeGroups only knows classic ones. */
async function describeConsumerProtocolGroup(admin: Admin, summary: ConsumerGroupSummary, coordinator: { nodeId: number; host: string; port: number }): Promise<ConsumerGroupDescription> {
  const connection = await connectionTo(admin, coordinator);
  const response = await consumerGroupDescribeV0.api.async(connection, [summary.groupId], false);
  const group = response.groups[0];
  if (!group || group.errorCode !== 0) throw groupNotFound(summary.groupId);
  return {
    ...summary,
    state: groupState(group.groupState),
    isSimple: false,
    partitionAssignor: group.assignorName,
    coordinatorId: coordinator.nodeId,
    members: group.members.map((m) => ({
      memberId: m.memberId,
      instanceId: m.instanceId ?? null,
      clientId: m.clientId,
      host: m.clientHost,
      assignments: m.assignment.topicPartitions.flatMap((t) => t.partitions.map((partition) => ({ topic: t.topicName, partition }))),
    })),
  };
}

export async function describeConsumerGroup(admin: Admin, groupId: string): Promise<ConsumerGroupDescription> {
  const summary = (await listConsumerGroups(admin)).find((g) => g.groupId === groupId);
  if (!summary) throw groupNotFound(groupId);
  return describeListedGroup(admin, summary);
}

/** Every consumer group, described; a group that vanishes between the list and its describe is left out. */
export async function describeConsumerGroups(admin: Admin): Promise<ConsumerGroupDescription[]> {
  const described: ConsumerGroupDescription[] = [];
  for (const summary of await listConsumerGroups(admin)) {
    try {
      described.push(await describeListedGroup(admin, summary));
    } catch (error) {
      if (!(error instanceof KafkaAdminError && error.kind === 'GROUP_NOT_FOUND')) throw error;
    }
  }
  return described;
}

async function describeListedGroup(admin: Admin, summary: ConsumerGroupSummary): Promise<ConsumerGroupDescription> {
  const { groupId } = summary;
  return mapKafkaErrors(async () => {
    const [coordinator] = await admin.findCoordinator({ keyType: FindCoordinatorKeyTypes.GROUP, keys: [groupId] });
    if (!coordinator) throw new KafkaAdminError('UNAVAILABLE', `No coordinator for consumer group '${groupId}'.`);
    if (summary.type === 'CONSUMER') return describeConsumerProtocolGroup(admin, summary, coordinator);
    const group = (await admin.describeGroups({ groups: [groupId] })).get(groupId);
    if (!group || group.state === 'DEAD') throw groupNotFound(groupId);
    const members: ConsumerGroupMember[] = [...group.members.values()].map((m) => ({
      memberId: m.id,
      instanceId: m.groupInstanceId ?? null,
      clientId: m.clientId,
      host: m.clientHost,
      assignments: [...(m.assignments?.values() ?? [])].flatMap((a) => a.partitions.map((partition) => ({ topic: a.topic, partition }))),
    }));
    return {
      ...summary,
      state: groupState(group.state),
      // A "simple" group only stores offsets (assign() without subscribe()): no protocol, never members.
      isSimple: group.protocolType === '',
      partitionAssignor: group.protocol ?? '',
      coordinatorId: coordinator.nodeId,
      members,
    };
  });
}

interface Committed {
  topic: string;
  partition: number;
  offset: bigint;
}

async function committedOffsets(admin: Admin, groupId: string): Promise<Committed[]> {
  const [group] = await admin.listConsumerGroupOffsets({ groups: [groupId] });
  return (group?.topics ?? [])
    .flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, offset: p.committedOffset })))
    .filter((c) => c.offset >= 0n)
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

const key = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/** Offsets for `timestamp` (LATEST, EARLIEST or epoch ms) of every partition asked, by topic+partition. */
async function offsetsAt(admin: Admin, partitions: readonly { topic: string; partition: number }[], timestamp: (p: { topic: string; partition: number }) => bigint): Promise<Map<string, bigint>> {
  const byTopic = new Map<string, { partitionIndex: number; timestamp: bigint }[]>();
  for (const p of partitions) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), { partitionIndex: p.partition, timestamp: timestamp(p) }]);
  const result = new Map<string, bigint>();
  if (byTopic.size === 0) return result;
  const listed = await admin.listOffsets({ topics: [...byTopic.entries()].map(([name, ps]) => ({ name, partitions: ps })) });
  for (const topic of listed) for (const p of topic.partitions) result.set(key(topic.name, p.partitionIndex), p.offset);
  return result;
}

/**
 * Per partition with a committed offset: the committed (current) offset, the log end offset (high
 * watermark, read uncommitted, as the Kafka tools report it), their difference, and the member
 * the partition is assigned to (empty strings when none is).
 */
export async function consumerGroupLags(admin: Admin, groupId: string): Promise<PartitionLag[]> {
  const group = await describeConsumerGroup(admin, groupId);
  return mapKafkaErrors(async () => {
    const committed = await committedOffsets(admin, groupId);
    const ends = await offsetsAt(admin, committed, () => LATEST);
    const owner = new Map<string, ConsumerGroupMember>();
    for (const m of group.members) for (const a of m.assignments) owner.set(key(a.topic, a.partition), m);
    return committed.map((c) => {
      const logEndOffset = ends.get(key(c.topic, c.partition)) ?? c.offset;
      const member = owner.get(key(c.topic, c.partition));
      const lag = logEndOffset - c.offset;
      return {
        topic: c.topic,
        partition: c.partition,
        currentOffset: c.offset,
        logEndOffset,
        lag: lag > 0n ? lag : 0n,
        memberId: member?.memberId ?? '',
        instanceId: member?.instanceId ?? null,
        clientId: member?.clientId ?? '',
      };
    });
  });
}

async function partitionsToReset(admin: Admin, groupId: string, request: OffsetResetRequest): Promise<{ topic: string; partition: number }[]> {
  if (request.target.to === 'explicit') return request.target.offsets.map(({ topic, partition }) => ({ topic, partition }));
  if (request.topics && request.topics.length > 0) {
    const topics = await fetchTopicDescriptions(admin, [...new Set(request.topics)]);
    return topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partition })));
  }
  const committed = await committedOffsets(admin, groupId);
  if (committed.length === 0) {
    throw new KafkaAdminError('INVALID_REQUEST', `Consumer group '${groupId}' has no committed offsets: name the topics to reset.`, 'INVALID_REQUEST');
  }
  return committed.map(({ topic, partition }) => ({ topic, partition }));
}

/**
 * Moves a group's committed offsets (to earliest, latest, the first offset at or after a time, or
 * explicit offsets). Only an empty group can be moved: its members would overwrite the change
 * with their next commit, so a group with members is refused (GROUP_NOT_EMPTY), as the broker
 * itself refuses it. `validateOnly` computes the changes and writes nothing.
 */
export async function resetConsumerGroupOffsets(admin: Admin, groupId: string, request: OffsetResetRequest): Promise<OffsetChange[]> {
  const group = await describeConsumerGroup(admin, groupId);
  if (group.members.length > 0 || (group.state !== 'EMPTY' && group.state !== 'DEAD')) {
    throw new KafkaAdminError(
      'GROUP_NOT_EMPTY',
      `Consumer group '${groupId}' is ${group.state} with ${group.members.length} active member(s): stop its consumers before resetting offsets.`,
      'NON_EMPTY_GROUP',
    );
  }
  return mapKafkaErrors(async () => {
    const partitions = await partitionsToReset(admin, groupId, request);
    const known = new Set((await fetchTopicDescriptions(admin, [...new Set(partitions.map((p) => p.topic))])).flatMap((t) => t.partitions.map((p) => key(t.name, p.partition))));
    const missing = partitions.find((p) => !known.has(key(p.topic, p.partition)));
    if (missing) throw new KafkaAdminError('TOPIC_NOT_FOUND', `Partition ${missing.partition} of topic '${missing.topic}' does not exist.`, 'UNKNOWN_TOPIC_OR_PARTITION');
    const earliest = await offsetsAt(admin, partitions, () => EARLIEST);
    const latest = await offsetsAt(admin, partitions, () => LATEST);
    const before = new Map((await committedOffsets(admin, groupId)).map((c) => [key(c.topic, c.partition), c.offset]));
    const target = request.target;
    let wanted: Map<string, bigint>;
    if (target.to === 'earliest') wanted = earliest;
    else if (target.to === 'latest') wanted = latest;
    else if (target.to === 'timestamp') {
      const atTime = await offsetsAt(admin, partitions, () => BigInt(target.timestamp.getTime()));
      wanted = new Map();
      for (const p of partitions) {
        const k = key(p.topic, p.partition);
        const found = atTime.get(k) ?? -1n;
        // No record at or after the time: the end of the log, as kafka-consumer-groups does.
        wanted.set(k, found >= 0n ? found : (latest.get(k) ?? 0n));
      }
    } else {
      wanted = new Map(target.offsets.map((o) => [key(o.topic, o.partition), o.offset]));
      for (const o of target.offsets) {
        const low = earliest.get(key(o.topic, o.partition)) ?? 0n;
        const high = latest.get(key(o.topic, o.partition)) ?? 0n;
        if (o.offset < low || o.offset > high) {
          throw new KafkaAdminError('INVALID_REQUEST', `Offset ${o.offset} is outside partition ${o.partition} of '${o.topic}' (${low}..${high}).`, 'OFFSET_OUT_OF_RANGE');
        }
      }
    }
    const changes: OffsetChange[] = partitions.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      before: before.get(key(p.topic, p.partition)) ?? null,
      after: wanted.get(key(p.topic, p.partition)) ?? 0n,
    }));
    if (!request.validateOnly) {
      const byTopic = new Map<string, { partition: number; offset: bigint }[]>();
      for (const c of changes) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), { partition: c.partition, offset: c.after }]);
      await admin.alterConsumerGroupOffsets({ groupId, topics: [...byTopic.entries()].map(([name, partitionOffsets]) => ({ name, partitionOffsets })) });
    }
    return changes.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  });
}
