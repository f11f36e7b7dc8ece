import type { SchemaType } from '@tributary/db';
import { RegistryError } from '../registry-error';
import { avroFormat } from './avro';
import { jsonSchemaFormat } from './json-schema';
import { protobufFormat } from './protobuf';
import type { SchemaFormat } from './schema-format';

const FORMATS: Record<SchemaType, SchemaFormat | undefined> = { AVRO: avroFormat, JSON: jsonSchemaFormat, PROTOBUF: protobufFormat };

/** `/schemas/types`. */
export function supportedSchemaTypes(): SchemaType[] {
  return (Object.keys(FORMATS) as SchemaType[]).filter((t) => FORMATS[t]);
}

export function formatFor(schemaType: string): SchemaFormat {
  const format = FORMATS[schemaType as SchemaType];
  if (!format) throw RegistryError.invalidSchema(`Unknown schema type '${schemaType}': use one of ${supportedSchemaTypes().join(', ')}`);
  return format;
}
