import { create, createFileRegistry, fromBinary, toBinary } from '@bufbuild/protobuf';
import { file_google_protobuf_timestamp, FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import { describe, expect, it } from 'vitest';
import { RegistryError } from '../registry-error';
import { formatFor } from './formats';

function invalid(fn: () => unknown): RegistryError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RegistryError) return e;
    throw e;
  }
  throw new Error('expected an invalid schema');
}

describe('parsing refuses what is not a schema, with 42201', () => {
  it.each([
    ['AVRO', 'not json'],
    ['AVRO', '{"type":"record","name":"R","fields":[{"name":"a","type":"nope"}]}'],
    ['AVRO', '{"type":"enum","name":"E","symbols":["A","A"]}'],
    ['JSON', '"a string is not a schema"'],
    ['JSON', '{"type":"nope"}'],
    ['JSON', '{"properties":{"a":{"$ref":"missing.json"}}}'],
    ['PROTOBUF', 'syntax = "proto3"; message X { int32 a = ; }'],
    ['PROTOBUF', 'syntax = "proto3"; message X { Unknown a = 1; }'],
    ['PROTOBUF', 'syntax = "proto3"; import "other.proto"; message X { int32 a = 1; }'],
  ])('%s %s', (type, text) => {
    expect(invalid(() => formatFor(type).parse(text, [])).errorCode).toBe(42201);
  });

  it('refuses an unknown schema type', () => {
    expect(invalid(() => formatFor('XML')).errorCode).toBe(42201);
  });
});

describe('canonical forms', () => {
  it('Avro and JSON Schema are stored without whitespace; normalize makes equivalent schemas equal', () => {
    const avro = formatFor('AVRO');
    const a = avro.parse('{ "type": "record", "name": "R", "namespace": "n", "fields": [ { "name": "a", "type": "int" } ] }', []);
    const b = avro.parse('{"namespace":"n","name":"R","type":"record","fields":[{"type":"int","name":"a"}]}', []);
    expect(a.canonical).toBe('{"type":"record","name":"R","namespace":"n","fields":[{"name":"a","type":"int"}]}');
    expect(a.canonical).not.toBe(b.canonical);
    expect(a.normalized()).toBe(b.normalized());
    const json = formatFor('JSON');
    expect(json.parse('{ "type": "object", "required": [] }', []).normalized()).toBe(json.parse('{"required":[],"type":"object"}', []).normalized());
  });
});

describe('Protobuf descriptors', () => {
  const common = 'syntax = "proto3";\npackage common;\nmessage Money { string currency = 1; int64 units = 2; }\n';
  const order = `syntax = "proto3";
package shop;
import "common.proto";
import "google/protobuf/timestamp.proto";
message Order {
  int64 id = 1;
  common.Money total = 2;
  map<string, int32> quantities = 3;
  optional string note = 4;
  oneof payment { string card = 5; string iban = 6; }
  Status status = 7;
  repeated Line lines = 8;
  google.protobuf.Timestamp at = 9;
  message Line { string sku = 1; }
}
enum Status { NEW = 0; PAID = 1; }
`;
  const deps = [{ name: 'common.proto', schemaType: 'PROTOBUF' as const, schema: common }];

  it('serves a text schema as a FileDescriptorProto that Confluent-style clients can build a registry from and decode with', () => {
    const parsed = formatFor('PROTOBUF').parse(order, deps);
    const fd = fromBinary(FileDescriptorProtoSchema, Buffer.from(parsed.formatted('serialized'), 'base64'));
    expect(fd.dependency).toEqual(['common.proto', 'google/protobuf/timestamp.proto']);
    const commonFd = fromBinary(FileDescriptorProtoSchema, Buffer.from(formatFor('PROTOBUF').parse(common, []).formatted('serialized'), 'base64'));
    commonFd.name = 'common.proto';
    const commonFile = createFileRegistry(commonFd, () => undefined).getFile('common.proto')!;
    const registry = createFileRegistry(fd, (name) => (name === 'common.proto' ? commonFile : name === 'google/protobuf/timestamp.proto' ? file_google_protobuf_timestamp : undefined));
    const Order = registry.getMessage('shop.Order')!;
    expect(Order.fields.map((f) => f.name)).toEqual(['id', 'total', 'quantities', 'note', 'card', 'iban', 'status', 'lines', 'at']);
    const msg = create(Order, { id: 7n, total: { currency: 'EUR', units: 5n }, quantities: { a: 2 }, note: 'hi', payment: { case: 'iban', value: 'FR76' }, status: 1, lines: [{ sku: 'x' }] } as never);
    const back = fromBinary(Order, toBinary(Order, msg)) as unknown as Record<string, unknown>;
    expect(back).toMatchObject({ id: 7n, note: 'hi', quantities: { a: 2 }, payment: { case: 'iban', value: 'FR76' }, status: 1 });
  });

  it('accepts a base64 descriptor, serves it back as is, and prints it as .proto text that parses to the same rules', () => {
    const text = formatFor('PROTOBUF').parse(order, deps);
    const b64 = text.formatted('serialized');
    const fromDescriptor = formatFor('PROTOBUF').parse(b64, deps);
    expect(fromDescriptor.formatted('serialized')).toBe(b64);
    const printed = fromDescriptor.formatted(undefined);
    expect(printed).toContain('message Order {');
    expect(printed).toContain('map<string, int32> quantities = 3;');
    expect(printed).toContain('oneof payment {');
    const reparsed = formatFor('PROTOBUF').parse(printed, deps);
    expect(reparsed.readerIncompatibilities(text)).toEqual([]);
    expect(text.readerIncompatibilities(reparsed)).toEqual([]);
  });
});
