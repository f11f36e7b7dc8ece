type JsonSchema = Record<string, unknown>;

/** No NUL character: the validation pipe refuses one anywhere in a body or query (no text column can hold it). */
export const NO_NUL = '^[^\\u0000]*$';

/** Any JSON value with no NUL character in a string or a key: what a free-form field accepts. */
export const JsonValueSchema: JsonSchema = {
  description: 'Any JSON value without a NUL character in its strings or keys',
  anyOf: [
    { type: ['null', 'boolean', 'number'] },
    { type: 'string', pattern: NO_NUL },
    { type: 'array', items: { $ref: '#/components/schemas/JsonValue' } },
    { type: 'object', propertyNames: { pattern: NO_NUL }, additionalProperties: { $ref: '#/components/schemas/JsonValue' } },
  ],
};

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);
const SCHEMAS = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'contains', 'if', 'then', 'else']);

/**
 * A request schema as the validation pipe applies it: its strings and keys without NUL, and its
 * free-form parts (`{}`) as JsonValue. Without it, a generated valid request could be refused.
 */
export function forbidNul(node: unknown): unknown {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
  const s = node as JsonSchema;
  if (Object.keys(s).length === 0) return { $ref: '#/components/schemas/JsonValue' };
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(s)) {
    if (SCHEMA_MAPS.has(k) && v && typeof v === 'object') out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, forbidNul(sub)]));
    else if (SCHEMA_LISTS.has(k) && Array.isArray(v)) out[k] = v.map(forbidNul);
    else if (SCHEMAS.has(k) && typeof v === 'object') out[k] = forbidNul(v);
    else out[k] = v;
  }
  const types = [out.type].flat();
  if (types.includes('string') && out.pattern === undefined && out.enum === undefined && out.const === undefined) out.pattern = NO_NUL;
  if (types.includes('object') && out.propertyNames === undefined && out.additionalProperties !== false) out.propertyNames = { pattern: NO_NUL };
  if (out.propertyNames && typeof out.propertyNames === 'object' && (out.propertyNames as JsonSchema).pattern === undefined) {
    out.propertyNames = { ...(out.propertyNames as JsonSchema), pattern: NO_NUL };
  }
  return out;
}
