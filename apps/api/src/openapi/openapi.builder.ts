import { Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { z } from 'zod';
import { AUTH_MODE } from '../auth/auth.decorators';
import { errorResponse, errorStatuses, FailureSchema, KafkaRestErrorSchema, type AuthMode } from './error-responses';
import { forbidNul, JsonValueSchema } from './no-nul';
import { pathParameterNames, toOpenApiPath } from './openapi-path';
import { readRouteSchemas, type RouteDoc } from './route-schemas';
import { isRateLimited } from '../http/rate-limit';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as an OpenAPI 3.1 schema. zod puts shared and recursive parts under a local
 * `$defs` with `#/$defs/…` references, which inside /openapi.json would resolve against the
 * document's root: they are moved to components.schemas under names of their own.
 */
function toSchema(schema: z.ZodType, io: 'input' | 'output', shared: Record<string, JsonSchema>): JsonSchema {
  let s = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete s.$schema;
  dropEmailFormat(s);
  if (io === 'input') s = forbidNul(s) as JsonSchema;
  const defs = s.$defs as Record<string, JsonSchema> | undefined;
  if (!defs) return s;
  delete s.$defs;
  const renamed = new Map<string, string>();
  for (const local of Object.keys(defs)) renamed.set(local, `Shared${Object.keys(shared).length + renamed.size + 1}`);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(node)) {
      const local = k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? v.slice('#/$defs/'.length) : undefined;
      out[k] = local !== undefined && renamed.has(local) ? `#/components/schemas/${renamed.get(local)}` : rewrite(v);
    }
    return out;
  };
  for (const [local, def] of Object.entries(defs)) shared[renamed.get(local)!] = rewrite(def) as JsonSchema;
  return rewrite(s) as JsonSchema;
}

/**
 * zod's email check is its `pattern`; its `format: email` beside it makes clients and fuzzers apply
 * their own, different idea of an email (RFC 5321 in full), which the server does not enforce.
 */
function dropEmailFormat(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(dropEmailFormat);
  if (!node || typeof node !== 'object') return;
  const o = node as JsonSchema;
  if (o.format === 'email' && typeof o.pattern === 'string') delete o.format;
  Object.values(o).forEach(dropEmailFormat);
}

const SECURITY: Record<AuthMode, JsonSchema[] | undefined> = {
  public: [],
  session: [{ session: [] }],
  cloud: undefined, // the document's default: a Cloud API key or a console session
  kafka: [{ clusterApiKey: [] }, { cloudApiKey: [] }, { session: [] }],
};

/** The route's auth mode as the guard reads it (handler first, then controller), else what its doc says. */
function authMode(handler: object, controller: object, doc: RouteDoc): AuthMode {
  const mode = (Reflect.getMetadata(AUTH_MODE, handler) ?? Reflect.getMetadata(AUTH_MODE, controller)) as AuthMode | undefined;
  if (mode) return mode;
  return doc.auth === 'public' ? 'public' : doc.auth === 'session' ? 'session' : 'cloud';
}

/** /openapi.json, generated from the controllers themselves: routes, request schemas, responses, errors. */
@Injectable()
export class OpenApiBuilder {
  private cached?: JsonSchema;
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  build(serverUrl: string): JsonSchema {
    if (this.cached) return this.cached;
    const paths: Record<string, Record<string, JsonSchema>> = {};
    const shared: Record<string, JsonSchema> = {};
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = proto[name] as object;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (sub === undefined || method === undefined) continue;
        const { doc, body, query } = readRouteSchemas(proto, name);
        if (!doc) continue;
        const path = toOpenApiPath(prefix, sub);
        const kafkaRest = path.startsWith('/kafka/v3/');
        const auth = authMode(handler, wrapper.metatype, doc);
        const params: JsonSchema[] = pathParameterNames(path).map((p) => ({ name: p, in: 'path', required: true, schema: { type: 'string', minLength: 1 } }));
        let hasQuery = false;
        if (query) {
          const qs = toSchema(query, 'input', shared) as { properties?: Record<string, JsonSchema>; required?: string[] };
          for (const [qname, qschema] of Object.entries(qs.properties ?? {})) {
            hasQuery = true;
            const { description, ...schema } = qschema as { description?: string };
            params.push({ name: qname, in: 'query', required: qs.required?.includes(qname) ?? false, schema, ...(description ? { description } : {}) });
          }
        }
        const status = doc.status ?? 200;
        const responses: Record<string, JsonSchema> = {
          [status]: doc.produces
            ? { description: 'OK', content: { [doc.produces]: { schema: { type: 'string' } } } }
            : doc.response
              ? { description: 'OK', content: { 'application/json': { schema: toSchema(doc.response, 'output', shared) } } }
              : { description: 'No content' },
        };
        const errors = errorStatuses({ auth, kafkaRest, hasBody: !!body, hasQuery, hasPathParams: params.some((p) => p.in === 'path'), rateLimited: isRateLimited(path), declared: doc.errors ?? [] });
        for (const code of errors) if (code !== status) responses[code] = errorResponse(code, kafkaRest);
        const security = SECURITY[auth];
        const op: JsonSchema = {
          operationId: `${wrapper.metatype.name.replace(/Controller$/, '')}_${name}`,
          summary: doc.summary,
          tags: [doc.tag],
          parameters: params,
          responses,
          ...(security ? { security } : {}),
          ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(body, 'input', shared) } } } } : {}),
        };
        (paths[path] ??= {})[RequestMethod[method].toLowerCase()] = op;
      }
    }
    this.cached = {
      openapi: '3.1.0',
      info: {
        title: 'Tributary API',
        version: '1.0.0',
        description:
          'Managed Apache Kafka: organizations, IAM, clusters, topics, usage and billing. Management APIs answer errors as `{"errors":[{id,status,code,title,detail,source}]}`; ' +
          'Kafka REST v3 (`/kafka/v3/...`) answers them as `{"error_code","message"}`, as Confluent\'s does. A method a path does not have is a 405 with `Allow`.',
      },
      servers: [{ url: serverUrl }],
      security: [{ cloudApiKey: [] }, { session: [] }],
      components: {
        securitySchemes: {
          cloudApiKey: { type: 'http', scheme: 'basic', description: 'Cloud API key as user, its secret as password' },
          clusterApiKey: { type: 'http', scheme: 'basic', description: "A cluster's own API key as user, its secret as password (Kafka REST v3 only)" },
          session: { type: 'apiKey', in: 'cookie', name: 'tributary_session', description: 'Console session; writes also need the X-CSRF-Token header' },
        },
        schemas: { Failure: FailureSchema, KafkaRestError: KafkaRestErrorSchema, JsonValue: JsonValueSchema, ...shared },
      },
      paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    };
    return this.cached;
  }
}
