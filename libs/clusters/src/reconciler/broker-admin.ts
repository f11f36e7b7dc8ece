import type { AclSyncResult, BrokerAcl, KafkaAdmin } from '@tributary/kafka-admin';
import type { ClientQuotaRates, ClientQuotaSync } from '@tributary/kafka-admin';

/**
 * The broker-side operations the reconciler needs, as a port: the real one is the control plane's
 * admin connection (`ClusterAdminClient`, SASL/SCRAM as the cluster's super user); reconciler unit
 * tests use the brokers of `FakeCloudProvider`.
 */
export type ReconcilerBrokerAdmin = Pick<
  KafkaAdmin,
  'describeBrokers' | 'reassignmentsInProgress' | 'reassignPartitionsOffBrokers' | 'reassignPartitionsOnto' | 'listScramUsers' | 'restoreScramCredential' | 'grantClusterAccess'
>;

export interface BrokerAdminTarget {
  id: string;
  adminPasswordEnc: string;
}

export interface BrokerAdminConnector {
  /** Opens an admin connection to `bootstrap` for the length of `fn`. */
  withAdmin<T>(cluster: BrokerAdminTarget, bootstrap: string, fn: (admin: ReconcilerBrokerAdmin) => Promise<T>): Promise<T>;
  /**
   * For in-place kind upgrades: raises every partition to `replicationFactor` over `brokerIds` (and,
   * once done, the cluster-wide min.insync.replicas to match). Returns the partitions still being
   * copied (0: done). Optional: connectors that cannot (the reconciler's fake) leave it out.
   */
  raiseReplicationFactor?(cluster: BrokerAdminTarget, bootstrap: string, replicationFactor: number, brokerIds: number[]): Promise<number>;
  /**
   * Makes the cluster's ACL bindings exactly `desired` (planned for the keys `plannedKeyIds`), leaving
   * alone the control plane's super user and keys created since the plan was read. Optional:
   * connectors that cannot (the reconciler's fake) leave it out.
   */
  syncAcls?(cluster: BrokerAdminTarget, bootstrap: string, desired: readonly BrokerAcl[], plannedKeyIds: ReadonlySet<string>): Promise<AclSyncResult>;
}

export const BROKER_ADMIN = Symbol('BROKER_ADMIN');

/** Client quotas a cluster's brokers should enforce on every client, and why (shown in its status). */
export interface DesiredClientQuotas {
  rates: ClientQuotaRates;
  reason: string;
}

/** Makes the brokers' default-user byte-rate quotas `rates` (null: none), through the admin connection. */
export interface ClientQuotasConnector {
  sync(cluster: BrokerAdminTarget, bootstrap: string, rates: ClientQuotaRates | null): Promise<ClientQuotaSync>;
}
