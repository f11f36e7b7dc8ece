/**
 * A real Kafka 4 node on TLS with the certificates of a cluster CA (issue 12's first brick): the broker
 * template rendered with every listener SASL_SSL and the PEM key stores brokerTlsProperties names, started
 * the way the LocalProvider starts nodes. Proves Kafka reads our PEM key stores (ECDSA, PKCS#8), that
 * mutual TLS between the node's own listeners works (the controller quorum and replication), and what a
 * client sees: the right CA by the right name gets in; another CA, a name not in the certificate and a
 * plaintext connection are refused.
 */
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBrokerProperties } from '../broker-config/broker-properties';
import type { NodePaths } from '../local/cluster-layout';
import { DEFAULT_JVM_OPTIONS } from '../local/jvm-options';
import { locateKafkaDistribution, readBrokerTemplate } from '../local/kafka-distribution';
import { spawnBroker } from '../local/kafka-process';
import { brokerTlsProperties, writeNodeTlsFiles } from './broker-tls';
import { createClusterCa, issueNodeCertificate, type PemKeyPair } from './cluster-ca';

const admin = { username: 'tributary-admin', password: randomBytes(18).toString('base64url') };
const sasl = { mechanism: 'SCRAM-SHA-512' as const, username: admin.username, password: admin.password };
const root = mkdtempSync(join(tmpdir(), 'tributary-tls-'));
let pid = 0;
let ca: PemKeyPair;
let clientPort = 0;

/** Free loopback ports from the kernel (listen on 0, close): the test owns no fixed range. */
async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let i = 0; i < count; i++) {
    ports.push(
      await new Promise<number>((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : 0;
          server.close(() => resolve(port));
        });
      }),
    );
  }
  return ports;
}

function client(options: { ca?: string; host?: string; tls?: boolean } = {}) {
  const host = options.host ?? 'localhost';
  return {
    clientId: `tls-test-${randomBytes(3).toString('hex')}`,
    bootstrapBrokers: [`${host}:${clientPort}`],
    sasl,
    ...(options.tls === false ? {} : { tls: { ca: options.ca ?? ca.certificatePem } }),
  };
}

async function refused(options: { ca?: string; host?: string; tls?: boolean }): Promise<boolean> {
  const probe = new Admin({ ...client(options), retries: 0, timeout: 10_000 });
  try {
    await probe.listTopics();
    return false;
  } catch {
    return true;
  } finally {
    await probe.close().catch(() => undefined);
  }
}

beforeAll(async () => {
  const dist = locateKafkaDistribution();
  const [client_, internal, controller, metrics] = await freePorts(4);
  clientPort = client_ as number;
  ca = await createClusterCa({ clusterId: 'lkc-tlstest' });
  const nodeCert = await issueNodeCertificate(ca, { commonName: 'lkc-tlstest-1', hosts: ['localhost'] });
  const dir = join(root, 'node-1');
  const tlsFiles = await writeNodeTlsFiles(join(dir, 'tls'), ca, nodeCert);
  const paths: NodePaths = {
    dir,
    config: join(dir, 'server.properties'),
    pidFile: join(dir, 'kafka.pid'),
    dataDir: join(dir, 'data'),
    metaProperties: join(dir, 'data', 'meta.properties'),
    logsDir: join(dir, 'logs'),
    stdoutLog: join(dir, 'stdout.log'),
    formatArgs: join(dir, 'format.args'),
  };
  await mkdir(paths.dataDir, { recursive: true });
  const properties = renderBrokerProperties(readBrokerTemplate(dist), {
    nodeId: 1,
    isController: true,
    bindHost: '127.0.0.1',
    advertisedHost: 'localhost',
    clientPort,
    internalPort: internal as number,
    controllerPort: controller as number,
    voters: [{ nodeId: 1, host: 'localhost', port: controller as number }],
    rack: 'local-1a',
    logDirs: [paths.dataDir],
    admin,
    replicationFactor: 1,
    offsetsTopicPartitions: 1,
    clientSecurityProtocol: 'SASL_SSL',
    internalSecurityProtocol: 'SASL_SSL',
    controllerSecurityProtocol: 'SASL_SSL',
    extraProperties: brokerTlsProperties(tlsFiles),
  });
  await writeFile(paths.config, properties, { mode: 0o600 });
  const javaHome = process.env['JAVA_HOME'];
  const broker = await spawnBroker(javaHome ? `${javaHome}/bin/java` : 'java', dist, DEFAULT_JVM_OPTIONS, paths, { host: '127.0.0.1', port: metrics as number }, {
    kafkaClusterUuid: 'q1Sh-9_ISia_zwGINzRvyQ',
    admin,
  });
  pid = broker.pid;
  // Ready once the admin can create a topic over TLS (generous: a loaded machine starts JVMs slowly).
  const setup = new Admin({ ...client(), retries: 120, retryDelay: 1000 });
  try {
    await setup.createTopics({ topics: ['orders'], partitions: 1, replicas: 1 });
  } finally {
    await setup.close();
  }
});

afterAll(() => {
  if (pid) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  rmSync(root, { recursive: true, force: true });
});

describe('a Kafka node on TLS with its cluster CA', () => {
  it('produces with acks=all and consumes over SASL_SSL, verifying the served CA and the broker name', async () => {
    const producer = new Producer({ ...client(), serializers: stringSerializers, idempotent: true, retries: 10 });
    try {
      await producer.send({ messages: [{ topic: 'orders', key: 'k', value: 'over tls' }], acks: -1 });
    } finally {
      await producer.close();
    }
    const consumer = new Consumer({ ...client(), groupId: `g-${randomBytes(3).toString('hex')}`, deserializers: stringDeserializers });
    try {
      const stream = await consumer.consume({ topics: ['orders'], mode: 'earliest' });
      let value: string | undefined;
      for await (const message of stream) {
        value = message.value;
        break;
      }
      await stream.close();
      expect(value).toBe('over tls');
    } finally {
      await consumer.close(true);
    }
  });

  it('refuses a client trusting another CA, a name not in the certificate, and plaintext', async () => {
    const other = await createClusterCa({ clusterId: 'lkc-other' });
    expect(await refused({ ca: other.certificatePem })).toBe(true);
    // The same listener by its address: the certificate names only 'localhost'.
    expect(await refused({ host: '127.0.0.1' })).toBe(true);
    expect(await refused({ tls: false })).toBe(true);
    // The control: the same probe with the right CA and name gets in.
    expect(await refused({})).toBe(false);
  });
});
