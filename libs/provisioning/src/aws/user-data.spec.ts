import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderBrokerProperties } from '../broker-config/broker-properties';
import { launchToken, resourceToken } from './ec2-tags';
import { encodeUserData, readAwsInfraFiles, renderBrokerUserData, USER_DATA_LIMIT_BYTES, yamlBlock } from './user-data';

const files = readAwsInfraFiles();
const admin = { username: 'tributary-admin', password: 'pa55word-with.symbols!{|}#:' };
const serverProperties = renderBrokerProperties(files.brokerTemplate, {
  nodeId: 2,
  isController: true,
  bindHost: '172.31.5.6',
  advertisedHost: 'ec2-3-4-5-6.compute-1.amazonaws.com',
  clientPort: 9092,
  internalPort: 9093,
  controllerPort: 9094,
  voters: [
    { nodeId: 1, host: '172.31.1.1', port: 9094 },
    { nodeId: 2, host: '172.31.5.6', port: 9094 },
    { nodeId: 3, host: '172.31.9.9', port: 9094 },
  ],
  rack: 'us-east-1b',
  logDirs: ['/var/lib/kafka/data'],
  admin,
  replicationFactor: 3,
});
const input = { clusterId: 'lkc-abc123', nodeId: 2, kafkaClusterUuid: 'MkU3OEVBNTcwNTJENDM2Qk', dataVolumeId: 'vol-0123456789abcdef0', metricsPort: 9404, serverProperties, admin };

type CloudConfig = { write_files: Array<{ path: string; content: string; permissions: string }>; runcmd: string[][] };

describe('renderBrokerUserData (infra/aws/cloud-init.yaml.tmpl)', () => {
  const text = renderBrokerUserData(files, input);
  const doc = parseYaml(text) as CloudConfig;
  const file = (path: string) => doc.write_files.find((f) => f.path === path);

  it('is cloud-config that carries server.properties byte for byte', () => {
    expect(text.split('\n')[0]).toBe('#cloud-config');
    expect(file('/etc/kafka/server.properties')?.content).toBe(serverProperties.replace(/\n*$/, '\n'));
    expect(file('/etc/kafka/server.properties')?.permissions).toBe('0600');
  });

  it('embeds infra/kafka\'s own pom, logging and metrics rules verbatim (one source of truth)', () => {
    expect(file('/opt/kafka/pom.xml')?.content).toBe(files.kafkaPom.replace(/\n*$/, '\n'));
    expect(file('/opt/kafka/jmx-exporter.yml')?.content).toBe(files.jmxExporterConfig.replace(/\n*$/, '\n'));
    expect(file('/opt/kafka/log4j2.properties')?.content).toBe(files.log4jConfig.replace(/\n*$/, '\n'));
  });

  it('formats storage with the admin SCRAM credential and starts Kafka under systemd', () => {
    expect(file('/etc/kafka/admin-scram')?.content).toBe(`SCRAM-SHA-512=[name=${admin.username},password=${admin.password}]\n`);
    const script = file('/usr/local/sbin/tributary-bootstrap')?.content ?? '';
    expect(script).toMatch(/^#!\/bin\/bash\n/);
    expect(script).toContain('java-17-amazon-corretto-headless');
    expect(script).toContain('kafka.tools.StorageTool format');
    expect(script).toContain('--add-scram "$(cat /etc/kafka/admin-scram)"');
    expect(script).toContain('https://repo1.maven.org/maven2');
    expect(script).toContain('systemctl enable --now kafka.service');
    const unit = file('/etc/systemd/system/kafka.service')?.content ?? '';
    expect(unit).toContain('-javaagent:/opt/kafka/jmx_prometheus_javaagent.jar=${METRICS_PORT}:/opt/kafka/jmx-exporter.yml');
    expect(unit).toContain('kafka.Kafka /etc/kafka/server.properties');
    expect(file('/etc/tributary/node.env')?.content).toBe(
      'TRIBUTARY_CLUSTER_ID=lkc-abc123\nTRIBUTARY_NODE_ID=2\nKAFKA_CLUSTER_UUID=MkU3OEVBNTcwNTJENDM2Qk\nDATA_VOLUME_ID=vol-0123456789abcdef0\nMETRICS_PORT=9404\n',
    );
    expect(doc.runcmd).toEqual([['/usr/local/sbin/tributary-bootstrap']]);
  });

  it('fits EC2\'s 16 KB once gzipped, and round-trips', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(USER_DATA_LIMIT_BYTES); // why it is gzipped
    const raw = Buffer.from(encodeUserData(text), 'base64');
    expect(raw.length).toBeLessThan(USER_DATA_LIMIT_BYTES / 2);
    expect(gunzipSync(raw).toString('utf8')).toBe(text);
  });
});

describe('yamlBlock', () => {
  it('indents continuation lines and keeps empty lines empty', () => {
    expect(yamlBlock('a\n\n  b\n\n')).toBe('a\n\n        b');
  });
  it('refuses control characters and a leading space', () => {
    expect(() => yamlBlock('a\u0001')).toThrow(/control/);
    expect(() => yamlBlock(' a')).toThrow(/space/);
  });
});

describe('idempotency tokens', () => {
  it('are stable, distinct per node/generation/replacement and within EC2\'s 64 characters', () => {
    const longId = `lkc-${'x'.repeat(59)}`;
    expect(launchToken(longId, 1, 1, 0)).toBe(launchToken(longId, 1, 1, 0));
    expect(launchToken(longId, 1, 1, 0).length).toBeLessThanOrEqual(64);
    expect(resourceToken('eni', longId, 1, 1).length).toBeLessThanOrEqual(64);
    const all = new Set([launchToken('c', 1, 1, 0), launchToken('c', 2, 1, 0), launchToken('c', 1, 2, 0), launchToken('c', 1, 1, 1)]);
    expect(all.size).toBe(4);
  });
});
