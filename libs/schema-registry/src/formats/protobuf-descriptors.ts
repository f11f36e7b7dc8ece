import { create, isFieldSet, type MessageInitShape } from '@bufbuild/protobuf';
import {
  DescriptorProtoSchema,
  EnumDescriptorProtoSchema,
  FieldDescriptorProto_Label as Label,
  FieldDescriptorProto_Type as FType,
  FieldDescriptorProtoSchema,
  FileDescriptorProtoSchema,
  type DescriptorProto,
  type EnumDescriptorProto,
  type FieldDescriptorProto,
  type FileDescriptorProto,
} from '@bufbuild/protobuf/wkt';
import protobuf from 'protobufjs';

/** Scalar type names as .proto text writes them, by descriptor type number. */
export const SCALAR_NAMES: Partial<Record<FType, string>> = {
  [FType.DOUBLE]: 'double',
  [FType.FLOAT]: 'float',
  [FType.INT64]: 'int64',
  [FType.UINT64]: 'uint64',
  [FType.INT32]: 'int32',
  [FType.FIXED64]: 'fixed64',
  [FType.FIXED32]: 'fixed32',
  [FType.BOOL]: 'bool',
  [FType.STRING]: 'string',
  [FType.BYTES]: 'bytes',
  [FType.UINT32]: 'uint32',
  [FType.SFIXED32]: 'sfixed32',
  [FType.SFIXED64]: 'sfixed64',
  [FType.SINT32]: 'sint32',
  [FType.SINT64]: 'sint64',
};
const SCALAR_TYPES = Object.fromEntries(Object.entries(SCALAR_NAMES).map(([k, v]) => [v, Number(k) as FType])) as Record<string, FType>;

function mapEntryName(field: string): string {
  return field.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase()) + 'Entry';
}

function fieldOf(f: protobuf.Field, owner: protobuf.Type, oneofs: protobuf.OneOf[]): FieldDescriptorProto {
  const out: MessageInitShape<typeof FieldDescriptorProtoSchema> = { name: f.name, number: f.id, jsonName: f.name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) };
  if (f.map) {
    out.label = Label.REPEATED;
    out.type = FType.MESSAGE;
    out.typeName = `${owner.fullName}.${mapEntryName(f.name)}`;
  } else {
    out.label = f.rule === 'repeated' ? Label.REPEATED : f.rule === 'required' ? Label.REQUIRED : Label.OPTIONAL;
    const scalar = SCALAR_TYPES[f.type];
    if (scalar !== undefined) out.type = scalar;
    else {
      const t = f.resolvedType;
      out.type = t instanceof protobuf.Enum ? FType.ENUM : FType.MESSAGE;
      out.typeName = t ? t.fullName : f.type;
    }
  }
  if (f.partOf) out.oneofIndex = oneofs.indexOf(f.partOf);
  if (f.options?.proto3_optional) out.proto3Optional = true;
  return create(FieldDescriptorProtoSchema, out);
}

function enumOf(e: protobuf.Enum): EnumDescriptorProto {
  return create(EnumDescriptorProtoSchema, { name: e.name, value: Object.entries(e.values).map(([name, number]) => ({ name, number })) });
}

function messageOf(t: protobuf.Type): DescriptorProto {
  const oneofs = t.oneofsArray;
  const mapEntries = t.fieldsArray
    .filter((f) => f.map)
    .map((f) => {
      const value = f.resolvedType;
      const valueScalar = SCALAR_TYPES[f.type];
      return create(DescriptorProtoSchema, {
        name: mapEntryName(f.name),
        options: { mapEntry: true },
        field: [
          { name: 'key', number: 1, label: Label.OPTIONAL, type: SCALAR_TYPES[(f as unknown as protobuf.MapField).keyType]!, jsonName: 'key' },
          valueScalar !== undefined
            ? { name: 'value', number: 2, label: Label.OPTIONAL, type: valueScalar, jsonName: 'value' }
            : { name: 'value', number: 2, label: Label.OPTIONAL, type: value instanceof protobuf.Enum ? FType.ENUM : FType.MESSAGE, typeName: value?.fullName ?? f.type, jsonName: 'value' },
        ],
      });
    });
  return create(DescriptorProtoSchema, {
    name: t.name,
    field: t.fieldsArray.map((f) => fieldOf(f, t, oneofs)),
    nestedType: [...t.nestedArray.filter((n): n is protobuf.Type => n instanceof protobuf.Type).map(messageOf), ...mapEntries],
    enumType: t.nestedArray.filter((n): n is protobuf.Enum => n instanceof protobuf.Enum).map(enumOf),
    oneofDecl: oneofs.map((o) => ({ name: o.name })),
  });
}

