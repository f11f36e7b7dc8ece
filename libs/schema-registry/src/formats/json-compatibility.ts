import type { Incompatibility } from './schema-format';

export type JsonNode = boolean | Record<string, unknown>;
export interface JsonSchemaDocs {
  root: JsonNode;
  /** Referenced schemas, by the name the references give them. */
  external: Map<string, JsonNode>;
}

interface At {
  docs: JsonSchemaDocs;
  /** The document `#` pointers resolve against. */
  doc: JsonNode;
  node: JsonNode;
}

interface Ctx {
  out: Incompatibility[];
  stack: Set<string>;
}

/**
 * Can every document the writer's schema accepts still be accepted by the reader's? JSON Schema's
 * content model, checked keyword by keyword the way Confluent's registry does (its
 * JsonSchemaDiff difference types): an open content model (additionalProperties absent or true)
 * lets properties be removed but not added, a closed one the reverse; types, enums, bounds and
 * lengths may widen but not narrow; sum types (anyOf/oneOf) may gain branches, product types
 * (allOf) may lose them.
 */
export function jsonReaderIncompatibilities(reader: JsonSchemaDocs, writer: JsonSchemaDocs): Incompatibility[] {
  const ctx: Ctx = { out: [], stack: new Set() };
  compare(ctx, { docs: writer, doc: writer.root, node: writer.root }, { docs: reader, doc: reader.root, node: reader.root }, '#');
  return ctx.out;
}

function add(ctx: Ctx, errorType: string, path: string, description: string) {
  ctx.out.push({ errorType, description: `${description} at path '${path}'`, additionalInfo: path });
}

