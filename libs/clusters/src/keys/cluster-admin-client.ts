import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import { minInsyncReplicas } from '@tributary/catalog';
import { KafkaAdmin, userPrincipal, type AclSyncResult, type BrokerAcl } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import type { BrokerAdminConnector, BrokerAdminTarget } from '../reconciler/broker-admin';
import { raiseReplicationFactor } from '../reconciler/replication-raiser';
import { AdminCredentialVault, CLUSTER_ADMIN_USERNAME } from './admin-credential-vault';

/** The control plane's own super user: its bindings (none today) are never the reconciler's to remove. */
const UNTOUCHABLE = new Set([userPrincipal(CLUSTER_ADMIN_USERNAME)]);

/** Opens the control plane's admin connection to a cluster for the length of one operation. */
@Injectable()
export class ClusterAdminClient implements BrokerAdminConnector {
  constructor(private readonly vault: AdminCredentialVault) {}

  /** Through the bootstrap endpoint last observed (the API's use). */
  with<T>(cluster: Cluster, fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
    if (!cluster.bootstrapEndpoint) throw new AppError('conflict', `Cluster ${cluster.id} has no running brokers yet`);
    return this.withAdmin(cluster, cluster.bootstrapEndpoint, fn);
  }

  /** Through a bootstrap the caller just observed (the reconciler's use). */
  async withAdmin<T>(cluster: BrokerAdminTarget, bootstrap: string, fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
    const admin = new KafkaAdmin({ bootstrap, ...this.vault.credentialFor(cluster) });
    try {
      return await fn(admin);
    } finally {
      await admin.close().catch(() => undefined);
    }
  }

  /**
   * A key whose SCRAM user exists but that the plan did not cover was created after the plan was
   * read: its bindings (given when it was created) stay until the next pass plans them. Any other
   * principal's bindings that are not desired go: deleted keys', revoked grants', hand-made ones.
   */
  syncAcls(cluster: BrokerAdminTarget, bootstrap: string, desired: readonly BrokerAcl[], plannedKeyIds: ReadonlySet<string>): Promise<AclSyncResult> {
    return this.withAdmin(cluster, bootstrap, async (admin) => {
      const newer = (await admin.listScramUsers()).filter((u) => u !== CLUSTER_ADMIN_USERNAME && !plannedKeyIds.has(u)).map(userPrincipal);
      return admin.syncAcls(desired, new Set([...UNTOUCHABLE, ...newer]));
    });
  }

  async raiseReplicationFactor(cluster: BrokerAdminTarget, bootstrap: string, replicationFactor: number, brokerIds: number[]): Promise<number> {
    const pending = await raiseReplicationFactor(bootstrap, this.vault.credentialFor(cluster), replicationFactor, brokerIds);
    if (pending > 0) return pending;
    // Every partition has its copies in sync: acks=all writes now need as many as the kind promises.
    const minIsr = String(minInsyncReplicas(replicationFactor));
    await this.withAdmin(cluster, bootstrap, async (admin) => {
      const current = (await admin.describeClusterConfigs(brokerIds[0]!)).find((c) => c.name === 'min.insync.replicas');
      if (current?.value !== minIsr) await admin.alterClusterConfigs(brokerIds[0]!, { 'min.insync.replicas': minIsr });
    });
    return 0;
  }
}
