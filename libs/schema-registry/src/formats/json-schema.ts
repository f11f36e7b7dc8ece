import Ajv from 'ajv8';
import Ajv2019 from 'ajv8/dist/2019';
import Ajv2020 from 'ajv8/dist/2020';
import { RegistryError } from '../registry-error';
import { jsonReaderIncompatibilities, type JsonNode, type JsonSchemaDocs } from './json-compatibility';
import type { Dependency, Incompatibility, ParsedSchema, SchemaFormat } from './schema-format';

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}

class JsonSchema implements ParsedSchema {
  readonly type = 'JSON' as const;
  constructor(
    readonly canonical: string,
    readonly docs: JsonSchemaDocs,
  ) {}

  normalized(): string {
    return JSON.stringify(sortKeys(this.docs.root));
  }

  readerIncompatibilities(writer: ParsedSchema): Incompatibility[] {
    if (!(writer instanceof JsonSchema)) return [{ errorType: 'TYPE_CHANGED', description: `Incompatible schema types: JSON cannot read ${writer.type}` }];
    return jsonReaderIncompatibilities(this.docs, writer.docs);
  }

  formatted(): string {
    return this.canonical;
  }
}

function parse(text: string, what: string): JsonNode {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw RegistryError.invalidSchema(`${what} is not JSON: ${(e as Error).message}`);
  }
  if (typeof v !== 'boolean' && (typeof v !== 'object' || v === null || Array.isArray(v))) throw RegistryError.invalidSchema(`${what} must be a JSON object or a boolean`);
  return v as JsonNode;
}

function ajvFor(root: JsonNode) {
  const draft = typeof root === 'object' ? String(root.$schema ?? '') : '';
  const opts = { strict: false, allErrors: false, validateFormats: false, addUsedSchema: false } as const;
  if (draft.includes('2020-12')) return new Ajv2020(opts);
  if (draft.includes('2019-09')) return new Ajv2019(opts);
  return new Ajv(opts);
}

/**
 * JSON Schema (draft-07 by default, 2019-09 and 2020-12 by `$schema`), checked against its
 * meta-schema and compiled by ajv with the referenced schemas under their reference names.
 */
export const jsonSchemaFormat: SchemaFormat = {
  type: 'JSON',
  parse(text: string, dependencies: Dependency[]): ParsedSchema {
    const root = parse(text, 'the schema');
    const external = new Map<string, JsonNode>();
    for (const dep of dependencies) {
      if (dep.schemaType !== 'JSON') throw RegistryError.invalidSchema(`reference '${dep.name}' is a ${dep.schemaType} schema, not JSON`);
      external.set(dep.name, parse(dep.schema, `reference '${dep.name}'`));
    }
    const ajv = ajvFor(root);
    try {
      for (const [name, schema] of external) ajv.addSchema(schema as object, name);
      if (!ajv.validateSchema(root as object)) throw new Error(ajv.errorsText(ajv.errors));
      ajv.compile(root as object);
    } catch (e) {
      throw RegistryError.invalidSchema((e as Error).message);
    }
    return new JsonSchema(JSON.stringify(root), { root, external });
  },
};
