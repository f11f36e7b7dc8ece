import { ProduceAcks, Producer } from '@platformatic/kafka';
import { expect, type Page } from '@playwright/test';
import { csrf } from './api';
import type { ClientSettings } from './kafka';

/**
 * For the message browser journey: a running cluster, a topic with a setting of its own, a cluster
 * API key's client settings (all through the API with the page's session), and a real Kafka
 * producer writing keys, binary and JSON values and headers to chosen partitions.
 */

export async function launchRunningCluster(page: Page, env: string, name: string): Promise<string> {
  const created = await page.request.post('/cmk/v2/clusters', {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { spec: { display_name: name, availability: 'SINGLE_ZONE', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: env } } },
  });
  expect(created.status(), await created.text()).toBe(202);
  const id = (await created.json()).id as string;
  await expect
    .poll(async () => (await (await page.request.get(`/cmk/v2/clusters/${id}?environment=${env}`)).json()).status?.phase as string, { timeout: 150_000, intervals: [2000] })
    .toBe('PROVISIONED');
  return id;
}

export async function createTopicWithConfigs(page: Page, clusterId: string, topic: string, partitions: number, configs: Record<string, string>): Promise<void> {
  const res = await page.request.post(`/kafka/v3/clusters/${clusterId}/topics`, {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { topic_name: topic, partitions_count: partitions, configs: Object.entries(configs).map(([name, value]) => ({ name, value })) },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** A cluster API key owned by the signed-in user, as the settings a Kafka client needs. */
export async function clusterKeySettings(page: Page, env: string, clusterId: string): Promise<ClientSettings> {
  const me = await (await page.request.get('/api/auth/me')).json();
  const res = await page.request.post('/iam/v2/api-keys', {
    headers: { 'x-csrf-token': me.csrf_token as string },
    data: { spec: { display_name: 'messages-e2e', description: '', owner: { id: me.user.id as string }, resource: { id: clusterId, environment: env } } },
  });
  expect(res.status(), await res.text()).toBe(202);
  const key = await res.json();
  const cluster = await (await page.request.get(`/cmk/v2/clusters/${clusterId}?environment=${env}`)).json();
  const endpoint = cluster.spec.kafka_bootstrap_endpoint as string;
  const m = /^([A-Za-z_]+):\/\/(.*)$/.exec(endpoint);
  return { servers: (m ? m[2] : endpoint).split(','), protocol: m ? m[1] : 'SASL_PLAINTEXT', mechanism: 'SCRAM-SHA-512', username: key.id as string, password: key.spec.secret as string };
}

export interface RecordToWrite {
  partition: number;
  key?: Buffer;
  value: Buffer;
  headers?: Record<string, Buffer>;
}

/** Writes the records in order with acks=all, as an application would. */
export async function produceRecords(s: ClientSettings, topic: string, records: RecordToWrite[]): Promise<void> {
  const producer = new Producer({
    clientId: 'e2e-messages-producer',
    bootstrapBrokers: s.servers,
    sasl: { mechanism: 'SCRAM-SHA-512' as const, username: s.username, password: s.password },
    connectTimeout: 5_000,
    retries: 5,
    retryDelay: 1_000,
    acks: ProduceAcks.ALL,
  });
  try {
    for (const r of records) {
      await producer.send({
        messages: [
          {
            topic,
            partition: r.partition,
            value: r.value,
            ...(r.key ? { key: r.key } : {}),
            ...(r.headers ? { headers: new Map(Object.entries(r.headers).map(([k, v]) => [Buffer.from(k), v])) } : {}),
          },
        ],
      });
    }
  } finally {
    await producer.close().catch(() => undefined);
  }
}
