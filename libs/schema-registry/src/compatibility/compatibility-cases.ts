import type { SchemaCompatibility, SchemaType } from '@tributary/db';

/** One published behaviour of Confluent's registry: registering `candidate` after `previous` (oldest first) under `level`. */
export interface CompatibilityCase {
  name: string;
  level: SchemaCompatibility;
  previous: string[];
  candidate: string;
  compatible: boolean;
  /** The first reason Confluent's registry gives, when it refuses. */
  errorType?: string;
}

const rec = (fields: object[], extra: object = {}) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields, ...extra });
const id = { name: 'id', type: 'long' };
const enm = (symbols: string[], extra: object = {}) => rec([{ name: 's', type: { type: 'enum', name: 'Status', symbols, ...extra } }]);
const fixed = (size: number) => rec([{ name: 'f', type: { type: 'fixed', name: 'Hash', size } }]);

export const AVRO_CASES: CompatibilityCase[] = [
  { name: 'BACKWARD: added optional field (with default)', level: 'BACKWARD', previous: [rec([id])], candidate: rec([id, { name: 'note', type: ['null', 'string'], default: null }]), compatible: true },
  { name: 'BACKWARD: added field without default', level: 'BACKWARD', previous: [rec([id])], candidate: rec([id, { name: 'qty', type: 'int' }]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'BACKWARD: removed field', level: 'BACKWARD', previous: [rec([id, { name: 'qty', type: 'int' }])], candidate: rec([id]), compatible: true },
  { name: 'FORWARD: removed required field (old readers need it)', level: 'FORWARD', previous: [rec([id, { name: 'qty', type: 'int' }])], candidate: rec([id]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'FORWARD: removed field that had a default', level: 'FORWARD', previous: [rec([id, { name: 'qty', type: 'int', default: 0 }])], candidate: rec([id]), compatible: true },
  { name: 'FORWARD: added field without default', level: 'FORWARD', previous: [rec([id])], candidate: rec([id, { name: 'qty', type: 'int' }]), compatible: true },
  { name: 'FULL: added field with default', level: 'FULL', previous: [rec([id])], candidate: rec([id, { name: 'qty', type: 'int', default: 1 }]), compatible: true },
  { name: 'FULL: added field without default', level: 'FULL', previous: [rec([id])], candidate: rec([id, { name: 'qty', type: 'int' }]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'FULL: removed field without default', level: 'FULL', previous: [rec([id, { name: 'qty', type: 'int' }])], candidate: rec([id]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'BACKWARD: int promoted to long', level: 'BACKWARD', previous: [rec([{ name: 'n', type: 'int' }])], candidate: rec([{ name: 'n', type: 'long' }]), compatible: true },
  { name: 'BACKWARD: long narrowed to int', level: 'BACKWARD', previous: [rec([{ name: 'n', type: 'long' }])], candidate: rec([{ name: 'n', type: 'int' }]), compatible: false, errorType: 'TYPE_MISMATCH' },
  { name: 'FORWARD: int promoted to long (old reader cannot read long)', level: 'FORWARD', previous: [rec([{ name: 'n', type: 'int' }])], candidate: rec([{ name: 'n', type: 'long' }]), compatible: false, errorType: 'TYPE_MISMATCH' },
  { name: 'BACKWARD: float promoted to double', level: 'BACKWARD', previous: [rec([{ name: 'n', type: 'float' }])], candidate: rec([{ name: 'n', type: 'double' }]), compatible: true },
  { name: 'BACKWARD: int promoted to double', level: 'BACKWARD', previous: [rec([{ name: 'n', type: 'int' }])], candidate: rec([{ name: 'n', type: 'double' }]), compatible: true },
  { name: 'FULL: string and bytes are interchangeable', level: 'FULL', previous: [rec([{ name: 'b', type: 'string' }])], candidate: rec([{ name: 'b', type: 'bytes' }]), compatible: true },
  { name: 'BACKWARD: string to int', level: 'BACKWARD', previous: [rec([{ name: 'n', type: 'string' }])], candidate: rec([{ name: 'n', type: 'int' }]), compatible: false, errorType: 'TYPE_MISMATCH' },
  { name: 'BACKWARD: enum symbol added', level: 'BACKWARD', previous: [enm(['NEW', 'PAID'])], candidate: enm(['NEW', 'PAID', 'SHIPPED']), compatible: true },
  { name: 'BACKWARD: enum symbol removed', level: 'BACKWARD', previous: [enm(['NEW', 'PAID'])], candidate: enm(['NEW']), compatible: false, errorType: 'MISSING_ENUM_SYMBOLS' },
  { name: 'BACKWARD: enum symbol removed, reader has a default symbol', level: 'BACKWARD', previous: [enm(['NEW', 'PAID'])], candidate: enm(['NEW'], { default: 'NEW' }), compatible: true },
  { name: 'FORWARD: enum symbol added', level: 'FORWARD', previous: [enm(['NEW'])], candidate: enm(['NEW', 'PAID']), compatible: false, errorType: 'MISSING_ENUM_SYMBOLS' },
  { name: 'BACKWARD: type added to a union', level: 'BACKWARD', previous: [rec([{ name: 'v', type: ['null', 'int'] }])], candidate: rec([{ name: 'v', type: ['null', 'int', 'string'] }]), compatible: true },
  { name: 'BACKWARD: type removed from a union', level: 'BACKWARD', previous: [rec([{ name: 'v', type: ['null', 'int', 'string'] }])], candidate: rec([{ name: 'v', type: ['null', 'int'] }]), compatible: false, errorType: 'MISSING_UNION_BRANCH' },
  { name: 'BACKWARD: plain type widened to a union', level: 'BACKWARD', previous: [rec([{ name: 'v', type: 'int' }])], candidate: rec([{ name: 'v', type: ['null', 'int'] }]), compatible: true },
  { name: 'BACKWARD: union narrowed to a plain type', level: 'BACKWARD', previous: [rec([{ name: 'v', type: ['null', 'int'] }])], candidate: rec([{ name: 'v', type: 'int' }]), compatible: false, errorType: 'TYPE_MISMATCH' },
  { name: 'BACKWARD: union branch promoted (int to long)', level: 'BACKWARD', previous: [rec([{ name: 'v', type: ['null', 'int'] }])], candidate: rec([{ name: 'v', type: ['null', 'long'] }]), compatible: true },
  { name: 'BACKWARD: record renamed', level: 'BACKWARD', previous: [rec([id])], candidate: JSON.stringify({ type: 'record', name: 'Purchase', namespace: 'shop', fields: [id] }), compatible: false, errorType: 'NAME_MISMATCH' },
  { name: 'BACKWARD: record renamed with an alias for the old name', level: 'BACKWARD', previous: [rec([id])], candidate: JSON.stringify({ type: 'record', name: 'Purchase', namespace: 'shop', aliases: ['shop.Order'], fields: [id] }), compatible: true },
  { name: 'BACKWARD: field renamed with an alias', level: 'BACKWARD', previous: [rec([{ name: 'qty', type: 'int' }])], candidate: rec([{ name: 'quantity', type: 'int', aliases: ['qty'] }]), compatible: true },
  { name: 'BACKWARD: field renamed without alias or default', level: 'BACKWARD', previous: [rec([{ name: 'qty', type: 'int' }])], candidate: rec([{ name: 'quantity', type: 'int' }]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'BACKWARD: fixed size changed', level: 'BACKWARD', previous: [fixed(16)], candidate: fixed(32), compatible: false, errorType: 'FIXED_SIZE_MISMATCH' },
  { name: 'BACKWARD: array items promoted', level: 'BACKWARD', previous: [rec([{ name: 'a', type: { type: 'array', items: 'int' } }])], candidate: rec([{ name: 'a', type: { type: 'array', items: 'long' } }]), compatible: true },
  { name: 'BACKWARD: map values narrowed', level: 'BACKWARD', previous: [rec([{ name: 'm', type: { type: 'map', values: 'long' } }])], candidate: rec([{ name: 'm', type: { type: 'map', values: 'int' } }]), compatible: false, errorType: 'TYPE_MISMATCH' },
  { name: 'BACKWARD: array became a map', level: 'BACKWARD', previous: [rec([{ name: 'a', type: { type: 'array', items: 'int' } }])], candidate: rec([{ name: 'a', type: { type: 'map', values: 'int' } }]), compatible: false, errorType: 'TYPE_MISMATCH' },
  { name: 'BACKWARD: field without default added in a nested record', level: 'BACKWARD', previous: [rec([{ name: 'line', type: { type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }] } }])], candidate: rec([{ name: 'line', type: { type: 'record', name: 'Line', fields: [{ name: 'sku', type: 'string' }, { name: 'qty', type: 'int' }] } }]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'BACKWARD: recursive record gains an optional field', level: 'BACKWARD', previous: [JSON.stringify({ type: 'record', name: 'Node', fields: [{ name: 'v', type: 'int' }, { name: 'next', type: ['null', 'Node'], default: null }] })], candidate: JSON.stringify({ type: 'record', name: 'Node', fields: [{ name: 'v', type: 'int' }, { name: 'next', type: ['null', 'Node'], default: null }, { name: 'tag', type: 'string', default: '' }] }), compatible: true },
  { name: 'BACKWARD: primitive schema changed', level: 'BACKWARD', previous: ['"string"'], candidate: '"int"', compatible: false, errorType: 'TYPE_MISMATCH' },
  { name: 'NONE: anything goes', level: 'NONE', previous: ['"string"'], candidate: '"int"', compatible: true },
  { name: 'BACKWARD checks only the latest version', level: 'BACKWARD', previous: [rec([id]), rec([id, { name: 'b', type: 'string', default: 'x' }])], candidate: rec([id, { name: 'b', type: 'string' }]), compatible: true },
  { name: 'BACKWARD_TRANSITIVE checks every earlier version', level: 'BACKWARD_TRANSITIVE', previous: [rec([id]), rec([id, { name: 'b', type: 'string', default: 'x' }])], candidate: rec([id, { name: 'b', type: 'string' }]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'FORWARD checks only the latest version', level: 'FORWARD', previous: [rec([id, { name: 'b', type: 'string' }]), rec([id, { name: 'b', type: 'string', default: 'x' }])], candidate: rec([id]), compatible: true },
  { name: 'FORWARD_TRANSITIVE checks every earlier version', level: 'FORWARD_TRANSITIVE', previous: [rec([id, { name: 'b', type: 'string' }]), rec([id, { name: 'b', type: 'string', default: 'x' }])], candidate: rec([id]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
  { name: 'FULL checks only the latest version', level: 'FULL', previous: [rec([id, { name: 'b', type: 'string' }]), rec([id, { name: 'b', type: 'string', default: 'x' }])], candidate: rec([id, { name: 'c', type: 'int', default: 0 }]), compatible: true },
  { name: 'FULL_TRANSITIVE checks every earlier version', level: 'FULL_TRANSITIVE', previous: [rec([id, { name: 'b', type: 'string' }]), rec([id, { name: 'b', type: 'string', default: 'x' }])], candidate: rec([id, { name: 'c', type: 'int', default: 0 }]), compatible: false, errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE' },
];

const closed = (properties: object, required: string[] = [], extra: object = {}) => JSON.stringify({ type: 'object', properties, required, additionalProperties: false, ...extra });
const open = (properties: object, required: string[] = []) => JSON.stringify({ type: 'object', properties, required });
const prop = (p: object) => JSON.stringify({ type: 'object', properties: { v: p }, additionalProperties: false });
const S = { type: 'string' };
const I = { type: 'integer' };

export const JSON_CASES: CompatibilityCase[] = [
  { name: 'BACKWARD: optional property added to a closed model', level: 'BACKWARD', previous: [closed({ id: I }, ['id'])], candidate: closed({ id: I, note: S }, ['id']), compatible: true },
  { name: 'BACKWARD: required property removed from a closed model', level: 'BACKWARD', previous: [closed({ id: I, qty: I }, ['id', 'qty'])], candidate: closed({ id: I }, ['id']), compatible: false, errorType: 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL' },
  { name: 'BACKWARD: required property added to a closed model', level: 'BACKWARD', previous: [closed({ id: I }, ['id'])], candidate: closed({ id: I, qty: I }, ['id', 'qty']), compatible: false, errorType: 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL' },
  { name: 'BACKWARD: required property with a default added to a closed model', level: 'BACKWARD', previous: [closed({ id: I }, ['id'])], candidate: closed({ id: I, qty: { type: 'integer', default: 1 } }, ['id', 'qty']), compatible: true },
  { name: 'BACKWARD: property added to an open model', level: 'BACKWARD', previous: [open({ id: I })], candidate: open({ id: I, note: S }), compatible: false, errorType: 'PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL' },
  { name: 'BACKWARD: property removed from an open model', level: 'BACKWARD', previous: [open({ id: I, note: S })], candidate: open({ id: I }), compatible: true },
  { name: 'FORWARD: optional property added to a closed model', level: 'FORWARD', previous: [closed({ id: I })], candidate: closed({ id: I, note: S }), compatible: false, errorType: 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL' },
  { name: 'FORWARD: property added to an open model', level: 'FORWARD', previous: [open({ id: I })], candidate: open({ id: I, note: S }), compatible: true },
  { name: 'FULL: optional property added to a closed model', level: 'FULL', previous: [closed({ id: I })], candidate: closed({ id: I, note: S }), compatible: false, errorType: 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL' },
  { name: 'FULL: optional property added under additionalProperties that covers it', level: 'FULL', previous: [JSON.stringify({ type: 'object', properties: { id: I }, additionalProperties: S })], candidate: JSON.stringify({ type: 'object', properties: { id: I, note: S }, additionalProperties: S }), compatible: true },
  { name: 'BACKWARD: property added that additionalProperties does not cover', level: 'BACKWARD', previous: [JSON.stringify({ type: 'object', properties: { id: I }, additionalProperties: S })], candidate: JSON.stringify({ type: 'object', properties: { id: I, n: I }, additionalProperties: S }), compatible: false, errorType: 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' },
  { name: 'BACKWARD: existing property made required', level: 'BACKWARD', previous: [open({ id: I, note: S }, ['id'])], candidate: open({ id: I, note: S }, ['id', 'note']), compatible: false, errorType: 'REQUIRED_ATTRIBUTE_ADDED' },
  { name: 'BACKWARD: required attribute removed', level: 'BACKWARD', previous: [open({ id: I, note: S }, ['id', 'note'])], candidate: open({ id: I, note: S }, ['id']), compatible: true },
  { name: 'BACKWARD: integer widened to number', level: 'BACKWARD', previous: [prop(I)], candidate: prop({ type: 'number' }), compatible: true },
  { name: 'BACKWARD: number narrowed to integer', level: 'BACKWARD', previous: [prop({ type: 'number' })], candidate: prop(I), compatible: false, errorType: 'TYPE_NARROWED' },
  { name: 'BACKWARD: string changed to integer', level: 'BACKWARD', previous: [prop(S)], candidate: prop(I), compatible: false, errorType: 'TYPE_CHANGED' },
  { name: 'BACKWARD: null removed from the types', level: 'BACKWARD', previous: [prop({ type: ['string', 'null'] })], candidate: prop(S), compatible: false, errorType: 'TYPE_NARROWED' },
  { name: 'BACKWARD: null added to the types', level: 'BACKWARD', previous: [prop(S)], candidate: prop({ type: ['string', 'null'] }), compatible: true },
  { name: 'BACKWARD: maxLength added', level: 'BACKWARD', previous: [prop(S)], candidate: prop({ type: 'string', maxLength: 10 }), compatible: false, errorType: 'MAX_LENGTH_ADDED' },
  { name: 'BACKWARD: maxLength increased', level: 'BACKWARD', previous: [prop({ type: 'string', maxLength: 10 })], candidate: prop({ type: 'string', maxLength: 20 }), compatible: true },
  { name: 'BACKWARD: maxLength decreased', level: 'BACKWARD', previous: [prop({ type: 'string', maxLength: 20 })], candidate: prop({ type: 'string', maxLength: 10 }), compatible: false, errorType: 'MAX_LENGTH_DECREASED' },
  { name: 'BACKWARD: minLength decreased', level: 'BACKWARD', previous: [prop({ type: 'string', minLength: 5 })], candidate: prop({ type: 'string', minLength: 1 }), compatible: true },
  { name: 'BACKWARD: minLength increased', level: 'BACKWARD', previous: [prop({ type: 'string', minLength: 1 })], candidate: prop({ type: 'string', minLength: 5 }), compatible: false, errorType: 'MIN_LENGTH_INCREASED' },
  { name: 'BACKWARD: maximum removed', level: 'BACKWARD', previous: [prop({ type: 'integer', maximum: 10 })], candidate: prop(I), compatible: true },
  { name: 'BACKWARD: minimum added', level: 'BACKWARD', previous: [prop(I)], candidate: prop({ type: 'integer', minimum: 0 }), compatible: false, errorType: 'MINIMUM_ADDED' },
  { name: 'BACKWARD: enum extended', level: 'BACKWARD', previous: [prop({ enum: ['a', 'b'] })], candidate: prop({ enum: ['a', 'b', 'c'] }), compatible: true },
  { name: 'BACKWARD: enum narrowed', level: 'BACKWARD', previous: [prop({ enum: ['a', 'b'] })], candidate: prop({ enum: ['a'] }), compatible: false, errorType: 'ENUM_ARRAY_NARROWED' },
  { name: 'BACKWARD: enum added', level: 'BACKWARD', previous: [prop(S)], candidate: prop({ type: 'string', enum: ['a'] }), compatible: false, errorType: 'ENUM_ARRAY_NARROWED' },
  { name: 'BACKWARD: pattern added', level: 'BACKWARD', previous: [prop(S)], candidate: prop({ type: 'string', pattern: '^a' }), compatible: false, errorType: 'PATTERN_ADDED' },
  { name: 'BACKWARD: pattern removed', level: 'BACKWARD', previous: [prop({ type: 'string', pattern: '^a' })], candidate: prop(S), compatible: true },
  { name: 'BACKWARD: array items narrowed', level: 'BACKWARD', previous: [prop({ type: 'array', items: { type: 'number' } })], candidate: prop({ type: 'array', items: I }), compatible: false, errorType: 'TYPE_NARROWED' },
  { name: 'BACKWARD: array items widened', level: 'BACKWARD', previous: [prop({ type: 'array', items: I })], candidate: prop({ type: 'array', items: { type: 'number' } }), compatible: true },
  { name: 'BACKWARD: maxItems added', level: 'BACKWARD', previous: [prop({ type: 'array' })], candidate: prop({ type: 'array', maxItems: 3 }), compatible: false, errorType: 'MAX_ITEMS_ADDED' },
  { name: 'BACKWARD: uniqueItems added', level: 'BACKWARD', previous: [prop({ type: 'array' })], candidate: prop({ type: 'array', uniqueItems: true }), compatible: false, errorType: 'UNIQUE_ITEMS_ADDED' },
  { name: 'BACKWARD: anyOf alternative added', level: 'BACKWARD', previous: [prop({ anyOf: [S, I] })], candidate: prop({ anyOf: [S, I, { type: 'boolean' }] }), compatible: true },
  { name: 'BACKWARD: oneOf alternative removed', level: 'BACKWARD', previous: [prop({ oneOf: [S, I] })], candidate: prop({ oneOf: [S] }), compatible: false, errorType: 'SUM_TYPE_NARROWED' },
  { name: 'BACKWARD: plain type widened to anyOf', level: 'BACKWARD', previous: [prop(S)], candidate: prop({ anyOf: [S, I] }), compatible: true },
  { name: 'BACKWARD: allOf part added', level: 'BACKWARD', previous: [prop({ allOf: [S] })], candidate: prop({ allOf: [S, { maxLength: 3 }] }), compatible: false, errorType: 'PRODUCT_TYPE_EXTENDED' },
  { name: 'BACKWARD: additionalProperties closed', level: 'BACKWARD', previous: [open({ id: I })], candidate: closed({ id: I }), compatible: false, errorType: 'ADDITIONAL_PROPERTIES_REMOVED' },
  { name: 'BACKWARD: additionalProperties opened', level: 'BACKWARD', previous: [closed({ id: I })], candidate: open({ id: I }), compatible: true },
  { name: 'BACKWARD: change inside a local $ref definition', level: 'BACKWARD', previous: [JSON.stringify({ definitions: { Q: I }, type: 'object', properties: { q: { $ref: '#/definitions/Q' } } })], candidate: JSON.stringify({ definitions: { Q: S }, type: 'object', properties: { q: { $ref: '#/definitions/Q' } } }), compatible: false, errorType: 'TYPE_CHANGED' },
  { name: 'NONE: anything goes', level: 'NONE', previous: [prop(S)], candidate: prop(I), compatible: true },
  { name: 'BACKWARD checks only the latest version', level: 'BACKWARD', previous: [prop({ type: 'string', maxLength: 10 }), prop({ type: 'string', maxLength: 5 })], candidate: prop({ type: 'string', maxLength: 8 }), compatible: true },
  { name: 'BACKWARD_TRANSITIVE checks every earlier version', level: 'BACKWARD_TRANSITIVE', previous: [prop({ type: 'string', maxLength: 10 }), prop({ type: 'string', maxLength: 5 })], candidate: prop({ type: 'string', maxLength: 8 }), compatible: false, errorType: 'MAX_LENGTH_DECREASED' },
  { name: 'FORWARD_TRANSITIVE checks every earlier version', level: 'FORWARD_TRANSITIVE', previous: [prop({ type: 'string', maxLength: 5 }), prop({ type: 'string', maxLength: 10 })], candidate: prop({ type: 'string', maxLength: 8 }), compatible: false, errorType: 'MAX_LENGTH_DECREASED' },
  { name: 'FULL_TRANSITIVE checks every earlier version', level: 'FULL_TRANSITIVE', previous: [prop(I), prop({ type: 'number' })], candidate: prop({ type: 'number' }), compatible: false, errorType: 'TYPE_NARROWED' },
];

const p3 = (body: string, pkg = 'shop') => `syntax = "proto3";\npackage ${pkg};\n${body}\n`;
const p2 = (body: string) => `syntax = "proto2";\npackage shop;\n${body}\n`;

export const PROTOBUF_CASES: CompatibilityCase[] = [
  { name: 'BACKWARD: optional field added', level: 'BACKWARD', previous: [p3('message Order { int64 id = 1; }')], candidate: p3('message Order { int64 id = 1; string note = 2; }'), compatible: true },
  { name: 'BACKWARD: required field removed (proto2)', level: 'BACKWARD', previous: [p2('message Order { required int64 id = 1; required int32 qty = 2; }')], candidate: p2('message Order { required int64 id = 1; }'), compatible: false, errorType: 'REQUIRED_FIELD_REMOVED' },
  { name: 'BACKWARD: required field added (proto2)', level: 'BACKWARD', previous: [p2('message Order { required int64 id = 1; }')], candidate: p2('message Order { required int64 id = 1; required int32 qty = 2; }'), compatible: false, errorType: 'REQUIRED_FIELD_ADDED' },
  { name: 'BACKWARD: optional field made required (proto2)', level: 'BACKWARD', previous: [p2('message Order { optional int32 qty = 2; }')], candidate: p2('message Order { required int32 qty = 2; }'), compatible: false, errorType: 'REQUIRED_FIELD_ADDED' },
  { name: 'BACKWARD: optional field removed', level: 'BACKWARD', previous: [p3('message Order { int64 id = 1; string note = 2; }')], candidate: p3('message Order { int64 id = 1; }'), compatible: true },
  { name: 'FORWARD: optional field added', level: 'FORWARD', previous: [p3('message Order { int64 id = 1; }')], candidate: p3('message Order { int64 id = 1; string note = 2; }'), compatible: true },
  { name: 'FORWARD: required field removed (old readers require it)', level: 'FORWARD', previous: [p2('message Order { required int64 id = 1; required int32 qty = 2; }')], candidate: p2('message Order { required int64 id = 1; }'), compatible: false, errorType: 'REQUIRED_FIELD_ADDED' },
  { name: 'FULL: optional field added and another removed', level: 'FULL', previous: [p3('message Order { int64 id = 1; string note = 2; }')], candidate: p3('message Order { int64 id = 1; bool gift = 3; }'), compatible: true },
  { name: 'FULL: field renamed (numbers are what the wire carries)', level: 'FULL', previous: [p3('message Order { int64 id = 1; }')], candidate: p3('message Order { int64 order_id = 1; }'), compatible: true },
  { name: 'FULL: int32 to int64 (same varint encoding)', level: 'FULL', previous: [p3('message Order { int32 n = 1; }')], candidate: p3('message Order { int64 n = 1; }'), compatible: true },
  { name: 'FULL: uint32 to bool (same varint encoding)', level: 'FULL', previous: [p3('message Order { uint32 n = 1; }')], candidate: p3('message Order { bool n = 1; }'), compatible: true },
  { name: 'FULL: sint32 to sint64 (zigzag both)', level: 'FULL', previous: [p3('message Order { sint32 n = 1; }')], candidate: p3('message Order { sint64 n = 1; }'), compatible: true },
  { name: 'FULL: fixed32 to sfixed32', level: 'FULL', previous: [p3('message Order { fixed32 n = 1; }')], candidate: p3('message Order { sfixed32 n = 1; }'), compatible: true },
  { name: 'FULL: string to bytes', level: 'FULL', previous: [p3('message Order { string s = 1; }')], candidate: p3('message Order { bytes s = 1; }'), compatible: true },
  { name: 'BACKWARD: int32 to sint32 (different encoding)', level: 'BACKWARD', previous: [p3('message Order { int32 n = 1; }')], candidate: p3('message Order { sint32 n = 1; }'), compatible: false, errorType: 'FIELD_SCALAR_KIND_CHANGED' },
  { name: 'BACKWARD: int32 to string', level: 'BACKWARD', previous: [p3('message Order { int32 n = 1; }')], candidate: p3('message Order { string n = 1; }'), compatible: false, errorType: 'FIELD_SCALAR_KIND_CHANGED' },
  { name: 'BACKWARD: fixed64 to double', level: 'BACKWARD', previous: [p3('message Order { fixed64 n = 1; }')], candidate: p3('message Order { double n = 1; }'), compatible: false, errorType: 'FIELD_SCALAR_KIND_CHANGED' },
  { name: 'BACKWARD: scalar became a message', level: 'BACKWARD', previous: [p3('message Order { string line = 1; }')], candidate: p3('message Order { Line line = 1; }\nmessage Line { string sku = 1; }'), compatible: false, errorType: 'FIELD_KIND_CHANGED' },
  { name: 'BACKWARD: field changed to another message type', level: 'BACKWARD', previous: [p3('message Order { A x = 1; }\nmessage A { string s = 1; }\nmessage B { string s = 1; }')], candidate: p3('message Order { B x = 1; }\nmessage A { string s = 1; }\nmessage B { string s = 1; }'), compatible: false, errorType: 'FIELD_NAMED_TYPE_CHANGED' },
  { name: 'BACKWARD: singular field became repeated', level: 'BACKWARD', previous: [p3('message Order { string tag = 1; }')], candidate: p3('message Order { repeated string tag = 1; }'), compatible: false, errorType: 'FIELD_KIND_CHANGED' },
  { name: 'BACKWARD: map value type changed', level: 'BACKWARD', previous: [p3('message Order { map<string, int32> qty = 1; }')], candidate: p3('message Order { map<string, string> qty = 1; }'), compatible: false, errorType: 'FIELD_NAMED_TYPE_CHANGED' },
  { name: 'BACKWARD: map became a plain field', level: 'BACKWARD', previous: [p3('message Order { map<string, int32> qty = 1; }')], candidate: p3('message Order { int32 qty = 1; }'), compatible: false, errorType: 'FIELD_KIND_CHANGED' },
  { name: 'BACKWARD: message removed', level: 'BACKWARD', previous: [p3('message Order { int64 id = 1; }\nmessage Line { string sku = 1; }')], candidate: p3('message Order { int64 id = 1; }'), compatible: false, errorType: 'MESSAGE_REMOVED' },
  { name: 'BACKWARD: message added', level: 'BACKWARD', previous: [p3('message Order { int64 id = 1; }')], candidate: p3('message Order { int64 id = 1; }\nmessage Line { string sku = 1; }'), compatible: true },
  { name: 'BACKWARD: nested message gains a field', level: 'BACKWARD', previous: [p3('message Order { Line line = 1; message Line { string sku = 1; } }')], candidate: p3('message Order { Line line = 1; message Line { string sku = 1; int32 qty = 2; } }'), compatible: true },
  { name: 'BACKWARD: nested message field changes kind', level: 'BACKWARD', previous: [p3('message Order { Line line = 1; message Line { string sku = 1; } }')], candidate: p3('message Order { Line line = 1; message Line { double sku = 1; } }'), compatible: false, errorType: 'FIELD_SCALAR_KIND_CHANGED' },
  { name: 'BACKWARD: package changed', level: 'BACKWARD', previous: [p3('message Order { int64 id = 1; }')], candidate: p3('message Order { int64 id = 1; }', 'store'), compatible: false, errorType: 'PACKAGE_CHANGED' },
  { name: 'BACKWARD: field moved into an existing oneof', level: 'BACKWARD', previous: [p3('message Order { string card = 1; oneof pay { string iban = 2; } }')], candidate: p3('message Order { oneof pay { string card = 1; string iban = 2; } }'), compatible: false, errorType: 'FIELD_MOVED_TO_EXISTING_ONEOF' },
  { name: 'BACKWARD: several fields moved into a new oneof', level: 'BACKWARD', previous: [p3('message Order { string card = 1; string iban = 2; }')], candidate: p3('message Order { oneof pay { string card = 1; string iban = 2; } }'), compatible: false, errorType: 'MULTIPLE_FIELDS_MOVED_TO_ONEOF' },
  { name: 'BACKWARD: one field moved into a new oneof', level: 'BACKWARD', previous: [p3('message Order { string card = 1; }')], candidate: p3('message Order { oneof pay { string card = 1; } }'), compatible: true },
  { name: 'BACKWARD: enum value added', level: 'BACKWARD', previous: [p3('message Order { Status s = 1; }\nenum Status { NEW = 0; }')], candidate: p3('message Order { Status s = 1; }\nenum Status { NEW = 0; PAID = 1; }'), compatible: true },
  { name: 'BACKWARD: proto3 optional keyword added', level: 'BACKWARD', previous: [p3('message Order { string note = 1; }')], candidate: p3('message Order { optional string note = 1; }'), compatible: true },
  { name: 'NONE: anything goes', level: 'NONE', previous: [p3('message Order { int32 n = 1; }')], candidate: p3('message Order { string n = 1; }'), compatible: true },
  { name: 'BACKWARD checks only the latest version', level: 'BACKWARD', previous: [p3('message Order { int32 n = 1; }'), p3('message Order { }')], candidate: p3('message Order { string n = 1; }'), compatible: true },
  { name: 'BACKWARD_TRANSITIVE checks every earlier version', level: 'BACKWARD_TRANSITIVE', previous: [p3('message Order { int32 n = 1; }'), p3('message Order { }')], candidate: p3('message Order { string n = 1; }'), compatible: false, errorType: 'FIELD_SCALAR_KIND_CHANGED' },
  { name: 'FORWARD_TRANSITIVE checks every earlier version', level: 'FORWARD_TRANSITIVE', previous: [p2('message Order { required int32 n = 1; }'), p2('message Order { optional int32 n = 1; }')], candidate: p2('message Order { }'), compatible: false, errorType: 'REQUIRED_FIELD_ADDED' },
  { name: 'FULL_TRANSITIVE checks every earlier version', level: 'FULL_TRANSITIVE', previous: [p3('message Order { int32 n = 1; }'), p3('message Order { }')], candidate: p3('message Order { string n = 1; }'), compatible: false, errorType: 'FIELD_SCALAR_KIND_CHANGED' },
];

export const CASES: Record<SchemaType, CompatibilityCase[]> = { AVRO: AVRO_CASES, JSON: JSON_CASES, PROTOBUF: PROTOBUF_CASES };
