import { KafkaAdminError, type KafkaAdminErrorKind } from './kafka-admin-error';

/**
 * Turns whatever @platformatic/kafka threw into a KafkaAdminError.
 *
 * The client nests errors: a MultipleErrors ("Cannot connect to any broker.", or a retry summary)
 * holds NetworkErrors whose `cause` is an AuthenticationError, and a ResponseError holds one
 * ProtocolError per failed resource with `apiId` (the Kafka error name) and `serverErrorMessage`
 * (the broker's text). We walk that tree and keep the most specific finding.
 */

const KIND_BY_PROTOCOL_ERROR: Readonly<Record<string, KafkaAdminErrorKind>> = {
  TOPIC_ALREADY_EXISTS: 'TOPIC_EXISTS',
  UNKNOWN_TOPIC_OR_PARTITION: 'TOPIC_NOT_FOUND',
  UNKNOWN_TOPIC_ID: 'TOPIC_NOT_FOUND',
  INVALID_CONFIG: 'INVALID_CONFIG',
  INVALID_TOPIC_EXCEPTION: 'INVALID_CONFIG',
  INVALID_PARTITIONS: 'INVALID_PARTITIONS',
  INVALID_REPLICATION_FACTOR: 'INVALID_REPLICATION_FACTOR',
  INVALID_REPLICA_ASSIGNMENT: 'INVALID_REPLICATION_FACTOR',
  POLICY_VIOLATION: 'POLICY_VIOLATION',
  GROUP_ID_NOT_FOUND: 'GROUP_NOT_FOUND',
  NON_EMPTY_GROUP: 'GROUP_NOT_EMPTY',
  // OffsetCommit outside the generation (what an admin offset change is) on a group with members.
  UNKNOWN_MEMBER_ID: 'GROUP_NOT_EMPTY',
  ILLEGAL_GENERATION: 'GROUP_NOT_EMPTY',
  REBALANCE_IN_PROGRESS: 'GROUP_NOT_EMPTY',
  MESSAGE_TOO_LARGE: 'RECORD_TOO_LARGE',
  RECORD_LIST_TOO_LARGE: 'RECORD_TOO_LARGE',
  INVALID_RECORD: 'INVALID_REQUEST',
  INVALID_TIMESTAMP: 'INVALID_REQUEST',
  CORRUPT_MESSAGE: 'INVALID_REQUEST',
  INVALID_REQUEST: 'INVALID_REQUEST',
  SASL_AUTHENTICATION_FAILED: 'AUTH_FAILED',
  ILLEGAL_SASL_STATE: 'AUTH_FAILED',
  UNSUPPORTED_SASL_MECHANISM: 'AUTH_FAILED',
  BROKER_NOT_AVAILABLE: 'UNAVAILABLE',
  LEADER_NOT_AVAILABLE: 'UNAVAILABLE',
  NOT_CONTROLLER: 'UNAVAILABLE',
  REQUEST_TIMED_OUT: 'UNAVAILABLE',
  NETWORK_EXCEPTION: 'UNAVAILABLE',
  COORDINATOR_NOT_AVAILABLE: 'UNAVAILABLE',
  COORDINATOR_LOAD_IN_PROGRESS: 'UNAVAILABLE',
  NOT_ENOUGH_REPLICAS: 'UNAVAILABLE',
  THROTTLING_QUOTA_EXCEEDED: 'UNAVAILABLE',
};

export function kindForProtocolError(protocolErrorName: string): KafkaAdminErrorKind {
  const known = KIND_BY_PROTOCOL_ERROR[protocolErrorName];
  if (known) return known;
  if (protocolErrorName.endsWith('_AUTHORIZATION_FAILED')) return 'AUTH_FAILED';
  return 'UNKNOWN';
}

interface Finding {
  kind: KafkaAdminErrorKind;
  message: string;
  kafkaCode: string;
}

const CLIENT_CODE_KIND: Readonly<Record<string, KafkaAdminErrorKind>> = {
  PLT_KFK_AUTHENTICATION: 'AUTH_FAILED',
  PLT_KFK_NETWORK: 'UNAVAILABLE',
  PLT_KFK_TIMEOUT: 'UNAVAILABLE',
};

function stringField(value: object, field: string): string | null {
  const candidate: unknown = (value as Record<string, unknown>)[field];
  return typeof candidate === 'string' ? candidate : null;
}

function childErrors(value: object): unknown[] {
  const children: unknown[] = [];
  const errors: unknown = (value as Record<string, unknown>)['errors'];
  if (Array.isArray(errors)) children.push(...(errors as unknown[]));
  const cause: unknown = (value as Record<string, unknown>)['cause'];
  if (cause !== undefined && cause !== null) children.push(cause);
  return children;
}

/** Depth-first; protocol findings from the broker outrank client-side ones (network, timeout). */
function collectFindings(value: unknown, protocol: Finding[], client: Finding[], depth = 0): void {
  if (depth > 8 || typeof value !== 'object' || value === null) return;
  const apiId = stringField(value, 'apiId');
  if (apiId) {
    const serverMessage = stringField(value, 'serverErrorMessage');
    protocol.push({
      kind: kindForProtocolError(apiId),
      kafkaCode: apiId,
      message: serverMessage ?? stringField(value, 'message') ?? apiId,
    });
  }
  const code = stringField(value, 'code');
  const clientKind = code ? CLIENT_CODE_KIND[code] : undefined;
  if (code && clientKind) {
    client.push({ kind: clientKind, kafkaCode: code, message: stringField(value, 'message') ?? code });
  }
  for (const child of childErrors(value)) collectFindings(child, protocol, client, depth + 1);
}

function isSpecific(finding: Finding): boolean {
  return finding.kind !== 'UNKNOWN' && finding.kind !== 'UNAVAILABLE';
}

export function toKafkaAdminError(error: unknown): KafkaAdminError {
  if (error instanceof KafkaAdminError) return error;
  const protocol: Finding[] = [];
  const client: Finding[] = [];
  collectFindings(error, protocol, client);
  // An authentication failure is reported as a NetworkError wrapping an AuthenticationError.
  const authentication = client.find((f) => f.kind === 'AUTH_FAILED');
  const finding = protocol.find(isSpecific) ?? authentication ?? protocol[0] ?? client[0];
  if (finding) {
    return new KafkaAdminError(finding.kind, finding.message, finding.kafkaCode, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new KafkaAdminError('UNKNOWN', message, null, { cause: error });
}

/** Runs a client call and rethrows any failure as a KafkaAdminError. */
export async function mapKafkaErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toKafkaAdminError(error);
  }
}
