import type { SchemaRegistryMode } from '@tributary/db';
import { RegistryError } from '../registry-error';
import type { SchemaReference } from '../formats/schema-format';

export interface SchemaRequest {
  schema: string;
  schemaType: string;
  references: SchemaReference[];
}

const MAX_INT = 2 ** 31 - 1;

/** `latest`, -1 (latest, as Confluent's clients send it) or 1…2^31-1; anything else is 42202. */
export function parseVersion(raw: string | number): number | 'latest' {
  const text = String(raw);
  if (text === 'latest' || text === '-1') return 'latest';
  if (!/^\d{1,10}$/.test(text)) throw RegistryError.invalidVersion(text);
  const n = Number(text);
  if (n < 1 || n > MAX_INT) throw RegistryError.invalidVersion(text);
  return n;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The body of register, lookup and compatibility checks: `{schema, schemaType?, references?}` (metadata and rule sets are ignored). */
export function parseSchemaRequest(body: unknown): SchemaRequest {
  if (!isObject(body)) throw RegistryError.badRequest('The request body must be a JSON object');
  const { schema, schemaType = 'AVRO', references = [] } = body;
  if (typeof schema !== 'string' || schema.trim() === '') throw RegistryError.invalidSchema("'schema' must be a non-empty string");
  if (typeof schemaType !== 'string') throw RegistryError.invalidSchema("'schemaType' must be a string");
  if (!Array.isArray(references)) throw RegistryError.invalidSchema("'references' must be an array");
  const refs = references.map((r, i): SchemaReference => {
    if (!isObject(r) || typeof r.name !== 'string' || !r.name || typeof r.subject !== 'string' || !r.subject) {
      throw RegistryError.invalidSchema(`references[${i}] needs a name, a subject and a version`);
    }
    const v = parseVersion(typeof r.version === 'number' || typeof r.version === 'string' ? r.version : 'latest');
    return { name: r.name, subject: r.subject, version: v === 'latest' ? -1 : v };
  });
  return { schema, schemaType: schemaType.toUpperCase(), references: refs };
}

export const MODES: readonly SchemaRegistryMode[] = ['READWRITE', 'READONLY', 'IMPORT'];

export function parseMode(value: unknown): SchemaRegistryMode {
  const upper = typeof value === 'string' ? (value.toUpperCase() as SchemaRegistryMode) : undefined;
  if (!upper || !MODES.includes(upper)) throw RegistryError.invalidMode();
  return upper;
}

/** Subjects are free text in Confluent's registry, but not empty, not control characters, not huge. */
export function checkSubject(subject: string): string {
  // eslint-disable-next-line no-control-regex
  if (subject.length === 0 || subject.length > 255 || /[\u0000-\u001f]/.test(subject)) throw RegistryError.invalidSubject(subject);
  return subject;
}
