import { execFile, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AdminCredential } from '../cloud-provider';
import { scramBootstrapArgument } from '../broker-config/admin-credential';
import type { NodePaths } from './cluster-layout';
import { baseJvmArgs, brokerJvmArgs, type JvmOptions } from './jvm-options';
import type { KafkaDistribution } from './kafka-distribution';

/** Environment for Kafka JVMs: only what Java needs, none of the control plane's secrets. */
function javaEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'JAVA_HOME', 'TZ']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return env;
}

/** `kafka-storage format` arguments (after the class name) for one node. */
function formatArguments(node: NodePaths, kafkaClusterUuid: string, admin: AdminCredential): string[] {
  return ['format', '--cluster-id', kafkaClusterUuid, '--config', node.config, '--add-scram', scramBootstrapArgument(admin), '--ignore-formatted'];
}

/**
 * `kafka-storage format` for one node: writes meta.properties and, on controllers, the bootstrap
 * metadata with the admin's SCRAM-SHA-512 credential. `--ignore-formatted` makes it idempotent.
 * In a JVM of its own: used when the launcher that formats inside the broker's JVM is not built.
 */
export async function formatNodeStorage(
  javaBin: string,
  dist: KafkaDistribution,
  jvm: JvmOptions,
  node: NodePaths,
  kafkaClusterUuid: string,
  admin: AdminCredential,
): Promise<void> {
  await mkdir(node.logsDir, { recursive: true });
  const args = [
    ...baseJvmArgs(dist, { ...jvm, heap: '128m' }, node.logsDir),
    '-cp',
    dist.classpath,
    'kafka.tools.StorageTool',
    ...formatArguments(node, kafkaClusterUuid, admin),
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(javaBin, args, { env: javaEnv(), timeout: 120_000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return resolve();
      const output = `${stdout}\n${stderr}`.split(admin.password).join('***').trim().split('\n').slice(-15).join('\n');
      reject(new Error(`kafka-storage format failed for ${node.config}: ${err.message.split(admin.password).join('***')}\n${output}`));
    });
  });
}

/** Storage to format in the broker's own first start (needs `dist.launcherJar`). */
export interface FirstStart {
  kafkaClusterUuid: string;
  admin: AdminCredential;
}

/** A started broker: its pid, and a promise settled when that process exits (whoever ended it). */
export interface SpawnedBroker {
  pid: number;
  exited: Promise<void>;
}

/**
 * Start a broker JVM detached from this process (own session and process group, stdio to a file in the
 * node dir), so it outlives the api/worker that started it. Writes its pid file. With `firstStart` and
 * the launcher built, the JVM formats the node's storage itself before the broker starts. While this process
 * lives, it still learns of the broker's exit at once (`exited`), without keeping the event loop alive.
 */
export async function spawnBroker(
  javaBin: string,
  dist: KafkaDistribution,
  jvm: JvmOptions,
  node: NodePaths,
  metrics: { host: string; port: number },
  firstStart?: FirstStart,
): Promise<SpawnedBroker> {
  await mkdir(node.logsDir, { recursive: true });
  const formatInJvm = firstStart !== undefined && dist.launcherJar !== null;
  if (formatInJvm) {
    // Read and deleted by the launcher before anything else: the password never sits in argv.
    await writeFile(node.formatArgs, formatArguments(node, firstStart.kafkaClusterUuid, firstStart.admin).join('\n') + '\n', { mode: 0o600 });
  }
  const args = brokerJvmArgs(dist, jvm, {
    logsDir: node.logsDir,
    config: node.config,
    metricsHost: metrics.host,
    metricsPort: metrics.port,
    ...(formatInJvm ? { formatArgsFile: node.formatArgs } : {}),
  });
  const out = openSync(node.stdoutLog, 'a');
  try {
    const child = spawn(javaBin, args, { cwd: node.dir, detached: true, stdio: ['ignore', out, out], env: javaEnv() });
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => resolve(child.pid as number));
    });
    child.removeAllListeners('error');
    child.on('error', () => undefined);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.unref();
    await writeFile(node.pidFile, `${pid}\n`);
    return { pid, exited };
  } finally {
    closeSync(out);
  }
}