/** The types a file declared: protobufjs parses every file into one root, and each object is tagged with its file. */
function declaredIn(ns: protobuf.NamespaceBase, file: string, out: protobuf.ReflectionObject[] = []): protobuf.ReflectionObject[] {
  for (const n of ns.nestedArray) {
    if ((n instanceof protobuf.Type || n instanceof protobuf.Enum) && n.filename === file) out.push(n);
    else if (!(n instanceof protobuf.Type) && n instanceof protobuf.Namespace) declaredIn(n, file, out);
  }
  return out;
}

/** A resolved protobufjs root's file as the FileDescriptorProto protoc would write (fully qualified type names). */
export function toFileDescriptor(root: protobuf.Root, file: string, info: { package?: string; imports?: string[]; syntax: string }): FileDescriptorProto {
  const declared = declaredIn(root, file);
  return create(FileDescriptorProtoSchema, {
    name: file,
    ...(info.package ? { package: info.package } : {}),
    dependency: info.imports ?? [],
    messageType: declared.filter((n): n is protobuf.Type => n instanceof protobuf.Type).map(messageOf),
    enumType: declared.filter((n): n is protobuf.Enum => n instanceof protobuf.Enum).map(enumOf),
    ...(info.syntax === 'proto3' ? { syntax: 'proto3' } : {}),
  });
}

// ---- printing ----

/** proto2 descriptors read unset fields as their default (0): only a set oneof_index means a oneof. */
export function oneofIndexOf(f: FieldDescriptorProto): number | undefined {
  return isFieldSet(f, FieldDescriptorProtoSchema.field.oneofIndex) && !f.proto3Optional ? f.oneofIndex : undefined;
}

function typeRef(f: FieldDescriptorProto): string {
  return SCALAR_NAMES[f.type] ?? f.typeName;
}

function printMessage(m: DescriptorProto, proto3: boolean, indent: string): string[] {
  const lines = [`${indent}message ${m.name} {`];
  const inner = indent + '  ';
  const entries = new Map(m.nestedType.filter((n) => n.options?.mapEntry).map((n) => [n.name, n]));
  const fieldLine = (f: FieldDescriptorProto, pad: string) => {
    const entry = f.type === FType.MESSAGE ? entries.get(f.typeName.split('.').pop() ?? '') : undefined;
    if (entry && f.label === Label.REPEATED) return `${pad}map<${typeRef(entry.field[0]!)}, ${typeRef(entry.field[1]!)}> ${f.name} = ${f.number};`;
    let label = '';
    if (f.label === Label.REPEATED) label = 'repeated ';
    else if (f.label === Label.REQUIRED) label = 'required ';
    else if (!proto3 || f.proto3Optional) label = oneofIndexOf(f) !== undefined ? '' : 'optional ';
    return `${pad}${label}${typeRef(f)} ${f.name} = ${f.number};`;
  };
  const realOneof = (f: FieldDescriptorProto) => oneofIndexOf(f) !== undefined;
  const printed = new Set<number>();
  for (const f of m.field) {
    if (realOneof(f)) {
      if (printed.has(f.oneofIndex!)) continue;
      printed.add(f.oneofIndex!);
      lines.push(`${inner}oneof ${m.oneofDecl[f.oneofIndex!]?.name ?? `oneof_${f.oneofIndex}`} {`);
      for (const g of m.field.filter((x) => realOneof(x) && x.oneofIndex === f.oneofIndex)) lines.push(fieldLine(g, inner + '  '));
      lines.push(`${inner}}`);
    } else lines.push(fieldLine(f, inner));
  }
  for (const n of m.nestedType) if (!n.options?.mapEntry) lines.push(...printMessage(n, proto3, inner));
  for (const e of m.enumType) lines.push(...printEnum(e, inner));
  lines.push(`${indent}}`);
  return lines;
}

function printEnum(e: EnumDescriptorProto, indent: string): string[] {
  return [`${indent}enum ${e.name} {`, ...e.value.map((v) => `${indent}  ${v.name} = ${v.number};`), `${indent}}`];
}

/** .proto text for a descriptor (what Confluent's registry serves by default), fully qualified type names. */
export function printFileDescriptor(fd: FileDescriptorProto): string {
  const proto3 = fd.syntax === 'proto3';
  const lines = [`syntax = "${proto3 ? 'proto3' : 'proto2'}";`];
  if (fd.package) lines.push(`package ${fd.package};`);
  for (const d of fd.dependency) lines.push(`import "${d}";`);
  for (const m of fd.messageType) lines.push('', ...printMessage(m, proto3, ''));
  for (const e of fd.enumType) lines.push('', ...printEnum(e, ''));
  return lines.join('\n') + '\n';
}
