import { type Admin, type Connection, kGetBootstrapConnection } from '@platformatic/kafka';

/**
 * A pooled, SASL-authenticated connection to the first reachable broker (bootstrap list first,
 * then brokers learned from metadata). In KRaft mode any broker forwards controller-bound requests
 * (SCRAM changes, reassignments, topic creation) to the active controller, so one broker suffices
 * for the requests the Admin class does not wrap.
 */
export function anyBrokerConnection(admin: Admin): Promise<Connection> {
  return new Promise((resolve, reject) => {
    admin[kGetBootstrapConnection]((error, connection) => {
      if (error || !connection) reject(error ?? new Error('no broker connection available'));
      else resolve(connection);
    });
  });
}
