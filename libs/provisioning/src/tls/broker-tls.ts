import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PemKeyPair } from './cluster-ca';

/** A node's TLS material on disk, as Kafka 4 reads it (PEM key stores, no JKS/PKCS12 conversion). */
export interface NodeTlsFiles {
  /** The node's PKCS#8 key followed by its certificate (mode 0600). */
  keystore: string;
  /** The cluster CA's certificate: the only issuer a node or client is trusted by. */
  truststore: string;
}

/** The listeners of `infra/kafka/broker.properties.tmpl`, by their `listener.name.<x>` prefix. */
const LISTENERS = ['client', 'internal', 'controller'] as const;

export async function writeNodeTlsFiles(dir: string, ca: Pick<PemKeyPair, 'certificatePem'>, node: Pick<PemKeyPair, 'certificatePem' | 'privateKeyPem'>): Promise<NodeTlsFiles> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const files = { keystore: join(dir, 'keystore.pem'), truststore: join(dir, 'truststore.pem') };
  await writeFile(files.keystore, node.privateKeyPem + node.certificatePem, { mode: 0o600 });
  await writeFile(files.truststore, ca.certificatePem, { mode: 0o644 });
  return files;
}

/**
 * The `server.properties` lines that put every listener of the template on TLS (the template's
 * `{{EXTRA_PROPERTIES}}`, with the protocols set to SASL_SSL). Clients authenticate with SCRAM over
 * TLS and check the node's name against its certificate; nodes also require each other's certificate
 * (mutual TLS on the inter-broker and controller listeners), so a process without a certificate of
 * this cluster's CA cannot even start a SASL exchange with them. The unprefixed `ssl.*` lines are the
 * client side of a node's own connections to its peers (replication, the controller quorum).
 */
export function brokerTlsProperties(files: NodeTlsFiles): Record<string, string> {
  const stores = (prefix: string): Record<string, string> => ({
    [`${prefix}ssl.keystore.type`]: 'PEM',
    [`${prefix}ssl.keystore.location`]: files.keystore,
    [`${prefix}ssl.truststore.type`]: 'PEM',
    [`${prefix}ssl.truststore.location`]: files.truststore,
  });
  const props: Record<string, string> = { ...stores(''), 'ssl.endpoint.identification.algorithm': 'https' };
  for (const listener of LISTENERS) Object.assign(props, stores(`listener.name.${listener}.`));
  props['listener.name.internal.ssl.client.auth'] = 'required';
  props['listener.name.controller.ssl.client.auth'] = 'required';
  return props;
}
