import { AppError } from '@tributary/platform';

export interface ErrorEnvelope {
  errors: { id: string; status: string; code: string; title: string; detail: string; source?: { pointer?: string; parameter?: string } }[];
}

/** The reference's envelope: one item per problem, each carrying the request id a user can quote. */
export function toEnvelope(err: AppError, requestId: string): ErrorEnvelope {
  return {
    errors: err.items.map((item) => ({
      id: requestId,
      status: String(err.status),
      code: err.code,
      title: err.title,
      detail: item.detail,
      ...(item.pointer !== undefined ? { source: { pointer: item.pointer } } : item.parameter !== undefined ? { source: { parameter: item.parameter } } : {}),
    })),
  };
}

/** The Kafka REST v3 shape (`/kafka/v3/...`): `{ error_code: 40403, message }`. */
export function toKafkaRestError(err: AppError, kafkaCode?: number): { error_code: number; message: string } {
  return { error_code: kafkaCode ?? err.status * 100, message: err.message };
}
