import type { KafkaAdminError } from './kafka-admin-error';

/**
 * Kafka REST v3 error shape for a KafkaAdminError: `{ error_code, message }` with the HTTP status.
 * Codes follow Confluent's kafkarest-v3 OpenAPI examples: 40002 for a rejected create/alter
 * (topic exists, RF too large, partitions not increased, bad config), 40403 for a missing topic,
 * 40101 unauthenticated, 40301 unauthorized, 413 for a record over the topic's max.message.bytes,
 * 404 for an unknown consumer group (as for an unknown cluster); 40900 (409) for an offset change
 * on a group that still has members.
 */
export interface KafkaRestError {
  httpStatus: number;
  errorCode: number;
  message: string;
}

export function toKafkaRestError(error: KafkaAdminError): KafkaRestError {
  const { message } = error;
  switch (error.kind) {
    case 'TOPIC_NOT_FOUND':
      return { httpStatus: 404, errorCode: 40403, message };
    case 'TOPIC_EXISTS':
    case 'INVALID_CONFIG':
    case 'INVALID_PARTITIONS':
    case 'INVALID_REPLICATION_FACTOR':
    case 'POLICY_VIOLATION':
      return { httpStatus: 400, errorCode: 40002, message };
    case 'INVALID_REQUEST':
      return { httpStatus: 400, errorCode: 400, message };
    case 'GROUP_NOT_FOUND':
      return { httpStatus: 404, errorCode: 404, message };
    case 'GROUP_NOT_EMPTY':
      return { httpStatus: 409, errorCode: 40900, message };
    case 'RECORD_TOO_LARGE':
      return { httpStatus: 413, errorCode: 413, message };
    case 'AUTH_FAILED':
      return error.kafkaCode?.endsWith('_AUTHORIZATION_FAILED')
        ? { httpStatus: 403, errorCode: 40301, message }
        : { httpStatus: 401, errorCode: 40101, message };
    case 'UNAVAILABLE':
      return { httpStatus: 503, errorCode: 50302, message };
    case 'UNKNOWN':
      return { httpStatus: 500, errorCode: 500, message };
  }
}
