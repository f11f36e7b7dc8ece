import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SCHEMA_REGISTRY_CONFIG, type SchemaRegistryConfig } from '@tributary/schema-registry';
import type { FastifyInstance } from 'fastify';
import { REGISTRY_MEDIA_TYPE, REGISTRY_PATH } from './registry-wire';

/**
 * Two things the registry's clients need before the API's own request checks run: their media type
 * (`application/vnd.schemaregistry.v1+json`, which the API would refuse as not JSON) read as JSON, and
 * an oversized body refused in the registry's error shape. Fastify runs onRequest hooks in the order
 * they were added and createApiApp adds its own after the modules are instantiated, so this adds its
 * hook from the constructor, the one moment that comes before. Errors raised before a registry route
 * runs (a body that is not JSON, an unknown path) leave through the API's envelope; onSend rewrites
 * them into the registry's shape.
 */
@Injectable()
export class RegistryHttpHooks {
  constructor(adapterHost: HttpAdapterHost, @Inject(SCHEMA_REGISTRY_CONFIG) config: SchemaRegistryConfig) {
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onRequest', (req, reply, done) => {
      if (!req.url.startsWith(`${REGISTRY_PATH}/`)) return done();
      const type = String(req.headers['content-type'] ?? '').toLowerCase();
      if (type.startsWith('application/vnd.schemaregistry') || type.startsWith('application/octet-stream')) req.headers['content-type'] = 'application/json';
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > config.maxBodyBytes) {
        void reply.status(413).header('content-type', REGISTRY_MEDIA_TYPE).send({ error_code: 413, message: `Request body is larger than the registry's limit of ${config.maxBodyBytes} bytes` });
        return;
      }
      done();
    });
    fastify.addHook('onSend', (req, reply, payload, done) => {
      if (!req.url.startsWith(`${REGISTRY_PATH}/`) || reply.statusCode < 400 || typeof payload !== 'string') return done(null, payload);
      const rewritten = envelopeToRegistryError(payload, reply.statusCode);
      if (rewritten === undefined) return done(null, payload);
      void reply.header('content-type', REGISTRY_MEDIA_TYPE);
      done(null, rewritten);
    });
  }
}

/** `{errors: [{status, detail}]}` → `{error_code, message}`; undefined when the payload is something else. */
export function envelopeToRegistryError(payload: string, status: number): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const errors = (parsed as { errors?: { detail?: string }[] } | null)?.errors;
  if (!Array.isArray(errors)) return undefined;
  const message = errors.map((e) => e.detail ?? '').filter(Boolean).join('; ') || 'Error';
  return JSON.stringify({ error_code: status >= 500 ? 50001 : status, message });
}
