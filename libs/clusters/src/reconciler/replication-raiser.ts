import { Admin, alterPartitionReassignmentsV0, FindCoordinatorKeyTypes, kGetBootstrapConnection, listPartitionReassignmentsV0, metadataV12, type Connection } from '@platformatic/kafka';
import { toKafkaAdminError } from '@tributary/kafka-admin';
import type { AdminCredential } from '@tributary/provisioning';
import { planReplicationRaise } from './replication-raise-plan';

const CONTROLLER_TIMEOUT_MS = 30_000;
const CONSUMER_OFFSETS = '__consumer_offsets';

/**
 * Raises every partition (internal topics included) to `replicationFactor` over `brokerIds`, through
 * AlterPartitionReassignments with longer replica lists: the controller copies the data, then adds
 * the copies to the ISR. One call submits what is missing and returns how many partitions are still
 * being copied or were just submitted (0: done). Idempotent: safe to call again at any point.
 *
 * This speaks the Kafka protocol itself because KafkaAdmin (libs/kafka-admin) offers reassignments
 * that keep the replication factor only; it belongs there as a method once that library takes it.
 */
export async function raiseReplicationFactor(bootstrap: string, credential: AdminCredential, replicationFactor: number, brokerIds: readonly number[]): Promise<number> {
  const admin = new Admin({
    clientId: 'tributary-control-plane',
    bootstrapBrokers: bootstrap.split(',').map((b) => b.trim()).filter(Boolean),
    sasl: { mechanism: 'SCRAM-SHA-512', username: credential.username, password: credential.password },
    connectTimeout: 5_000,
    requestTimeout: 30_000,
    retries: 2,
    retryDelay: 250,
  });
  try {
    const connection = await bootstrapConnection(admin);
    const inProgress = await listPartitionReassignmentsV0.api.async(connection, CONTROLLER_TIMEOUT_MS, null as unknown as []);
    const ongoing = inProgress.topics.reduce((n, t) => n + t.partitions.length, 0);
    if (ongoing > 0) return ongoing;
    // Kafka creates __consumer_offsets on first use, with the replication factor the brokers were
    // formed with (one, for a Basic cluster): asking for a group coordinator creates it now, so it is
    // raised with the rest instead of appearing later with a single copy.
    await admin.findCoordinator({ keyType: FindCoordinatorKeyTypes.GROUP, keys: ['tributary-upgrade'] }).catch(() => undefined);
    const metadata = await metadataV12.api.async(connection, null, false, false);
    if (!metadata.topics.some((t) => t.name === CONSUMER_OFFSETS)) return 1;
    const partitions = metadata.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name ?? '', partition: p.partitionIndex, replicas: [...p.replicaNodes] })));
    const moves = planReplicationRaise(partitions, replicationFactor, brokerIds);
    if (moves.length === 0) return 0;
    const byTopic = new Map<string, { partitionIndex: number; replicas: number[] }[]>();
    for (const m of moves) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), { partitionIndex: m.partition, replicas: m.to }]);
    await alterPartitionReassignmentsV0.api.async(connection, CONTROLLER_TIMEOUT_MS, true, [...byTopic.entries()].map(([name, list]) => ({ name, partitions: list })));
    return moves.length;
  } catch (e) {
    throw toKafkaAdminError(e);
  } finally {
    if (!admin.closed) await admin.close().catch(() => undefined);
  }
}

function bootstrapConnection(admin: Admin): Promise<Connection> {
  return new Promise((resolve, reject) => {
    admin[kGetBootstrapConnection]((error, connection) => {
      if (error || !connection) reject(error ?? new Error('no broker connection available'));
      else resolve(connection);
    });
  });
}
