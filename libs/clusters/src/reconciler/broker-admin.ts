import type { AclSyncResult, BrokerAcl, KafkaAdmin } from '@tributary/kafka-admin';

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
   * Makes the cluster's ACL bindings exactly `desired`, leaving the control plane's own super user's
   * alone. Optional: connectors that cannot (the reconciler's fake) leave it out.
   */
  syncAcls?(cluster: BrokerAdminTarget, bootstrap: string, desired: readonly BrokerAcl[]): Promise<AclSyncResult>;
}

export const BROKER_ADMIN = Symbol('BROKER_ADMIN');
