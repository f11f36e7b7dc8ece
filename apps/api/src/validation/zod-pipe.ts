import { Body, Query, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { AppError, type ErrorItem } from '@tributary/platform';
import { recordBody, recordQuery } from '../openapi/route-schemas';

/** Turns zod issues into the error envelope's items: unknown fields are malformed (400), the rest invalid (422). */
export function zodToAppError(error: z.ZodError, where: 'body' | 'query'): AppError {
  const items: ErrorItem[] = [];
  let malformed = false;
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      malformed = true;
      for (const k of issue.keys) items.push(locate(where, [...issue.path, k], `Unknown field '${k}'`));
    } else {
      items.push(locate(where, issue.path, describe(issue)));
    }
  }
  return new AppError(malformed ? 'bad_request' : 'invalid', items);
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? String(issue.path[issue.path.length - 1]) : 'body';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `'${field}' is required`;
  return `'${field}': ${issue.message}`;
}

function locate(where: 'body' | 'query', path: PropertyKey[], detail: string): ErrorItem {
  if (where === 'query') return { detail, parameter: path.map(String).join('.') };
  return { detail, pointer: '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/') };
}

/**
 * Where a NUL character is in a body or query (a key or a string value), if anywhere. No text column
 * can store one (Postgres refuses it: a 500 after the request was accepted), and no field means one.
 */
function pathToNul(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (!value || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(k) : k];
    if (k.includes('\u0000')) return at;
    const found = pathToNul(v, at);
    if (found) return found;
  }
  return undefined;
}

export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S, private readonly where: 'body' | 'query') {}
  transform(value: unknown): z.infer<S> {
    if (this.where === 'body' && (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw AppError.badRequest('The request body must be a JSON object');
    }
    const nul = pathToNul(value);
    if (nul) throw new AppError('invalid', [locate(this.where, nul, `'${String(nul[nul.length - 1] ?? 'body')}' must not contain NUL characters`)]);
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw zodToAppError(result.error, this.where);
    return result.data;
  }
}

/**
 * Validated JSON body; the schema is also what /openapi.json documents, unless `documented` is given: a narrower
 * schema of what is honoured, where the parser accepts more only to refuse it with a reason.
 */
export function ValidBody(schema: z.ZodType, documented: z.ZodType = schema): ParameterDecorator {
  return (target, key, index) => {
    if (key !== undefined) recordBody(target, key, documented);
    Body(new ZodPipe(schema, 'body'))(target, key, index);
  };
}

/** Validated query string. */
export function ValidQuery(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    if (key !== undefined) recordQuery(target, key, schema);
    Query(new ZodPipe(schema, 'query'))(target, key, index);
  };
}
