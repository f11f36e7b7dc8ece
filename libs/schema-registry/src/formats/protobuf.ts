import { createHash } from 'node:crypto';
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import protobuf from 'protobufjs';
import { RegistryError } from '../registry-error';
import { protoModel, protoReaderIncompatibilities, type ProtoModel } from './protobuf-compatibility';
import { printFileDescriptor, toFileDescriptor } from './protobuf-descriptors';
import type { Dependency, Incompatibility, ParsedSchema, SchemaFormat } from './schema-format';

const MAIN_FILE = '<schema>';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Confluent's clients may send a base64 FileDescriptorProto instead of .proto text. */
function decodeDescriptor(text: string): FileDescriptorProto | undefined {
  const compact = text.trim();
  if (!BASE64.test(compact) || /\b(message|syntax|enum)\b/.test(compact) && compact.includes(' ')) return undefined;
  try {
    const fd = fromBinary(FileDescriptorProtoSchema, Buffer.from(compact, 'base64'));
    return fd.messageType.length > 0 || fd.enumType.length > 0 || fd.name ? fd : undefined;
  } catch {
    return undefined;
  }
}

class ProtobufSchema implements ParsedSchema {
  readonly type = 'PROTOBUF' as const;
  constructor(
    readonly canonical: string,
    private readonly descriptor: FileDescriptorProto,
    private readonly model: ProtoModel,
    private readonly serialized: string,
  ) {}

  normalized(): string {
    return printFileDescriptor(this.descriptor);
  }

  readerIncompatibilities(writer: ParsedSchema): Incompatibility[] {
    if (!(writer instanceof ProtobufSchema)) return [{ errorType: 'TYPE_CHANGED', description: `Incompatible schema types: PROTOBUF cannot read ${writer.type}` }];
    return protoReaderIncompatibilities(this.model, writer.model);
  }

  formatted(format: string | undefined): string {
    if (format === 'serialized') return this.serialized;
    return decodeDescriptor(this.canonical) ? printFileDescriptor(this.descriptor) : this.canonical;
  }
}

function addWellKnown(root: protobuf.Root, file: string): boolean {
  const json = protobuf.common.get(file) as { nested?: protobuf.INamespace['nested'] } | null;
  if (!json?.nested) return false;
  root.addJSON(json.nested);
  return true;
}

function tag(ns: protobuf.NamespaceBase, file: string) {
  for (const n of ns.nestedArray) {
    if (n.filename == null) n.filename = file;
    if (n instanceof protobuf.Namespace) tag(n, file);
  }
}

/** Parses one file into the shared root and tags what it declared with its file name. */
function parseInto(root: protobuf.Root, text: string, file: string) {
  const result = protobuf.parse(text, root, { keepCase: true });
  tag(root, file);
  return { package: result.package ?? '', imports: [...(result.imports ?? []), ...(result.weakImports ?? [])], syntax: /^\s*syntax\s*=\s*["']proto3["']/m.test(text) ? 'proto3' : 'proto2' };
}

/**
 * Protobuf as .proto text or a base64 FileDescriptorProto (what Confluent's JavaScript serializer
 * sends), parsed by protobufjs with the referenced files, each import resolved to a reference by
 * name (or to one of Google's well-known types).
 */
export const protobufFormat: SchemaFormat = {
  type: 'PROTOBUF',
  parse(text: string, dependencies: Dependency[]): ParsedSchema {
    const root = new protobuf.Root();
    const names = new Set<string>();
    let info: ReturnType<typeof parseInto>;
    const given = decodeDescriptor(text);
    try {
      for (const dep of dependencies) {
        if (dep.schemaType !== 'PROTOBUF') throw RegistryError.invalidSchema(`reference '${dep.name}' is a ${dep.schemaType} schema, not PROTOBUF`);
        const depDescriptor = decodeDescriptor(dep.schema);
        parseInto(root, depDescriptor ? printFileDescriptor(depDescriptor) : dep.schema, dep.name);
        names.add(dep.name);
      }
      info = parseInto(root, given ? printFileDescriptor(given) : text, MAIN_FILE);
      for (const imp of info.imports) {
        if (!names.has(imp) && !addWellKnown(root, imp)) throw RegistryError.invalidSchema(`import '${imp}' is not one of the schema's references`);
      }
      root.resolveAll();
    } catch (e) {
      if (e instanceof RegistryError) throw e;
      throw RegistryError.invalidSchema((e as Error).message);
    }
    const descriptor = given ?? toFileDescriptor(root, MAIN_FILE, info);
    // Confluent's deserializers keep every file they fetch in one registry, by name: a name of its own per schema.
    if (!given) descriptor.name = `schema-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.proto`;
    const serialized = given ? text.trim() : Buffer.from(toBinary(FileDescriptorProtoSchema, descriptor)).toString('base64');
    return new ProtobufSchema(text.trim(), descriptor, protoModel(descriptor), serialized);
  },
};
