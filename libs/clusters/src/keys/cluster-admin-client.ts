import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import { minInsyncReplicas } from '@tributary/catalog';
import { KafkaAdmin } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import type { BrokerAdminConnector, BrokerAdminTarget } from '../reconciler/broker-admin';
import { raiseReplicationFactor } from '../reconciler/replication-raiser';
import { AdminCredentialVault } from './admin-credential-vault';

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
