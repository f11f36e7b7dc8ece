/**
 * Helpers for the local provider's integration tests (real brokers). Not exported from the package.
 * Needs `bash scripts/ensure-kafka.sh` to have run (the shared vitest globalSetup does it).
 */
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AdminCredential, ClusterNodesSpec } from '../cloud-provider';
import { LocalProvider } from './local-provider';

/** Ports for test clusters: away from the dev default (29100-29999) and the kernel's ephemeral range. */
export const TEST_PORT_RANGE = { from: 28100, to: 28999 };

export function newTestDataRoot(): string {
  return mkdtempSync(join(tmpdir(), 'tributary-local-'));
}

export function newTestProvider(dataRoot: string): LocalProvider {
  return new LocalProvider({ dataRoot, portRange: TEST_PORT_RANGE, stopGraceMs: 10_000 });
}

export function testSpec(clusterId: string, brokerCount: number, admin: AdminCredential): ClusterNodesSpec {
  return {
    clusterId,
    generation: 1,
    brokerCount,
    region: 'local-1',
    availability: brokerCount >= 3 ? 'MULTI_ZONE' : 'SINGLE_ZONE',
    storageGiBPerBroker: 1,
    admin,
    kind: brokerCount === 1 ? 'Basic' : brokerCount === 3 ? 'Standard' : 'Dedicated',
  };
}

export function newAdminCredential(): AdminCredential {
  return { username: 'tributary-admin', password: randomBytes(18).toString('base64url') };
}

function bootstrap(endpoint: string): string[] {
  return endpoint.split(',');
}

const sasl = (admin: AdminCredential) => ({ mechanism: 'SCRAM-SHA-512' as const, username: admin.username, password: admin.password });

export async function createTopic(endpoint: string, admin: AdminCredential, topic: string, replicas: number): Promise<void> {
  const client = new Admin({ clientId: 'int-test-admin', bootstrapBrokers: bootstrap(endpoint), sasl: sasl(admin), retries: 10, retryDelay: 500 });
  try {
    await client.createTopics({ topics: [topic], partitions: 1, replicas });
  } finally {
    await client.close();
  }
}

export async function produceOne(endpoint: string, admin: AdminCredential, topic: string, value: string): Promise<void> {
  const producer = new Producer({
    clientId: 'int-test-producer',
    bootstrapBrokers: bootstrap(endpoint),
    sasl: sasl(admin),
    serializers: stringSerializers,
    retries: 10,
    retryDelay: 500,
  });
  try {
    await producer.send({ messages: [{ topic, key: 'k', value }], acks: -1 });
  } finally {
    await producer.close();
  }
}

export async function consumeOne(endpoint: string, admin: AdminCredential, topic: string, timeoutMs = 30_000): Promise<string> {
  const consumer = new Consumer({
    groupId: `int-test-${randomBytes(4).toString('hex')}`,
    clientId: 'int-test-consumer',
    bootstrapBrokers: bootstrap(endpoint),
    sasl: sasl(admin),
    deserializers: stringDeserializers,
    retries: 10,
    retryDelay: 500,
  });
  try {
    const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: false, maxWaitTime: 500 });
    const timer = setTimeout(() => stream.destroy(new Error(`no message on ${topic} within ${timeoutMs} ms`)), timeoutMs);
    try {
      for await (const message of stream) return message.value as string;
      throw new Error('stream ended without a message');
    } finally {
      clearTimeout(timer);
      await stream.close();
    }
  } finally {
    await consumer.close(true);
  }
}

/** Resolves true if the credential can fetch metadata, false if the brokers refuse it. */
export async function canAuthenticate(endpoint: string, admin: AdminCredential): Promise<boolean> {
  const client = new Admin({ clientId: 'int-test-auth', bootstrapBrokers: bootstrap(endpoint), sasl: sasl(admin), retries: 0 });
  try {
    await client.metadata({ topics: [] });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

export async function scrapeMetrics(host: string, port: number): Promise<string> {
  const res = await fetch(`http://${host}:${port}/metrics`);
  if (!res.ok) throw new Error(`GET /metrics -> ${res.status}`);
  return res.text();
}

/** Value of a sample `name{labels}` (or `name` with no labels) in Prometheus text, or undefined. */
export function metricValue(text: string, series: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith(`${series} `)) return Number(line.slice(series.length + 1));
  }
  return undefined;
}
