import { expect, type Page } from '@playwright/test';
import { csrf } from './api';
import type { ClientSettings } from './kafka';

/**
 * Clusters, topics and cluster keys set up through the API with the page's session, for the journeys
 * whose subject is something else (consumer groups, messages, the registry's "where used").
 */

/** Asks for a Basic cluster (202) and returns its id; provisioning goes on. */
export async function createCluster(page: Page, env: string, name: string): Promise<string> {
  const created = await page.request.post('/cmk/v2/clusters', {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { spec: { display_name: name, availability: 'SINGLE_ZONE', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: env } } },
  });
  expect(created.status(), await created.text()).toBe(202);
  return (await created.json()).id as string;
}

/** Waits until the cluster is PROVISIONED. */
export async function waitForCluster(page: Page, env: string, clusterId: string, timeoutMs = 150_000): Promise<void> {
  await expect
    .poll(async () => (await (await page.request.get(`/cmk/v2/clusters/${clusterId}?environment=${env}`)).json()).status?.phase as string, { timeout: timeoutMs, intervals: [1000, 2000] })
    .toBe('PROVISIONED');
}

/** A Basic cluster that is PROVISIONED. */
export async function launchRunningCluster(page: Page, env: string, name: string): Promise<string> {
  const id = await createCluster(page, env, name);
  await waitForCluster(page, env, id);
  return id;
}

/** Creates a topic through kafka/v3, with settings of its own if given. */
export async function createTopic(page: Page, clusterId: string, topic: string, partitions = 1, configs: Record<string, string> = {}): Promise<void> {
  const res = await page.request.post(`/kafka/v3/clusters/${clusterId}/topics`, {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { topic_name: topic, partitions_count: partitions, configs: Object.entries(configs).map(([name, value]) => ({ name, value })) },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** A cluster API key owned by the signed-in user, as the settings a Kafka client needs. */
export async function clusterKeySettings(page: Page, env: string, clusterId: string, displayName: string): Promise<ClientSettings> {
  const me = await (await page.request.get('/api/auth/me')).json();
  const res = await page.request.post('/iam/v2/api-keys', {
    headers: { 'x-csrf-token': me.csrf_token as string },
    data: { spec: { display_name: displayName, description: '', owner: { id: me.user.id as string }, resource: { id: clusterId, environment: env } } },
  });
  expect(res.status(), await res.text()).toBe(202);
  const key = await res.json();
  const cluster = await (await page.request.get(`/cmk/v2/clusters/${clusterId}?environment=${env}`)).json();
  const endpoint = cluster.spec.kafka_bootstrap_endpoint as string;
  const m = /^([A-Za-z_]+):\/\/(.*)$/.exec(endpoint);
  return { servers: (m ? m[2] : endpoint).split(','), protocol: m ? m[1] : 'SASL_PLAINTEXT', mechanism: 'SCRAM-SHA-512', username: key.id as string, password: key.spec.secret as string };
}
