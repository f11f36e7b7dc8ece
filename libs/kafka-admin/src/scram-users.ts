import { type Admin, alterUserScramCredentialsV0 } from '@platformatic/kafka';
import { anyBrokerConnection } from './broker-connection';
import { toKafkaAdminError } from './error-mapping';
import { describeUserScramCredentialsV0 } from '@platformatic/kafka';
import { SCRAM_SHA_512_MECHANISM, scramSha512Upsertion, type ScramUpsertion } from './scram-credentials';

/** Creates the user or replaces its password (an upsert is naturally idempotent). */
export async function upsertScramSha512User(
  admin: Admin,
  username: string,
  password: string,
  iterations?: number,
): Promise<void> {
  const upsertion = scramSha512Upsertion(username, password, iterations);
  try {
    const connection = await anyBrokerConnection(admin);
    await alterUserScramCredentialsV0.api.async(connection, [], [upsertion]);
  } catch (error) {
    throw toKafkaAdminError(error);
  }
}

/** Removes the user's SCRAM-SHA-512 credential; a user that does not exist is not an error. */
export async function deleteScramSha512User(admin: Admin, username: string): Promise<void> {
  try {
    const connection = await anyBrokerConnection(admin);
    await alterUserScramCredentialsV0.api.async(
      connection,
      [{ name: username, mechanism: SCRAM_SHA_512_MECHANISM }],
      [],
    );
  } catch (error) {
    const mapped = toKafkaAdminError(error);
    if (mapped.kafkaCode === 'RESOURCE_NOT_FOUND') return;
    throw mapped;
  }
}

/**
 * Puts back a credential computed earlier (salt, iterations, salted password): the same login keeps
 * working without the clear password, which the control plane never keeps.
 */
export async function applyScramUpsertion(admin: Admin, upsertion: ScramUpsertion): Promise<void> {
  try {
    const connection = await anyBrokerConnection(admin);
    await alterUserScramCredentialsV0.api.async(connection, [], [upsertion]);
  } catch (error) {
    throw toKafkaAdminError(error);
  }
}

/** Every user that has a SCRAM-SHA-512 credential on the cluster (one request, all users). */
export async function listScramSha512Users(admin: Admin): Promise<string[]> {
  try {
    const connection = await anyBrokerConnection(admin);
    const response = await describeUserScramCredentialsV0.api.async(connection, []);
    return response.results
      .filter((r) => r.errorCode === 0 && r.credentialInfos.some((c) => c.mechanism === SCRAM_SHA_512_MECHANISM))
      .map((r) => r.user);
  } catch (error) {
    const mapped = toKafkaAdminError(error);
    // No SCRAM user at all is reported as an error by some brokers.
    if (mapped.kafkaCode === 'RESOURCE_NOT_FOUND') return [];
    throw mapped;
  }
}
