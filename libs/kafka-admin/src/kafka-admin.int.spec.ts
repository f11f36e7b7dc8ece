import { randomBytes } from 'node:crypto';
import { Admin, ProduceAcks, Producer, stringSerializers } from '@platformatic/kafka';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalProvider, waitForNodesRunning } from '@tributary/provisioning';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saslScramClientOptions } from './client-options';
import { KafkaAdmin } from './kafka-admin';
import { KafkaAdminError } from './kafka-admin-error';
import { consumeAll, produce } from './test-clients';

/**
 * Runs against a REAL two-broker cluster started with libs/provisioning's LocalProvider (KRaft,
 * SASL_PLAINTEXT SCRAM-SHA-512, StandardAuthorizer, allow.everyone.if.no.acl.found=false, the admin
 * as the only super user), exactly as the control plane runs clusters.
 */
const dataRoot = mkdtempSync(join(tmpdir(), 'tributary-kafka-admin-'));
// Internal topics with one replica, so one of the two brokers can be drained in the reassignment test.
const provider = new LocalProvider({
  dataRoot,
  portRange: { from: 26100, to: 26199 },
  stopGraceMs: 5_000,
  brokerProperties: { 'offsets.topic.replication.factor': '1', 'transaction.state.log.replication.factor': '1', 'transaction.state.log.min.isr': '1', 'default.replication.factor': '1', 'min.insync.replicas': '1' },
});
const clusterId = `lkc-ka${randomBytes(3).toString('hex')}`;
const superUser = { username: 'tributary-admin', password: randomBytes(16).toString('hex') };
let bootstrap = '';

