import { Injectable } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { z } from 'zod';
import { readRouteSchemas } from './route-schemas';

type JsonSchema = Record<string, unknown>;

const ErrorEnvelope: JsonSchema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', description: 'The request id: quote it to support' },
          status: { type: 'string' },
          code: { type: 'string' },
          title: { type: 'string' },
          detail: { type: 'string' },
          source: { type: 'object', properties: { pointer: { type: 'string' }, parameter: { type: 'string' } } },
        },
      },
    },
  },
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed request (bad JSON, unknown fields, bad page_token)',
  401: 'No or bad credentials',
  402: 'Payment required',
  403: 'Your role does not allow this, or a missing CSRF token',
  404: 'Not found (also for resources of another organization)',
  409: 'Conflict with the current state',
  413: 'Request body too large',
  415: 'Body is not application/json',
  422: 'Invalid field values',
  429: 'Rate limited: see Retry-After',
  500: 'Unexpected error: quote the error id',
  503: 'A dependency is unavailable',
};

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const s = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete s.$schema;
  return s;
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
        const path = ('/' + [prefix, sub].map((s) => s.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')).replace(/:(\w+)/g, '{$1}');
        const params: JsonSchema[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
        if (query) {
          const qs = toSchema(query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
          for (const [qname, qschema] of Object.entries(qs.properties ?? {})) {
            params.push({ name: qname, in: 'query', required: qs.required?.includes(qname) ?? false, schema: qschema });
          }
        }
        const status = doc.status ?? 200;
        const responses: Record<string, JsonSchema> = {
          [status]: doc.response ? { description: 'OK', content: { 'application/json': { schema: toSchema(doc.response, 'output') } } } : { description: 'No content' },
        };
        const errors = new Set([400, 422, 500, ...(doc.auth === 'public' ? [] : [401, 403, 404]), ...(doc.errors ?? [])]);
        if (!body) errors.delete(422);
        for (const code of [...errors].sort()) responses[code] = { description: STATUS_TEXT[code] ?? 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Failure' } } } };
        const op: JsonSchema = {
          operationId: `${wrapper.metatype.name.replace(/Controller$/, '')}_${name}`,
          summary: doc.summary,
          tags: [doc.tag],
          parameters: params,
          responses,
          ...(doc.auth === 'public' ? { security: [] } : doc.auth === 'session' ? { security: [{ session: [] }] } : {}),
          ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(body, 'input') } } } } : {}),
        };
        (paths[path] ??= {})[RequestMethod[method].toLowerCase()] = op;
      }
    }
    this.cached = {
      openapi: '3.1.0',
      info: { title: 'Tributary API', version: '1.0.0', description: 'Managed Apache Kafka: organizations, IAM, clusters, topics, usage and billing.' },
      servers: [{ url: serverUrl }],
      security: [{ cloudApiKey: [] }, { session: [] }],
      components: {
        securitySchemes: {
          cloudApiKey: { type: 'http', scheme: 'basic', description: 'Cloud API key as user, its secret as password' },
          session: { type: 'apiKey', in: 'cookie', name: 'tributary_session', description: 'Console session; writes also need the X-CSRF-Token header' },
        },
        schemas: { Failure: ErrorEnvelope },
      },
      paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    };
    return this.cached;
  }
}
