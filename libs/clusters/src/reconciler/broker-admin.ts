import type { KafkaAdmin } from '@tributary/kafka-admin';

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
}

export const BROKER_ADMIN = Symbol('BROKER_ADMIN');
