import 'reflect-metadata';
import type { z } from 'zod';

const BODY = Symbol('openapi:body');
const QUERY = Symbol('openapi:query');
const DOC = Symbol('openapi:doc');

export interface RouteDoc {
  summary: string;
  tag: string;
  status?: number;
  response?: z.ZodType;
  /** A 2xx that is text, not JSON: its media type (e.g. the Prometheus format), documented as a string. */
  produces?: string;
  /** Other statuses this route can answer with, beyond the common ones. */
  errors?: number[];
  auth?: 'public' | 'any' | 'session';
}

/** Describes a route for /openapi.json; request schemas come from ValidBody/ValidQuery. */
export function ApiDoc(doc: RouteDoc): MethodDecorator {
  return (target, key) => {
    Reflect.defineMetadata(DOC, doc, target, key);
  };
}

export function recordBody(target: object, key: string | symbol, schema: z.ZodType) {
  Reflect.defineMetadata(BODY, schema, target, key);
}
export function recordQuery(target: object, key: string | symbol, schema: z.ZodType) {
  Reflect.defineMetadata(QUERY, schema, target, key);
}

export function readRouteSchemas(target: object, key: string | symbol) {
  return {
    doc: Reflect.getMetadata(DOC, target, key) as RouteDoc | undefined,
    body: Reflect.getMetadata(BODY, target, key) as z.ZodType | undefined,
    query: Reflect.getMetadata(QUERY, target, key) as z.ZodType | undefined,
  };
}
