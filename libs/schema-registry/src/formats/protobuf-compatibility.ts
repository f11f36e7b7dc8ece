import { FieldDescriptorProto_Label as Label, FieldDescriptorProto_Type as FType, type DescriptorProto, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import { oneofIndexOf, SCALAR_NAMES } from './protobuf-descriptors';
import type { Incompatibility } from './schema-format';

interface ProtoField {
  name: string;
  number: number;
  kind: 'scalar' | 'named' | 'map';
  type: string;
  label: 'optional' | 'required' | 'repeated';
  oneof?: string;
}
interface ProtoMessage {
  fields: Map<number, ProtoField>;
  oneofs: Set<string>;
}
export interface ProtoModel {
  package: string;
  messages: Map<string, ProtoMessage>;
}

function collect(m: DescriptorProto, prefix: string, out: Map<string, ProtoMessage>) {
  const name = `${prefix}.${m.name}`;
  const entries = new Map(m.nestedType.filter((n) => n.options?.mapEntry).map((n) => [`${name}.${n.name}`, n]));
  const fields = new Map<number, ProtoField>();
  const oneofs = new Set<string>();
  for (const f of m.field) {
    const entry = f.type === FType.MESSAGE && f.label === Label.REPEATED ? entries.get(f.typeName.startsWith('.') ? f.typeName : `${name}.${f.typeName}`) : undefined;
    const ref = (x: { type: FType; typeName: string }) => SCALAR_NAMES[x.type] ?? x.typeName;
    const index = oneofIndexOf(f);
    const oneof = index !== undefined ? m.oneofDecl[index]?.name : undefined;
    if (oneof) oneofs.add(oneof);
    fields.set(f.number, {
      name: f.name,
      number: f.number,
      kind: entry ? 'map' : SCALAR_NAMES[f.type] ? 'scalar' : 'named',
      type: entry ? `map<${ref(entry.field[0]!)},${ref(entry.field[1]!)}>` : ref(f),
      label: entry || f.label === Label.REPEATED ? 'repeated' : f.label === Label.REQUIRED ? 'required' : 'optional',
      ...(oneof ? { oneof } : {}),
    });
  }
  out.set(name, { fields, oneofs });
  for (const n of m.nestedType) if (!n.options?.mapEntry) collect(n, name, out);
}

export function protoModel(fd: FileDescriptorProto): ProtoModel {
  const messages = new Map<string, ProtoMessage>();
  const prefix = fd.package ? `.${fd.package}` : '';
  for (const m of fd.messageType) collect(m, prefix, messages);
  return { package: fd.package, messages };
}

/** Scalars that share a wire encoding (the Protobuf language guide's "Updating a message type"). */
const WIRE_GROUPS = [['int32', 'uint32', 'int64', 'uint64', 'bool'], ['sint32', 'sint64'], ['fixed32', 'sfixed32'], ['fixed64', 'sfixed64'], ['string', 'bytes']];
function wireCompatible(a: string, b: string): boolean {
  return a === b || WIRE_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

/**
 * Protobuf's wire compatibility, with Confluent's difference types: fields are matched by number,
 * so adding or removing an optional field, renaming one, or adding a message is fine; changing a
 * field's kind or its type beyond a shared wire encoding, adding or removing a required field,
 * moving fields into a oneof, removing a message or changing the package are not.
 */
export function protoReaderIncompatibilities(reader: ProtoModel, writer: ProtoModel): Incompatibility[] {
  const out: Incompatibility[] = [];
  const add = (errorType: string, path: string, description: string) => out.push({ errorType, description: `${description} at path '${path}'`, additionalInfo: path });
  if (reader.package !== writer.package) {
    add('PACKAGE_CHANGED', '#/', `The package changed from '${writer.package}' to '${reader.package}'`);
    return out;
  }
  for (const [name, wm] of writer.messages) {
    const rm = reader.messages.get(name);
    const path = `#/${name.replace(/^\./, '')}`;
    if (!rm) {
      add('MESSAGE_REMOVED', path, `The message ${name} was removed`);
      continue;
    }
    const movedToNewOneof = new Map<string, number>();
    for (const [n, wf] of wm.fields) {
      const rf = rm.fields.get(n);
      const fp = `${path}/${n}`;
      if (!rf) {
        if (wf.label === 'required') add('REQUIRED_FIELD_REMOVED', fp, `The required field '${wf.name}' was removed`);
        continue;
      }
      if (wf.kind !== rf.kind || (wf.label === 'repeated') !== (rf.label === 'repeated')) add('FIELD_KIND_CHANGED', fp, `The field '${wf.name}' changed from ${wf.label} ${wf.type} to ${rf.label} ${rf.type}`);
      else if (wf.kind === 'scalar' && !wireCompatible(wf.type, rf.type)) add('FIELD_SCALAR_KIND_CHANGED', fp, `The field '${wf.name}' changed from ${wf.type} to ${rf.type}`);
      else if (wf.kind !== 'scalar' && wf.type !== rf.type) add('FIELD_NAMED_TYPE_CHANGED', fp, `The field '${wf.name}' changed from ${wf.type} to ${rf.type}`);
      if (wf.label !== 'required' && rf.label === 'required') add('REQUIRED_FIELD_ADDED', fp, `The field '${rf.name}' became required`);
      if (wf.label === 'required' && rf.label !== 'required') add('REQUIRED_FIELD_REMOVED', fp, `The field '${rf.name}' is no longer required`);
      if (!wf.oneof && rf.oneof) {
        if (wm.oneofs.has(rf.oneof)) add('FIELD_MOVED_TO_EXISTING_ONEOF', fp, `The field '${rf.name}' moved into the existing oneof '${rf.oneof}'`);
        else movedToNewOneof.set(rf.oneof, (movedToNewOneof.get(rf.oneof) ?? 0) + 1);
      }
    }
    for (const [oneof, count] of movedToNewOneof) if (count > 1) add('MULTIPLE_FIELDS_MOVED_TO_ONEOF', `${path}/${oneof}`, `${count} existing fields moved into the oneof '${oneof}'`);
    for (const [n, rf] of rm.fields) if (!wm.fields.has(n) && rf.label === 'required') add('REQUIRED_FIELD_ADDED', `${path}/${n}`, `The required field '${rf.name}' was added`);
  }
  return out;
}