function pointer(doc: JsonNode, ptr: string): JsonNode | undefined {
  let cur: unknown = doc;
  for (const raw of ptr.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return typeof cur === 'boolean' || (cur !== null && typeof cur === 'object') ? (cur as JsonNode) : undefined;
}

/** Follows `$ref` (local pointers, and referenced schemas by name); an unresolvable one is left as an unconstrained schema. */
function resolve(at: At, depth = 0): At & { ref?: string } {
  const n = at.node;
  if (typeof n !== 'object' || typeof n.$ref !== 'string' || depth > 32) return at;
  const ref = n.$ref;
  const hash = ref.indexOf('#');
  const base = hash === -1 ? ref : ref.slice(0, hash);
  const frag = hash === -1 ? '' : ref.slice(hash);
  const doc = base ? at.docs.external.get(base) : at.doc;
  if (doc === undefined) return { ...at, node: true };
  const target = frag ? pointer(doc, frag) : doc;
  return { ...resolve({ docs: at.docs, doc, node: target ?? true }, depth + 1), ref: `${base}${frag}` };
}

function obj(n: JsonNode): Record<string, unknown> {
  return typeof n === 'object' ? n : {};
}

function typesOf(n: JsonNode): Set<string> | undefined {
  const t = obj(n).type;
  if (typeof t === 'string') return new Set([t]);
  if (Array.isArray(t)) return new Set(t.map(String));
  return undefined;
}

function isAnything(n: JsonNode): boolean {
  return n === true || (typeof n === 'object' && Object.keys(n).filter((k) => !['$schema', '$id', 'id', 'title', 'description', '$comment', 'default', 'examples', 'definitions', '$defs'].includes(k)).length === 0);
}

function compatibleWith(ctx: Ctx, o: At, u: At, path: string): boolean {
  const sub: Ctx = { out: [], stack: ctx.stack };
  compare(sub, o, u, path);
  return sub.out.length === 0;
}

function child(at: At, node: unknown): At {
  return { ...at, node: typeof node === 'boolean' || (node !== null && typeof node === 'object' && !Array.isArray(node)) ? (node as JsonNode) : true };
}

function compare(ctx: Ctx, original: At, update: At, path: string): void {
  const o = resolve(original);
  const u = resolve(update);
  // Recursive schemas: a pair of references already being compared is assumed compatible.
  if (o.ref !== undefined && u.ref !== undefined) {
    const key = `${o.ref}|${u.ref}`;
    if (ctx.stack.has(key)) return;
    ctx.stack.add(key);
    try {
      compareResolved(ctx, o, u, path);
    } finally {
      ctx.stack.delete(key);
    }
    return;
  }
  compareResolved(ctx, o, u, path);
}

function compareResolved(ctx: Ctx, o: At, u: At, path: string): void {
  if (isAnything(u.node) || o.node === false) return;
  if (u.node === false) return add(ctx, 'TYPE_NARROWED', path, 'The new schema accepts nothing');
  const on = obj(o.node);
  const un = obj(u.node);

  if (combined(ctx, o, u, on, un, path)) return;
  checkTypes(ctx, on, un, path);
  checkBounds(ctx, on, un, path);
  checkEnum(ctx, on, un, path);
  checkArrays(ctx, o, u, on, un, path);
  checkObjects(ctx, o, u, on, un, path);
}

/** anyOf/oneOf/allOf; returns true when it has compared the whole of both schemas. */
function combined(ctx: Ctx, o: At, u: At, on: Record<string, unknown>, un: Record<string, unknown>, path: string): boolean {
  const sum = (n: Record<string, unknown>) => (Array.isArray(n.anyOf) ? (n.anyOf as unknown[]) : Array.isArray(n.oneOf) ? (n.oneOf as unknown[]) : undefined);
  const oSum = sum(on);
  const uSum = sum(un);
  const uAll = Array.isArray(un.allOf) ? (un.allOf as unknown[]) : undefined;
  const oAll = Array.isArray(on.allOf) ? (on.allOf as unknown[]) : undefined;
  if (!oSum && !uSum && !uAll && !oAll) return false;
  const strip = (at: At, n: Record<string, unknown>): At => {
    const { anyOf: _a, oneOf: _o, allOf: _l, ...rest } = n;
    return { ...at, node: rest };
  };
  if (oSum) {
    // Each of the writer's alternatives must be readable.
    oSum.forEach((branch, i) => {
      const b = child(o, branch);
      if (!compatibleWith(ctx, { ...b, node: { ...obj(strip(o, on).node), ...obj(resolve(b).node) } }, u, `${path}/${Array.isArray(on.anyOf) ? 'anyOf' : 'oneOf'}/${i}`)) {
        add(ctx, 'SUM_TYPE_NARROWED', `${path}/${Array.isArray(on.anyOf) ? 'anyOf' : 'oneOf'}/${i}`, 'An alternative of the old schema is not accepted by the new schema');
      }
    });
    return true;
  }
  if (uSum) {
    if (!uSum.some((branch) => compatibleWith(ctx, o, { ...u, node: { ...obj(strip(u, un).node), ...obj(resolve(child(u, branch)).node) } }, path))) {
      add(ctx, 'SUM_TYPE_NARROWED', path, 'None of the alternatives of the new schema accepts the old schema');
    }
    return true;
  }
  if (uAll) {
    uAll.forEach((branch, i) => {
      if (!compatibleWith(ctx, o, child(u, branch), `${path}/allOf/${i}`)) add(ctx, 'PRODUCT_TYPE_EXTENDED', `${path}/allOf/${i}`, 'The new schema requires a subschema the old schema does not guarantee');
    });
    compare(ctx, o, strip(u, un), path);
    return true;
  }
  // Only the writer is a product: it is enough that one of its parts, with the rest of it, fits.
  const rest = strip(o, on);
  if (!oAll!.some((branch) => compatibleWith(ctx, { ...o, node: { ...obj(rest.node), ...obj(resolve(child(o, branch)).node) } }, u, path))) {
    add(ctx, 'COMBINED_TYPE_CHANGED', path, 'The new schema does not accept what the old allOf accepted');
  }
  return true;
}

function checkTypes(ctx: Ctx, on: Record<string, unknown>, un: Record<string, unknown>, path: string) {
  const ut = typesOf(un);
  if (!ut) return;
  const ot = typesOf(on);
  if (!ot) return add(ctx, 'TYPE_NARROWED', path, 'The new schema restricts the type the old schema left open');
  const missing = [...ot].filter((t) => !ut.has(t) && !(t === 'integer' && ut.has('number')));
  if (missing.length === 0) return;
  const overlap = [...ot].some((t) => ut.has(t) || (t === 'integer' && ut.has('number')) || (t === 'number' && ut.has('integer')));
  add(ctx, overlap ? 'TYPE_NARROWED' : 'TYPE_CHANGED', path, `The new schema does not accept the type${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the old schema`);
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

function checkBounds(ctx: Ctx, on: Record<string, unknown>, un: Record<string, unknown>, path: string) {
  const upper = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];
  const lower = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
  const name = (k: string) => k.replace(/([A-Z])/g, '_$1').toUpperCase();
  for (const k of upper) {
    const uv = num(un[k]);
    if (uv === undefined) continue;
    const ov = num(on[k]);
    if (ov === undefined) add(ctx, `${name(k)}_ADDED`, path, `The new schema adds ${k} ${uv}`);
    else if (uv < ov) add(ctx, `${name(k)}_DECREASED`, path, `The new schema decreases ${k} from ${ov} to ${uv}`);
  }
  for (const k of lower) {
    const uv = num(un[k]);
    if (uv === undefined) continue;
    const ov = num(on[k]);
    if (ov === undefined) add(ctx, `${name(k)}_ADDED`, path, `The new schema adds ${k} ${uv}`);
    else if (uv > ov) add(ctx, `${name(k)}_INCREASED`, path, `The new schema increases ${k} from ${ov} to ${uv}`);
  }
  const um = num(un.multipleOf);
  if (um !== undefined) {
    const om = num(on.multipleOf);
    if (om === undefined) add(ctx, 'MULTIPLE_OF_ADDED', path, `The new schema adds multipleOf ${um}`);
    else if (om % um !== 0) add(ctx, 'MULTIPLE_OF_CHANGED', path, `The new schema changes multipleOf from ${om} to ${um}`);
  }
  if (typeof un.pattern === 'string' && un.pattern !== on.pattern) {
    add(ctx, on.pattern === undefined ? 'PATTERN_ADDED' : 'PATTERN_CHANGED', path, `The new schema requires the pattern ${un.pattern}`);
  }
}

function checkEnum(ctx: Ctx, on: Record<string, unknown>, un: Record<string, unknown>, path: string) {
  const key = (v: unknown) => JSON.stringify(v);
  if (Array.isArray(un.enum)) {
    const allowed = new Set(un.enum.map(key));
    const old = Array.isArray(on.enum) ? on.enum : 'const' in on ? [on.const] : undefined;
    if (!old) add(ctx, 'ENUM_ARRAY_NARROWED', path, 'The new schema adds an enum');
    else if (old.some((v) => !allowed.has(key(v)))) add(ctx, 'ENUM_ARRAY_NARROWED', path, 'The new schema removes values from the enum');
  }
  if ('const' in un && !('const' in on && key(on.const) === key(un.const)) && !(Array.isArray(on.enum) && on.enum.length === 1 && key(on.enum[0]) === key(un.const))) {
    add(ctx, 'CONST_CHANGED', path, 'The new schema requires a different constant');
  }
}

function checkArrays(ctx: Ctx, o: At, u: At, on: Record<string, unknown>, un: Record<string, unknown>, path: string) {
  if (un.uniqueItems === true && on.uniqueItems !== true) add(ctx, 'UNIQUE_ITEMS_ADDED', path, 'The new schema requires unique items');
  const tuple = (n: Record<string, unknown>) => (Array.isArray(n.prefixItems) ? (n.prefixItems as unknown[]) : Array.isArray(n.items) ? (n.items as unknown[]) : undefined);
  const rest = (n: Record<string, unknown>) => (Array.isArray(n.prefixItems) ? n.items : Array.isArray(n.items) ? n.additionalItems : n.items);
  const ot = tuple(on);
  const ut = tuple(un);
  if (!ot && !ut) {
    if (on.items !== undefined || un.items !== undefined) compare(ctx, child(o, on.items ?? true), child(u, un.items ?? true), `${path}/items`);
    return;
  }
  const n = Math.max(ot?.length ?? 0, ut?.length ?? 0);
  for (let i = 0; i < n; i++) {
    const oi = ot && i < ot.length ? ot[i] : rest(on) ?? true;
    const ui = ut && i < ut.length ? ut[i] : rest(un) ?? true;
    compare(ctx, child(o, oi), child(u, ui), `${path}/items/${i}`);
  }
  compare(ctx, child(o, rest(on) ?? true), child(u, rest(un) ?? true), `${path}/additionalItems`);
}

type Model = { kind: 'open' } | { kind: 'closed' } | { kind: 'partial'; schema: unknown };

function contentModel(n: Record<string, unknown>): Model {
  const ap = n.additionalProperties;
  if (ap === false) return n.patternProperties ? { kind: 'partial', schema: n.patternProperties } : { kind: 'closed' };
  if (ap === undefined || ap === true) return { kind: 'open' };
  return { kind: 'partial', schema: ap };
}

/** The schema an extra property `name` meets under a model (patternProperties first). */
function coverFor(n: Record<string, unknown>, name: string): unknown {
  const patterns = (n.patternProperties ?? {}) as Record<string, unknown>;
  for (const [re, schema] of Object.entries(patterns)) {
    try {
      if (new RegExp(re, 'u').test(name)) return schema;
    } catch {
      // An invalid pattern never matches.
    }
  }
  return n.additionalProperties ?? true;
}

function checkObjects(ctx: Ctx, o: At, u: At, on: Record<string, unknown>, un: Record<string, unknown>, path: string) {
  const oProps = (on.properties ?? {}) as Record<string, unknown>;
  const uProps = (un.properties ?? {}) as Record<string, unknown>;
  const oReq = new Set(Array.isArray(on.required) ? on.required.map(String) : []);
  const uReq = Array.isArray(un.required) ? un.required.map(String) : [];
  const oModel = contentModel(on);
  const uModel = contentModel(un);
  for (const name of Object.keys(oProps)) {
    const p = `${path}/properties/${name}`;
    if (name in uProps) {
      compare(ctx, child(o, oProps[name]), child(u, uProps[name]), p);
      continue;
    }
    if (uModel.kind === 'open' && !un.patternProperties) continue;
    const cover = coverFor(un, name);
    if (cover === false) add(ctx, 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL', p, `The new schema removes the property '${name}' from a closed content model`);
    else if (!compatibleWith(ctx, child(o, oProps[name]), child(u, cover), p)) add(ctx, 'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', p, `The new schema removes the property '${name}' and its additional properties do not accept it`);
  }
  for (const name of Object.keys(uProps)) {
    if (name in oProps) continue;
    const p = `${path}/properties/${name}`;
    if (oModel.kind === 'open' && !on.patternProperties) {
      add(ctx, 'PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', p, `The new schema adds the property '${name}' to an open content model`);
      continue;
    }
    const cover = coverFor(on, name);
    if (cover === false) {
      if (uReq.includes(name) && obj(uProps[name] as JsonNode).default === undefined) add(ctx, 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', p, `The new schema adds the required property '${name}'`);
    } else if (!compatibleWith(ctx, child(o, cover), child(u, uProps[name]), p)) {
      add(ctx, 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', p, `The new schema adds the property '${name}', which the old schema's additional properties do not guarantee`);
    }
  }
  for (const name of uReq) {
    if (oReq.has(name)) continue;
    // A property new to a closed model is reported above; a default makes a new requirement harmless.
    if (!(name in oProps) && oModel.kind !== 'open') continue;
    if (obj((uProps[name] ?? {}) as JsonNode).default !== undefined) continue;
    add(ctx, 'REQUIRED_ATTRIBUTE_ADDED', `${path}/required/${name}`, `The new schema requires the property '${name}'`);
  }
  // Extra properties: the new schema must accept every extra property the old one did.
  if (uModel.kind === 'closed' && oModel.kind !== 'closed') add(ctx, 'ADDITIONAL_PROPERTIES_REMOVED', path, 'The new schema closes the content model');
  else if (uModel.kind === 'partial' && !un.patternProperties && oModel.kind !== 'closed') {
    compare(ctx, child(o, on.additionalProperties ?? true), child(u, un.additionalProperties), `${path}/additionalProperties`);
  }
}
