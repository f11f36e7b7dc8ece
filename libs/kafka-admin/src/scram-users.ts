import { type Admin, alterUserScramCredentialsV0 } from '@platformatic/kafka';
import { anyBrokerConnection } from './broker-connection';
import { toKafkaAdminError } from './error-mapping';
import { SCRAM_SHA_512_MECHANISM, scramSha512Upsertion } from './scram-credentials';

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
