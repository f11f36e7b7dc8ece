import { KafkaAdminError, toKafkaRestError } from '@tributary/kafka-admin';
import { AppError, type ErrorCode } from '@tributary/platform';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'invalid',
  503: 'unavailable',
};

/** A broker's refusal, in the one error type, carrying the Kafka REST `error_code`. */
export function toAppError(e: unknown): unknown {
  if (!(e instanceof KafkaAdminError)) return e;
  const rest = toKafkaRestError(e);
  return new AppError(BY_STATUS[rest.httpStatus] ?? 'internal', rest.message, { kafkaErrorCode: rest.errorCode });
}

export async function translatingKafkaErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toAppError(e);
  }
}
