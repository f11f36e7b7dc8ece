import type { Cluster } from '@tributary/db';
import type { AdminCredential, Availability, ClusterNodesSpec, NodeStatus } from '@tributary/provisioning';

export function toNodesSpec(cluster: Cluster, admin: AdminCredential): ClusterNodesSpec {
  return {
    clusterId: cluster.id,
    generation: cluster.generation,
    brokerCount: cluster.brokerCount,
    region: cluster.region,
    availability: cluster.availability as Availability,
    storageGiBPerBroker: cluster.storageGiBPerBroker,
    admin,
    kind: cluster.kind as ClusterNodesSpec['kind'],
  };
}

export function readNodes(value: unknown): NodeStatus[] {
  return Array.isArray(value) ? (value as NodeStatus[]) : [];
}

/** `SASL_PLAINTEXT://host:port,…`, as the reference writes bootstrap endpoints (protocol first). */
export function bootstrapUrl(bootstrap: string | null): string {
  return bootstrap ? `SASL_PLAINTEXT://${bootstrap}` : '';
}
