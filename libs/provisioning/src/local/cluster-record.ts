import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Availability } from '@tributary/catalog';
import { newKafkaUuid } from '../cluster-ids';
import type { AdminCredential, ClusterNodesSpec } from '../cloud-provider';
import { formationFor } from '../formation';

/**
 * What a local cluster was formed with, written once at creation (`<root>/<clusterId>/cluster.json`).
 * The controller set and the admin credential are baked into formatted storage, so they are fixed:
 * later specs may add or remove broker-only nodes, not controllers, and must carry the same admin.
 */
export interface LocalClusterRecord {
  version: 1;
  clusterId: string;
  /** Kafka's own cluster id (22-char base64url UUID) given to `kafka-storage format`. */
  kafkaClusterUuid: string;
  /** Static KRaft quorum: 1..min(3, brokerCount at creation). */
  controllerIds: number[];
  replicationFactor: number;
  region: string;
  availability: Availability;
  adminUsername: string;
  /** sha256(salt || password), to refuse a spec whose admin password no longer matches the brokers'. */
  adminPasswordSalt: string;
  adminPasswordHash: string;
  createdAt: string;
}

function hashPassword(salt: string, password: string): string {
  return createHash('sha256').update(Buffer.from(salt, 'base64')).update(password, 'utf8').digest('base64');
}

export function newClusterRecord(spec: ClusterNodesSpec): LocalClusterRecord {
  const { controllerIds, replicationFactor } = formationFor(spec);
  const salt = randomBytes(16).toString('base64');
  return {
    version: 1,
    clusterId: spec.clusterId,
    kafkaClusterUuid: newKafkaUuid(),
    controllerIds,
    replicationFactor,
    region: spec.region,
    availability: spec.availability,
    adminUsername: spec.admin.username,
    adminPasswordSalt: salt,
    adminPasswordHash: hashPassword(salt, spec.admin.password),
    createdAt: new Date().toISOString(),
  };
}

export function adminMatches(record: LocalClusterRecord, admin: AdminCredential): boolean {
  const want = Buffer.from(record.adminPasswordHash, 'base64');
  const got = Buffer.from(hashPassword(record.adminPasswordSalt, admin.password), 'base64');
  return record.adminUsername === admin.username && want.length === got.length && timingSafeEqual(want, got);
}

export async function readClusterRecord(path: string): Promise<LocalClusterRecord | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LocalClusterRecord;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export async function writeClusterRecord(path: string, record: LocalClusterRecord): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp`;
  await writeFile(tmp, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, path);
}

/** Availability zone of a node: one zone, or spread round-robin over three. Also its `broker.rack`. */
export function zoneOf(record: Pick<LocalClusterRecord, 'region' | 'availability'>, nodeId: number): string {
  const letter = record.availability === 'MULTI_ZONE' ? 'abc'[(nodeId - 1) % 3] : 'a';
  return `${record.region}${letter}`;
}
