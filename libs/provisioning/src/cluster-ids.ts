import { randomBytes } from 'node:crypto';

/**
 * Identities every provider names its resources with: Tributary's cluster id (a directory name
 * locally, a tag value and security-group name suffix on EC2) and Kafka's own cluster UUID.
 */
const CLUSTER_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function isValidClusterId(clusterId: string): boolean {
  return CLUSTER_ID.test(clusterId);
}

export function assertValidClusterId(clusterId: string): void {
  if (!isValidClusterId(clusterId)) {
    throw new Error(`invalid cluster id ${JSON.stringify(clusterId)}: expected [a-z0-9][a-z0-9-]{0,62}`);
  }
}

/** Kafka's Uuid string form (base64url of 16 bytes); like Kafka's own, never starting with '-' (CLI parsers). */
export function newKafkaUuid(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
