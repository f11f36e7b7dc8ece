import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { scramBootstrapArgument } from '../broker-config/admin-credential';
import { renderTemplate } from '../broker-config/render-template';
import type { AdminCredential } from '../cloud-provider';

/** EC2 caps raw (pre-base64) user data at 16 KB: hence gzip (see encodeUserData). */
export const USER_DATA_LIMIT_BYTES = 16_384;

/** The checked-in files a node's user data is made of (read once per provider). */
export interface AwsInfraFiles {
  cloudInitTemplate: string;
  brokerTemplate: string;
  kafkaPom: string;
  log4jConfig: string;
  jmxExporterConfig: string;
}

export class InfraFilesNotFoundError extends Error {
  override readonly name = 'InfraFilesNotFoundError';
}

/** `infra/` (holding `aws/cloud-init.yaml.tmpl` and `kafka/`): explicit, `TRIBUTARY_INFRA_DIR`, else found above the cwd. */
export function locateInfraDir(infraDir?: string): string {
  const explicit = infraDir ?? process.env['TRIBUTARY_INFRA_DIR'];
  if (explicit) return explicit;
  let dir = resolve(process.cwd());
  for (;;) {
    if (existsSync(join(dir, 'infra', 'aws', 'cloud-init.yaml.tmpl'))) return join(dir, 'infra');
    const parent = dirname(dir);
    if (parent === dir) throw new InfraFilesNotFoundError(`infra/aws/cloud-init.yaml.tmpl not found above ${process.cwd()}; set TRIBUTARY_INFRA_DIR`);
    dir = parent;
  }
}

export function readAwsInfraFiles(infraDir?: string): AwsInfraFiles {
  const dir = locateInfraDir(infraDir);
  const read = (...parts: string[]) => readFileSync(join(dir, ...parts), 'utf8');
  return {
    cloudInitTemplate: read('aws', 'cloud-init.yaml.tmpl'),
    brokerTemplate: read('kafka', 'broker.properties.tmpl'),
    kafkaPom: read('kafka', 'pom.xml'),
    log4jConfig: read('kafka', 'log4j2.properties'),
    jmxExporterConfig: read('kafka', 'jmx-exporter.yml'),
  };
}

export interface BrokerUserDataInput {
  clusterId: string;
  nodeId: number;
  /** Kafka's own cluster id given to `kafka-storage format`. */
  kafkaClusterUuid: string;
  dataVolumeId: string;
  metricsPort: number;
  /** Output of renderBrokerProperties for this node. */
  serverProperties: string;
  admin: AdminCredential;
}

/** Indentation of block values in the template (`content: |` under a list item). */
const BLOCK_INDENT = '      ';

/**
 * A file's text as the body of a YAML literal block (`|`) indented by BLOCK_INDENT: exactly one trailing
 * newline (what `|` keeps), empty lines left empty. Refuses what a literal block cannot carry verbatim.
 */
export function yamlBlock(text: string): string {
  const body = text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  // Tabs and UTF-8 are fine inside a literal block; other control characters are not YAML.
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(body)) throw new Error('block value has control characters YAML cannot carry');
  if (/^ /.test(body)) throw new Error('block value must not start with a space (YAML would misread its indentation)');
  return body
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : BLOCK_INDENT + line))
    .join('\n');
}

/** `#cloud-config` user data for one broker, from infra/aws/cloud-init.yaml.tmpl. */
export function renderBrokerUserData(files: AwsInfraFiles, input: BrokerUserDataInput): string {
  const scalar = (s: string) => {
    if (!/^[A-Za-z0-9._-]+$/.test(s)) throw new Error(`unexpected characters in ${JSON.stringify(s)}`);
    return s;
  };
  const text = renderTemplate(files.cloudInitTemplate, {
    CLUSTER_ID: scalar(input.clusterId),
    NODE_ID: String(input.nodeId),
    KAFKA_CLUSTER_UUID: scalar(input.kafkaClusterUuid),
    DATA_VOLUME_ID: scalar(input.dataVolumeId),
    METRICS_PORT: String(input.metricsPort),
    SERVER_PROPERTIES: yamlBlock(input.serverProperties),
    SCRAM_BOOTSTRAP: yamlBlock(scramBootstrapArgument(input.admin)),
    KAFKA_POM: yamlBlock(files.kafkaPom),
    LOG4J2_PROPERTIES: yamlBlock(files.log4jConfig),
    JMX_EXPORTER_CONFIG: yamlBlock(files.jmxExporterConfig),
  });
  return text;
}

/**
 * RunInstances' `UserData`: the cloud-config gzipped, then base64. Plain, a node's cloud-config is ~18 KB
 * (the embedded pom, metrics rules and server.properties), over EC2's 16 KB; gzipped ~6 KB. cloud-init
 * recognizes gzip by its magic bytes.
 */
export function encodeUserData(cloudConfig: string): string {
  const gz = gzipSync(Buffer.from(cloudConfig, 'utf8'), { level: 9 });
  if (gz.length > USER_DATA_LIMIT_BYTES) {
    throw new Error(`user data is ${gz.length} bytes gzipped; EC2 accepts at most ${USER_DATA_LIMIT_BYTES}`);
  }
  return gz.toString('base64');
}
