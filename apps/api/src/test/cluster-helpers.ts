import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { waitFor, type ApiClient, type Credentials, type WorkerProcess } from '@tributary/testing';

export interface ClusterJson {
  id: string;
  spec: { kafka_bootstrap_endpoint: string; environment: { id: string }; config: { kind: string; cku?: number } };
  status: { phase: string; brokers: { id: number; state: string; host: string; port: number; controller: boolean }[]; conditions: { type: string; status: string; message: string }[]; failure_reason?: string };
}

export function bootstrapOf(c: ClusterJson): string {
  return c.spec.kafka_bootstrap_endpoint.replace(/^SASL_PLAINTEXT:\/\//, '');
}

export async function createCluster(api: ApiClient, as: Credentials, environmentId: string, config: Record<string, unknown>, name = 'test'): Promise<ClusterJson> {
  const res = await api.post('/cmk/v2/clusters', { spec: { display_name: name, cloud: 'LOCAL', region: 'local', config, environment: { id: environmentId } } }, as);
  if (res.status !== 202) throw new Error(`cluster create: ${res.status} ${res.text}`);
  return res.body as ClusterJson;
}

export async function getCluster(api: ApiClient, as: Credentials, c: { id: string; spec: { environment: { id: string } } }) {
  return api.get<ClusterJson>(`/cmk/v2/clusters/${c.id}?environment=${c.spec.environment.id}`, as);
}

export async function waitForPhase(api: ApiClient, as: Credentials, c: ClusterJson, phase: string, worker?: WorkerProcess, timeoutMs = 120_000): Promise<ClusterJson> {
  let last: ClusterJson | undefined;
  return waitFor(
    async () => {
      const res = await getCluster(api, as, c);
      last = res.body;
      if (res.status === 200 && res.body.status.phase === 'FAILED' && phase !== 'FAILED') throw new Error(`cluster FAILED: ${res.body.status.failure_reason}`);
      return res.status === 200 && res.body.status.phase === phase ? res.body : undefined;
    },
    { timeoutMs, intervalMs: 300, describe: () => `${c.id} never reached ${phase}; last status ${JSON.stringify(last?.status)}\nworker logs:\n${worker?.logs().slice(-4000) ?? ''}` },
  );
}

export async function waitForGone(api: ApiClient, as: Credentials, c: ClusterJson, worker?: WorkerProcess): Promise<void> {
  await waitFor(async () => ((await getCluster(api, as, c)).status === 404 ? true : undefined), {
    timeoutMs: 60_000,
    describe: () => `${c.id} was never removed\n${worker?.logs().slice(-4000) ?? ''}`,
  });
}

/** Java processes whose command line names this cluster (and node): the truth about duplicates. */
export function brokerPids(clusterId: string, nodeId?: number): number[] {
  const pids: number[] = [];
  const needle = nodeId === undefined ? `/${clusterId}/` : `/${clusterId}/node-${nodeId}/`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('kafka.Kafka') && cmd.includes(needle)) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

export function portAcceptsConnections(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host, port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export function dirExists(path: string): boolean {
  return existsSync(path);
}
