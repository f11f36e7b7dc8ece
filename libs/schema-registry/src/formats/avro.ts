import avro, { type Type } from 'avsc';
import { RegistryError } from '../registry-error';
import { avroReaderIncompatibilities } from './avro-compatibility';
import type { Dependency, Incompatibility, ParsedSchema, SchemaFormat } from './schema-format';

class AvroSchema implements ParsedSchema {
  readonly type = 'AVRO' as const;
  constructor(
    readonly canonical: string,
    readonly avroType: Type,
  ) {}

  normalized(): string {
    // Full names, attributes kept, keys in avsc's fixed order: what equivalent schemas share.
    return JSON.stringify(this.avroType.schema({ exportAttrs: true }));
  }

  readerIncompatibilities(writer: ParsedSchema): Incompatibility[] {
    if (!(writer instanceof AvroSchema)) return [{ errorType: 'TYPE_MISMATCH', description: `Incompatible schema types: AVRO cannot read ${writer.type}` }];
    return avroReaderIncompatibilities(this.avroType, writer.avroType);
  }

  formatted(): string {
    return this.canonical;
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw RegistryError.invalidSchema(`${what} is not JSON: ${(e as Error).message}`);
  }
}

/** Avro through avsc; named types from referenced schemas are registered first, so the schema can use them by name. */
export const avroFormat: SchemaFormat = {
  type: 'AVRO',
  parse(text: string, dependencies: Dependency[]): ParsedSchema {
    const registry: Record<string, Type> = {};
    for (const dep of dependencies) {
      if (dep.schemaType !== 'AVRO') throw RegistryError.invalidSchema(`reference '${dep.name}' is a ${dep.schemaType} schema, not AVRO`);
      try {
        avro.Type.forSchema(parseJson(dep.schema, `reference '${dep.name}'`) as avro.Schema, { registry });
      } catch (e) {
        if (e instanceof RegistryError) throw e;
        throw RegistryError.invalidSchema(`reference '${dep.name}': ${(e as Error).message}`);
      }
    }
    const json = parseJson(text, 'the schema');
    let type: Type;
    try {
      type = avro.Type.forSchema(json as avro.Schema, { registry });
    } catch (e) {
      throw RegistryError.invalidSchema((e as Error).message);
    }
    return new AvroSchema(JSON.stringify(json), type);
  },
};