const suffix = randomBytes(4).toString('hex');
const topic = `orders-${suffix}`;
const probeTopic = `probe-${suffix}`;
const apiKey = { username: `key-${suffix}`, password: randomBytes(24).toString('base64url') };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `attempt` every `intervalMs` until it resolves true; throws after `timeoutMs`. Returns the
 * time until it succeeded and when the successful attempt was started (an attempt may itself take
 * a while, e.g. a refused SASL login is answered after the broker's failed-authentication delay).
 */
async function timeUntil(
  attempt: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<{ elapsedMs: number; attemptStartedAtMs: number }> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const attemptStart = performance.now();
    if (await attempt()) {
      return { elapsedMs: Math.round(performance.now() - start), attemptStartedAtMs: Math.round(attemptStart - start) };
    }
    await sleep(intervalMs);
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

async function millisUntil(attempt: () => Promise<boolean>, timeoutMs: number, intervalMs = 50): Promise<number> {
  return (await timeUntil(attempt, timeoutMs, intervalMs)).elapsedMs;
}

async function kindOf(operation: Promise<unknown>): Promise<string> {
  try {
    await operation;
    return 'OK';
  } catch (error) {
    return error instanceof KafkaAdminError ? error.kind : `not a KafkaAdminError: ${String(error)}`;
  }
}

async function failure(operation: Promise<unknown>): Promise<KafkaAdminError> {
  try {
    await operation;
  } catch (error) {
    if (error instanceof KafkaAdminError) return error;
    throw error;
  }
  throw new Error('expected the operation to fail');
}

/** One fresh connection as `credentials`, no retries: true only if SASL accepts them. */
async function canAuthenticate(credentials: { username: string; password: string }): Promise<boolean> {
  const client = new Admin({ ...saslScramClientOptions('auth-probe', bootstrap, credentials), retries: 0 });
  try {
    await client.metadata({ topics: [] });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

const figures: Record<string, number> = {};

describe('KafkaAdmin against a real broker', () => {
  let admin: KafkaAdmin;

  beforeAll(async () => {
    const spec = { clusterId, generation: 1, brokerCount: 2, region: 'local', availability: 'SINGLE_ZONE' as const, storageGiBPerBroker: 1, admin: superUser, kind: 'Dedicated' as const };
    await provider.ensureNodes(spec);
    const status = await waitForNodesRunning(provider, clusterId, 2, { timeoutMs: 90_000 });
    bootstrap = status.bootstrapEndpoint!;
    admin = new KafkaAdmin({ bootstrap, ...superUser });
    await admin.waitUntilReady(2, 60_000);
  });

  afterAll(async () => {
    if (admin) {
      await admin.close();
      console.log('[kafka-admin figures]', JSON.stringify(figures));
    }
    await provider.deleteCluster(clusterId);
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('describes the brokers and the controller', async () => {
    const cluster = await admin.describeBrokers();
    expect(cluster.clusterId).toMatch(/\S+/);
    expect(cluster.brokers.length).toBeGreaterThanOrEqual(1);
    expect(cluster.brokers[0]).toMatchObject({ host: expect.any(String), port: expect.any(Number) });
    expect(cluster.brokers.map((b) => b.id)).toContain(cluster.controllerId);
  });

  it('creates topics, validate-only creates nothing, and lists them with counts', async () => {
    const created = await admin.createTopic({
      name: topic,
      partitions: 3,
      replicationFactor: 1,
      configs: { 'retention.ms': '3600000' },
    });
    expect(created).toMatchObject({ name: topic, partitionsCount: 3, replicationFactor: 1 });
    await admin.createTopic({ name: probeTopic, partitions: 1, replicationFactor: 1 });

    const dryRun = await admin.createTopic({ name: `dry-${suffix}`, partitions: 2, replicationFactor: 1, validateOnly: true });
    expect(dryRun.partitionsCount).toBe(2);

    const topics = await admin.listTopics();
    expect(topics).toContainEqual({ name: topic, internal: false, partitionsCount: 3, replicationFactor: 1 });
    expect(topics.map((t) => t.name)).not.toContain(`dry-${suffix}`);

    const described = await admin.describeTopic(topic);
    expect(described.partitions).toHaveLength(3);
    expect(described.topicId).toMatch(/\S+/);
  });

  it('a new SCRAM user with cluster access can produce 1,000 messages (acks=all) and consume them all', async () => {
    const started = performance.now();
    await admin.upsertScramUser(apiKey.username, apiKey.password);
    await admin.grantClusterAccess(apiKey.username);
    await admin.grantClusterAccess(apiKey.username); // idempotent
    await admin.upsertScramUser(apiKey.username, apiKey.password); // idempotent
    const adminCallsMs = Math.round(performance.now() - started);

    const usableAfterMs = await millisUntil(
      async () => (await kindOf(produce(bootstrap, apiKey, probeTopic, ['probe'], { acks: 'all' }))) === 'OK',
      30_000,
    );
    figures['keyAdminCallsMs'] = adminCallsMs;
    figures['keyUsableAfterAdminCallsMs'] = usableAfterMs;

    const messages = Array.from({ length: 1000 }, (_, i) => ({ key: `k${i % 17}`, value: `message-${i}` }));
    const produceStart = performance.now();
    await produce(bootstrap, apiKey, topic, messages, { acks: 'all' });
    figures['produce1000Ms'] = Math.round(performance.now() - produceStart);

    const consumeStart = performance.now();
    const consumed = await consumeAll(bootstrap, apiKey, topic, `group-${suffix}`, 1000, 60_000);
    figures['consume1000Ms'] = Math.round(performance.now() - consumeStart);
    expect(consumed).toHaveLength(1000);
    expect(new Set(consumed.map((m) => m.value))).toEqual(new Set(messages.map((m) => m.value)));
    expect(new Set(consumed.map((m) => m.partition)).size).toBeGreaterThan(1);

    const acls = await admin.describeAclsOf(apiKey.username);
    expect(acls.length).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it('refuses a wrong password and a user without ACLs', async () => {
    const wrongPassword = await failure(produce(bootstrap, { ...apiKey, password: 'not-the-secret' }, topic, ['x']));
    expect(wrongPassword.kind).toBe('AUTH_FAILED');
    expect(await canAuthenticate({ ...apiKey, password: 'not-the-secret' })).toBe(false);

    const noAcls = { username: `noacl-${suffix}`, password: 'pw-noacl' };
    await admin.upsertScramUser(noAcls.username, noAcls.password);
    try {
      await millisUntil(() => canAuthenticate(noAcls), 30_000);
      const denied = await failure(produce(bootstrap, noAcls, topic, ['x']));
      expect(denied.kind).toBe('AUTH_FAILED');
      expect(denied.kafkaCode).toMatch(/AUTHORIZATION_FAILED/);
    } finally {
      await admin.deleteScramUser(noAcls.username);
    }
  }, 60_000);

  it('deleting the SCRAM user refuses new connections within seconds; revoking ACLs stops open sessions', async () => {
    // A session opened before the deletion: Kafka does not drop authenticated connections when a
    // credential is deleted (unless connections.max.reauth.ms forces re-authentication).
    const openSession = new Producer<string, string, string, string>({
      ...saslScramClientOptions('open-session', bootstrap, apiKey),
      serializers: stringSerializers,
      acks: ProduceAcks.ALL,
      retries: 0,
    });
    try {
      await openSession.send({ messages: [{ topic: probeTopic, value: 'before' }] });

      const deleteStarted = performance.now();
      await admin.deleteScramUser(apiKey.username);
      await admin.deleteScramUser(apiKey.username); // idempotent: a missing user is fine
      const deleteCallsMs = Math.round(performance.now() - deleteStarted);
      const refused = await timeUntil(async () => !(await canAuthenticate(apiKey)), 30_000);
      figures['deleteCallsMs'] = deleteCallsMs;
      figures['newConnectionRefusedAfterDeleteMs'] = refused.elapsedMs;
      figures['refusedAttemptStartedAfterDeleteMs'] = refused.attemptStartedAtMs;
      expect(refused.elapsedMs).toBeLessThan(10_000);

      const openSessionAfterDelete = await kindOf(openSession.send({ messages: [{ topic: probeTopic, value: 'after-delete' }] }));
      figures['openSessionStillWorksAfterDelete'] = openSessionAfterDelete === 'OK' ? 1 : 0;

      const revoked = await admin.revokeClusterAccess(apiKey.username);
      expect(revoked.length).toBeGreaterThanOrEqual(6);
      expect(await admin.revokeClusterAccess(apiKey.username)).toEqual([]); // idempotent
      const deniedAfterMs = await millisUntil(
        async () => (await kindOf(openSession.send({ messages: [{ topic: probeTopic, value: 'after-revoke' }] }))) !== 'OK',
        30_000,
        100,
      );
      figures['openSessionDeniedAfterAclRevokeMs'] = deniedAfterMs;
    } finally {
      await new Promise<void>((resolve) => openSession.close(true, () => resolve()));
    }
  }, 90_000);

  it('describes and incrementally alters topic configs', async () => {
    const before = await admin.describeTopicConfigs(topic);
    expect(before.find((c) => c.name === 'retention.ms')).toMatchObject({
      value: '3600000',
      isDefault: false,
      source: 'TOPIC_CONFIG',
      isReadOnly: false,
      isSensitive: false,
    });
    expect(before.find((c) => c.name === 'cleanup.policy')).toMatchObject({ value: 'delete', isDefault: true });

    await admin.alterTopicConfigs(topic, { 'retention.ms': null, 'max.message.bytes': '2097152' });
    const after = await admin.describeTopicConfigs(topic);
    expect(after.find((c) => c.name === 'retention.ms')).toMatchObject({ value: '604800000', isDefault: true });
    expect(after.find((c) => c.name === 'max.message.bytes')).toMatchObject({ value: '2097152', source: 'TOPIC_CONFIG' });

    const invalid = await failure(admin.alterTopicConfigs(topic, { 'retention.ms': 'soon' }));
    expect(invalid.kind).toBe('INVALID_CONFIG');
    expect((await failure(admin.describeTopicConfigs(`missing-${suffix}`))).kind).toBe('TOPIC_NOT_FOUND');
  });

  it('increases partitions and refuses to shrink', async () => {
    await admin.increasePartitions(topic, 6);
    expect((await admin.describeTopic(topic)).partitionsCount).toBe(6);
    const shrink = await failure(admin.increasePartitions(topic, 2));
    expect(shrink.kind).toBe('INVALID_PARTITIONS');
    expect(shrink.message).toMatch(/partition/i);
  });

  it('maps broker errors to typed kinds with the broker message', async () => {
    const exists = await failure(admin.createTopic({ name: topic, partitions: 1, replicationFactor: 1 }));
    expect(exists).toMatchObject({ kind: 'TOPIC_EXISTS', kafkaCode: 'TOPIC_ALREADY_EXISTS' });
    expect(exists.message).toContain(topic);

    const brokers = (await admin.describeBrokers()).brokers.length;
    const badRf = await failure(admin.createTopic({ name: `rf-${suffix}`, partitions: 1, replicationFactor: brokers + 1 }));
    expect(badRf.kind).toBe('INVALID_REPLICATION_FACTOR');
    expect(badRf.message).toMatch(/replication factor/i);

    const badConfig = await failure(
      admin.createTopic({ name: `cfg-${suffix}`, partitions: 1, replicationFactor: 1, configs: { 'cleanup.policy': 'sometimes' } }),
    );
    expect(badConfig.kind).toBe('INVALID_CONFIG');

    expect((await failure(admin.describeTopic(`missing-${suffix}`))).kind).toBe('TOPIC_NOT_FOUND');
    expect((await failure(admin.deleteTopic(`missing-${suffix}`))).kind).toBe('TOPIC_NOT_FOUND');
  });

  it('plans and runs reassignments off and onto brokers', async () => {
    const brokerIds = (await admin.describeBrokers()).brokers.map((b) => b.id);
    expect(brokerIds).toHaveLength(2);
    expect(await admin.reassignmentsInProgress()).toEqual([]);
    expect((await failure(admin.reassignPartitionsOffBrokers(brokerIds, []))).kind).toBe('INVALID_REPLICATION_FACTOR');
    const [keep, drain] = [brokerIds.slice(0, -1), brokerIds.slice(-1)];
    const spreadTopic = `spread-${suffix}`;
    await admin.createTopic({ name: spreadTopic, partitions: 4 * brokerIds.length, replicationFactor: 1 });
    try {
      const drainMoves = await admin.reassignPartitionsOffBrokers(drain, keep);
      expect(drainMoves.length).toBeGreaterThan(0);
      await millisUntil(async () => (await admin.reassignmentsInProgress()).length === 0, 60_000, 250);
      // The controller finishes before every broker's metadata cache shows it: wait for the read to catch up.
      const onDrained = async () => (await admin.describeTopic(spreadTopic)).partitions.flatMap((p) => p.replicas).filter((b) => drain.includes(b));
      await millisUntil(async () => (await onDrained()).length === 0, 30_000, 250).catch(() => undefined);
      expect(await onDrained()).toEqual([]);

      const spreadMoves = await admin.reassignPartitionsOnto(brokerIds);
      expect(spreadMoves.length).toBeGreaterThan(0);
      await millisUntil(async () => (await admin.reassignmentsInProgress()).length === 0, 60_000, 250);
      const imbalance = async () => {
        const spread = await admin.describeTopic(spreadTopic);
        const perBroker = brokerIds.map((id) => spread.partitions.filter((p) => p.replicas.includes(id)).length);
        return Math.max(...perBroker) - Math.min(...perBroker);
      };
      await millisUntil(async () => (await imbalance()) <= 1, 30_000, 250).catch(() => undefined);
      expect(await imbalance()).toBeLessThanOrEqual(1);
    } finally {
      await admin.deleteTopic(spreadTopic).catch(() => undefined);
    }
  }, 150_000);

  it('reports an unreachable cluster as UNAVAILABLE within the timeout', async () => {
    const nowhere = new KafkaAdmin({ bootstrap: 'localhost:1', ...superUser });
    try {
      const error = await failure(nowhere.waitUntilReady(1, 1_500));
      expect(error.kind).toBe('UNAVAILABLE');
    } finally {
      await nowhere.close();
    }
  });
});
