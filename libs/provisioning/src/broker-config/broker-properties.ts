import { minInsyncReplicas } from '@tributary/catalog';
import type { AdminCredential } from '../cloud-provider';
import { escapePropertyValue, jaasQuote } from './java-properties';
import { renderTemplate } from './render-template';

/** Everything that differs between two nodes' `server.properties`; the rest is in the template. */
export interface BrokerNodeConfig {
  nodeId: number;
  /** True for the combined broker+controller nodes (the static KRaft quorum). */
  isController: boolean;
  /** Address the node binds its listeners to. */
  bindHost: string;
  /** Address other nodes and clients use for this node (same as bindHost locally; a private IP/DNS on EC2). */
  advertisedHost: string;
  clientPort: number;
  internalPort: number;
  /** Only for controllers. */
  controllerPort?: number;
  /** Every controller of the cluster: the static `controller.quorum.voters`. */
  voters: ReadonlyArray<{ nodeId: number; host: string; port: number }>;
  rack: string;
  logDirs: string[];
  admin: AdminCredential;
  /** Replication factor for internal topics and the default for new topics (min(3, brokers at creation)). */
  replicationFactor: number;
  offsetsTopicPartitions?: number;
  /** Security protocols; SASL_PLAINTEXT locally, SASL_SSL on EC2 (keystore lines then go in extraProperties). */
  clientSecurityProtocol?: 'SASL_PLAINTEXT' | 'SASL_SSL';
  internalSecurityProtocol?: 'SASL_PLAINTEXT' | 'SASL_SSL';
  controllerSecurityProtocol?: 'SASL_PLAINTEXT' | 'SASL_SSL';
  /** Provider-specific properties appended at the end (values escaped here). */
  extraProperties?: Readonly<Record<string, string>>;
}

const SCRAM_MODULE = 'org.apache.kafka.common.security.scram.ScramLoginModule';
const PLAIN_MODULE = 'org.apache.kafka.common.security.plain.PlainLoginModule';

/** Values for every placeholder of `infra/kafka/broker.properties.tmpl`, escaped for the properties format. */
export function brokerTemplateValues(node: BrokerNodeConfig): Record<string, string> {
  if (node.isController && node.controllerPort === undefined) {
    throw new Error(`node ${node.nodeId} is a controller but has no controller port`);
  }
  if (node.voters.length === 0) throw new Error('a KRaft cluster needs at least one controller (voter)');
  const { username, password } = node.admin;
  const listeners = [
    `CLIENT://${node.bindHost}:${node.clientPort}`,
    `INTERNAL://${node.bindHost}:${node.internalPort}`,
    ...(node.isController ? [`CONTROLLER://${node.bindHost}:${node.controllerPort}`] : []),
  ];
  const advertised = [`CLIENT://${node.advertisedHost}:${node.clientPort}`, `INTERNAL://${node.advertisedHost}:${node.internalPort}`];
  const minIsr = minInsyncReplicas(node.replicationFactor);
  const extra = Object.entries(node.extraProperties ?? {})
    .map(([key, value]) => `${key}=${escapePropertyValue(value)}`)
    .join('\n');
  const raw: Record<string, string> = {
    NODE_ID: String(node.nodeId),
    PROCESS_ROLES: node.isController ? 'broker,controller' : 'broker',
    CONTROLLER_QUORUM_VOTERS: node.voters.map((v) => `${v.nodeId}@${v.host}:${v.port}`).join(','),
    BROKER_RACK: node.rack,
    LISTENERS: listeners.join(','),
    ADVERTISED_LISTENERS: advertised.join(','),
    CLIENT_SECURITY_PROTOCOL: node.clientSecurityProtocol ?? 'SASL_PLAINTEXT',
    INTERNAL_SECURITY_PROTOCOL: node.internalSecurityProtocol ?? 'SASL_PLAINTEXT',
    CONTROLLER_SECURITY_PROTOCOL: node.controllerSecurityProtocol ?? 'SASL_PLAINTEXT',
    // Server side of the client listener: credentials come from the metadata log, none configured here.
    CLIENT_SCRAM_JAAS: `${SCRAM_MODULE} required;`,
    // Used both to accept replication connections and (username/password) to open them as the admin.
    INTERNAL_SCRAM_JAAS: `${SCRAM_MODULE} required username=${jaasQuote(username)} password=${jaasQuote(password)};`,
    // Controllers accept user_<name>; every node logs in to the quorum with username/password.
    CONTROLLER_PLAIN_JAAS:
      `${PLAIN_MODULE} required username=${jaasQuote(username)} password=${jaasQuote(password)}` +
      ` user_${username}=${jaasQuote(password)};`,
    ADMIN_USERNAME: username,
    LOG_DIRS: node.logDirs.join(','),
    REPLICATION_FACTOR: String(node.replicationFactor),
    MIN_INSYNC_REPLICAS: String(minIsr),
    OFFSETS_TOPIC_PARTITIONS: String(node.offsetsTopicPartitions ?? 50),
  };
  const escaped = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, escapePropertyValue(v)]));
  return { ...escaped, EXTRA_PROPERTIES: extra };
}

/** Render `infra/kafka/broker.properties.tmpl` (passed as text) for one node. */
export function renderBrokerProperties(template: string, node: BrokerNodeConfig): string {
  return renderTemplate(template, brokerTemplateValues(node));
}
