import { z } from 'zod';
import { decodeCursor, encodeCursor, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, type Page, type PageRequest } from '@tributary/platform';

/** `page_size` and `page_token`, as every list in the reference takes them. */
export const pageQueryShape = {
  page_size: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  page_token: z.string().max(512).optional(),
};
export const PageQuery = z.object(pageQueryShape).strict();

export function toPageRequest(q: { page_size: number; page_token?: string | undefined }): PageRequest {
  return q.page_token ? { pageSize: q.page_size, after: decodeCursor(q.page_token) } : { pageSize: q.page_size };
}

export function listMetadataSchema() {
  return z.object({ first: z.string(), last: z.string().optional(), prev: z.string().optional(), next: z.string().optional(), total_size: z.number() });
}

/** `{ api_version, kind: "XList", metadata: { first, next, total_size }, data }`; `next` is a full URL. */
export function toList<T, R>(
  opts: { apiVersion: string; kind: string; baseUrl: string; path: string; query: Record<string, string | number | undefined>; page: Page<T> },
  map: (item: T) => R,
) {
  const url = (extra: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...opts.query, ...extra })) if (v !== undefined && v !== '') params.set(k, String(v));
    const qs = params.toString();
    return `${opts.baseUrl}${opts.path}${qs ? `?${qs}` : ''}`;
  };
  return {
    api_version: opts.apiVersion,
    kind: `${opts.kind}List`,
    metadata: {
      first: url({ page_token: undefined }),
      ...(opts.page.next ? { next: url({ page_token: encodeCursor(opts.page.next) }) } : {}),
      total_size: opts.page.totalSize,
    },
    data: opts.page.items.map(map),
  };
}

export const ObjectMeta = z.object({
  self: z.string(),
  resource_name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().optional(),
});

export function objectMeta(baseUrl: string, path: string, resourceName: string, row: { createdAt: Date; updatedAt: Date }) {
  return { self: `${baseUrl}${path}`, resource_name: resourceName, created_at: row.createdAt.toISOString(), updated_at: row.updatedAt.toISOString() };
}

export function crn(organizationId: string, ...parts: string[]): string {
  return ['crn://tributary/organization=' + organizationId, ...parts].join('/');
}

/**
 * Fields a generated client sends back (the whole object, read-only parts included): accepted and ignored,
 * so Confluent-style SDKs work unchanged.
 */
export const readOnlyEnvelope = {
  api_version: z.string().optional(),
  kind: z.string().optional(),
  id: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
};

export const displayName = z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters');
export const description = z.string().max(512, 'must be at most 512 characters');
