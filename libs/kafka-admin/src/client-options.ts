import type { BaseOptions } from '@platformatic/kafka';

/** Splits "host1:9092,host2:9092" into the broker list @platformatic/kafka expects. */
export function parseBootstrap(bootstrap: string): string[] {
  const brokers = bootstrap
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (brokers.length === 0) throw new Error('bootstrap must name at least one host:port');
  return brokers;
}

/** Connection options shared by the admin, producer and consumer clients. */
export function saslScramClientOptions(
  clientId: string,
  bootstrap: string,
  credentials: { username: string; password: string },
): BaseOptions {
  return {
    clientId,
    bootstrapBrokers: parseBootstrap(bootstrap),
    sasl: { mechanism: 'SCRAM-SHA-512', username: credentials.username, password: credentials.password },
    connectTimeout: 5_000,
    requestTimeout: 30_000,
    retries: 2,
    retryDelay: 250,
    metadataMaxAge: 5_000,
  };
}
