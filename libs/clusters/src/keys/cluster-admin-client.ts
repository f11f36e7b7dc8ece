import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import { KafkaAdmin } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { AdminCredentialVault } from './admin-credential-vault';

/** Opens the control plane's admin connection to a cluster for the length of one operation. */
@Injectable()
export class ClusterAdminClient {
  constructor(private readonly vault: AdminCredentialVault) {}

  async with<T>(cluster: Cluster, fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
    if (!cluster.bootstrapEndpoint) throw new AppError('conflict', `Cluster ${cluster.id} has no running brokers yet`);
    const admin = new KafkaAdmin({ bootstrap: cluster.bootstrapEndpoint, ...this.vault.credentialFor(cluster) });
    try {
      return await fn(admin);
    } finally {
      await admin.close().catch(() => undefined);
    }
  }
}
