/**
 * The one error type this library throws. `kind` is what callers branch on; `kafkaCode` keeps the
 * broker's protocol error name (e.g. TOPIC_ALREADY_EXISTS) and `message` the broker's own words
 * (e.g. "Topic 'orders' already exists."), which the REST layer passes through to users.
 */
export type KafkaAdminErrorKind =
  | 'TOPIC_EXISTS'
  | 'TOPIC_NOT_FOUND'
  | 'INVALID_CONFIG'
  | 'INVALID_PARTITIONS'
  | 'INVALID_REPLICATION_FACTOR'
  | 'POLICY_VIOLATION'
  | 'GROUP_NOT_FOUND'
  | 'GROUP_NOT_EMPTY'
  | 'RECORD_TOO_LARGE'
  | 'INVALID_REQUEST'
  | 'AUTH_FAILED'
  | 'UNAVAILABLE'
  | 'UNKNOWN';

export class KafkaAdminError extends Error {
  override readonly name = 'KafkaAdminError';

  constructor(
    readonly kind: KafkaAdminErrorKind,
    message: string,
    /** Kafka protocol error name when the broker answered with one, else a client-side label. */
    readonly kafkaCode: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static isKafkaAdminError(value: unknown): value is KafkaAdminError {
    return value instanceof KafkaAdminError;
  }
}
