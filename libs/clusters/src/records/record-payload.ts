import { AppError } from '@tributary/platform';

/** How a key or value is written in a produce request (Confluent's kafka/v3 `ProduceRequestData`). */
export type PayloadType = 'BINARY' | 'JSON' | 'STRING';

export interface PayloadInput {
  type?: PayloadType | undefined;
  data?: unknown;
}

export interface DecodedPayload {
  bytes: Buffer | null;
  type: PayloadType;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const badRequest = (message: string) => new AppError('bad_request', message, { kafkaErrorCode: 400 });

/** Strict base64 (padding required, no whitespace): a typo must be refused, not silently dropped. */
export function decodeBase64(text: string, what: string): Buffer {
  if (!BASE64.test(text)) throw badRequest(`Bad Request: ${what} is not a base64 string.`);
  return Buffer.from(text, 'base64');
}

/**
 * BINARY: `data` is base64 of the bytes; STRING: the UTF-8 bytes of `data`; JSON (the default when
 * no type is given): `data` serialized as JSON. A missing or null `data` is a null key/value.
 */
export function decodePayload(input: PayloadInput | null | undefined, what: 'key' | 'value'): DecodedPayload | null {
  if (input === null || input === undefined) return null;
  const type = input.type ?? 'JSON';
  const data = input.data;
  if (data === undefined || data === null) return { bytes: null, type };
  switch (type) {
    case 'BINARY':
      if (typeof data !== 'string') throw badRequest(`Bad Request: ${what}.data=${JSON.stringify(data)} is not a base64 string.`);
      return { bytes: decodeBase64(data, `${what}.data`), type };
    case 'STRING':
      if (typeof data !== 'string') throw badRequest(`Bad Request: ${what}.data must be a string for type STRING.`);
      return { bytes: Buffer.from(data, 'utf8'), type };
    case 'JSON':
      return { bytes: Buffer.from(JSON.stringify(data), 'utf8'), type };
  }
}
