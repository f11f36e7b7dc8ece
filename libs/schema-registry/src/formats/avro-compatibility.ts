import type { Type } from 'avsc';
import type { Incompatibility } from './schema-format';

/**
 * Avro's schema resolution (the specification's "Schema Resolution" section, as Avro's Java
 * `SchemaCompatibility` and hence Confluent's registry apply it): can a reader with `reader` decode
 * what a writer wrote with `writer`? The error types are Avro's; the descriptions follow Confluent's.
 */
export function avroReaderIncompatibilities(reader: Type, writer: Type): Incompatibility[] {
  const out: Incompatibility[] = [];
  check(reader, writer, '', out, new Set());
  return out;
}

type AnyType = Type & {
  typeName: string;
  name?: string;
  aliases?: string[];
  fields?: { name: string; type: AnyType; aliases: string[]; defaultValue(): unknown }[];
  symbols?: string[];
  size?: number;
  itemsType?: AnyType;
  valuesType?: AnyType;
  types?: AnyType[];
  default?: string;
};

/** Writer type → reader types it promotes to. */
const PROMOTIONS: Record<string, string[]> = {
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
  string: ['bytes'],
  bytes: ['string'],
};

function kind(t: AnyType): string {
  return t.typeName.startsWith('union') ? 'union' : t.typeName;
}

function namesMatch(reader: AnyType, writer: AnyType): boolean {
  if (reader.name === writer.name) return true;
  return (reader.aliases ?? []).includes(writer.name ?? '');
}

function schemaText(t: AnyType): string {
  return JSON.stringify(t.schema());
}

function check(reader: AnyType, writer: AnyType, path: string, out: Incompatibility[], seen: Set<string>): void {
  const rk = kind(reader);
  const wk = kind(writer);
  if (wk === 'union') {
    // Every branch the writer may have used must be readable.
    writer.types!.forEach((branch, i) => {
      const sub: Incompatibility[] = [];
      check(reader, branch, rk === 'union' ? path : `${path}/${i}`, sub, seen);
      if (sub.length > 0) {
        if (rk === 'union') out.push({ errorType: 'MISSING_UNION_BRANCH', description: `The new schema is missing a type inside a union field at path '${path || '/'}' in the old schema`, additionalInfo: `reader union lacking writer type: ${kind(branch).toUpperCase()}` });
        else out.push(...sub);
      }
    });
    return;
  }
  if (rk === 'union') {
    const readable = reader.types!.some((branch) => {
      const sub: Incompatibility[] = [];
      check(branch, writer, path, sub, seen);
      return sub.length === 0;
    });
    if (!readable) out.push({ errorType: 'MISSING_UNION_BRANCH', description: `The old schema's type at path '${path || '/'}' is not in the union of the new schema`, additionalInfo: `reader union lacking writer type: ${wk.toUpperCase()}` });
    return;
  }
  if (rk !== wk) {
    if ((PROMOTIONS[wk] ?? []).includes(rk)) return;
    out.push({ errorType: 'TYPE_MISMATCH', description: `The type (path '${path || '/'}') of a field in the new schema does not match with the old schema`, additionalInfo: `reader type: ${rk.toUpperCase()} not compatible with writer type: ${wk.toUpperCase()}` });
    return;
  }
  switch (rk) {
    case 'record':
    case 'error': {
      if (!namesMatch(reader, writer)) {
        out.push({ errorType: 'NAME_MISMATCH', description: `The name of the schema has changed (path '${path}/name')`, additionalInfo: `expected: ${writer.name}` });
        return;
      }
      // Recursive types: a pair already being checked is assumed compatible (Avro does the same).
      const key = `${schemaText(reader)}\u0000${schemaText(writer)}`;
      if (seen.has(key)) return;
      seen.add(key);
      reader.fields!.forEach((rf, i) => {
        const wf = writer.fields!.find((f) => f.name === rf.name) ?? writer.fields!.find((f) => rf.aliases.includes(f.name));
        if (wf) check(rf.type, wf.type, `${path}/fields/${i}/type`, out, seen);
        else if (rf.defaultValue() === undefined) {
          out.push({ errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE', description: `The field '${rf.name}' at path '${path}/fields/${i}' in the new schema has no default value and is missing in the old schema`, additionalInfo: rf.name });
        }
      });
      return;
    }
    case 'enum': {
      if (!namesMatch(reader, writer)) {
        out.push({ errorType: 'NAME_MISMATCH', description: `The name of the schema has changed (path '${path}/name')`, additionalInfo: `expected: ${writer.name}` });
        return;
      }
      const missing = writer.symbols!.filter((s) => !reader.symbols!.includes(s));
      if (missing.length > 0 && reader.default === undefined) {
        out.push({ errorType: 'MISSING_ENUM_SYMBOLS', description: `The new schema is missing enum symbols '${missing.join(', ')}' at path '${path}/symbols' in the old schema`, additionalInfo: `[${missing.join(', ')}]` });
      }
      return;
    }
    case 'fixed': {
      if (!namesMatch(reader, writer)) {
        out.push({ errorType: 'NAME_MISMATCH', description: `The name of the schema has changed (path '${path}/name')`, additionalInfo: `expected: ${writer.name}` });
        return;
      }
      if (reader.size !== writer.size) {
        out.push({ errorType: 'FIXED_SIZE_MISMATCH', description: `The size of FIXED type field at path '${path}/size' in the new schema does not match with the old schema`, additionalInfo: `expected: ${writer.size}, found: ${reader.size}` });
      }
      return;
    }
    case 'array':
      check(reader.itemsType!, writer.itemsType!, `${path}/items`, out, seen);
      return;
    case 'map':
      check(reader.valuesType!, writer.valuesType!, `${path}/values`, out, seen);
      return;
    default:
      return; // Same primitive.
  }
}
