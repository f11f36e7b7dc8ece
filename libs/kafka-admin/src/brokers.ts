import { type Admin, DescribeClusterEndpointTypes, describeClusterV1 } from '@platformatic/kafka';
import { anyBrokerConnection } from './broker-connection';
import { mapKafkaErrors, toKafkaAdminError } from './error-mapping';
import { KafkaAdminError } from './kafka-admin-error';
import type { ClusterDescription } from './types';

export async function describeBrokers(admin: Admin): Promise<ClusterDescription> {
  const response = await mapKafkaErrors(async () => {
    const connection = await anyBrokerConnection(admin);
    return describeClusterV1.api.async(connection, false, DescribeClusterEndpointTypes.BROKERS);
  });
  return {
    clusterId: response.clusterId,
    controllerId: response.controllerId,
    brokers: response.brokers
      .map((b) => ({ id: b.brokerId, host: b.host, port: b.port, rack: b.rack ?? null }))
      .sort((a, b) => a.id - b.id),
  };
}

/** A count means "at least this many brokers registered"; a list means "all of these ids". */
export type ExpectedBrokers = number | readonly number[];

export function brokersSatisfy(cluster: ClusterDescription, expected: ExpectedBrokers): boolean {
  const ids = new Set(cluster.brokers.map((b) => b.id));
  if (typeof expected === 'number') return ids.size >= expected;
  return expected.every((id) => ids.has(id));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls DescribeCluster until the expected brokers are registered and answering. Connection
 * failures while brokers start are expected and retried; an authentication failure is not
 * (it will not fix itself) and is thrown at once.
 */
export async function waitUntilReady(
  admin: Admin,
  expected: ExpectedBrokers,
  timeoutMs: number,
  pollIntervalMs = 500,
): Promise<ClusterDescription> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  for (;;) {
    try {
      const cluster = await describeBrokers(admin);
      if (brokersSatisfy(cluster, expected)) return cluster;
      lastProblem = `brokers registered: [${cluster.brokers.map((b) => b.id).join(', ')}]`;
    } catch (error) {
      const mapped = toKafkaAdminError(error);
      if (mapped.kind === 'AUTH_FAILED') throw mapped;
      lastProblem = mapped.message;
    }
    if (Date.now() + pollIntervalMs > deadline) {
      throw new KafkaAdminError(
        'UNAVAILABLE',
        `Cluster not ready after ${timeoutMs} ms (expected ${JSON.stringify(expected)}): ${lastProblem}`,
      );
    }
    await sleep(pollIntervalMs);
  }
}
