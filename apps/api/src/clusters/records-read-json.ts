import type { ReadRecord } from '@tributary/kafka-admin';
import { z } from 'zod';

/**
 * A key or value as the read API answers it, in the produce side's types: JSON when the bytes are
 * UTF-8 JSON that serializes back to exactly those bytes (so `JSON.stringify(data)` is the
 * record), STRING for other UTF-8, BINARY (base64) for the rest. Any of the three gives back the
 * bytes exactly.
 */
export const RecordPayloadJson = z
  .object({
    type: z.enum(['JSON', 'STRING', 'BINARY']),
    data: z.unknown().describe('JSON: the value itself; STRING: the text; BINARY: base64 of the bytes'),
    size: z.number().int().describe('Bytes in the record'),
  })
  .nullable();
export type RecordPayloadJson = z.infer<typeof RecordPayloadJson>;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function recordPayloadJson(bytes: Buffer | null): RecordPayloadJson {
  if (bytes === null) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { type: 'BINARY', data: bytes.toString('base64'), size: bytes.length };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (JSON.stringify(parsed) === text) return { type: 'JSON', data: parsed, size: bytes.length };
  } catch {
    // Not JSON: text.
  }
  return { type: 'STRING', data: text, size: bytes.length };
}

export const RecordHeaderJson = z.object({ name: z.string(), value: z.string().nullable().describe('base64, as on the produce side') });

export const ReadRecordJson = z.object({
  partition_id: z.number().int(),
  offset: z.number().int(),
  timestamp: z.string().describe('ISO 8601'),
  timestamp_type: z.enum(['CREATE_TIME', 'LOG_APPEND_TIME']),
  key: RecordPayloadJson,
  value: RecordPayloadJson,
  headers: z.array(RecordHeaderJson),
});

export function readRecordJson(r: ReadRecord): z.infer<typeof ReadRecordJson> {
  return {
    partition_id: r.partition,
    offset: Number(r.offset),
    timestamp: r.timestamp.toISOString(),
    timestamp_type: r.timestampType,
    key: recordPayloadJson(r.key),
    value: recordPayloadJson(r.value),
    headers: r.headers.map((h) => ({ name: h.name, value: h.value === null ? null : h.value.toString('base64') })),
  };
}

export const PartitionPositionJson = z.object({
  partition_id: z.number().int(),
  beginning_offset: z.number().int().describe('The log start offset'),
  end_offset: z.number().int().describe('The last stable offset (high watermark) when the read began'),
  next_offset: z.number().int().describe('Where reading forward continues in this partition'),
});

export const ReadRecordsJson = z.object({
  kind: z.literal('KafkaRecordList'),
  metadata: z.object({
    self: z.string(),
    next: z.string().nullable().describe('The next page, reading forward (one partition read from an offset, or reached by it)'),
  }),
  cluster_id: z.string(),
  topic_name: z.string(),
  data: z.array(ReadRecordJson),
  partitions: z.array(PartitionPositionJson),
});
