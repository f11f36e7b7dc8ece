/**
 * The console's typed fetch client. Same-origin only (the console's proxy forwards to the API), so the
 * httpOnly session cookie is sent automatically; every non-GET carries the CSRF token from /api/auth/me.
 * `typedApi` takes a documented path template and is typed by the generated api-schema.d.ts (its path
 * and query parameters, body and answer); `api` takes any path and a caller-named answer type.
 */
import type { components } from './api-schema';
import type { ApiPath, HttpMethod, Operation, PathParamsOf, QueryOf, RequestBodyOf, ResponseOf } from './types';

export interface FieldErrors {
  [field: string]: string;
}

export type ApiErrorKind = 'http' | 'network';

/** One thing that went wrong, as the API said it (or as we could tell from the outside). */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly code: string;
  /** Field errors, keyed both by the full pointer ("spec.display_name") and its last segment ("display_name"). */
  readonly fieldErrors: FieldErrors;
  /** Messages with no field to attach to. */
  readonly generalMessages: string[];
  readonly retryAfterSeconds: number | null;
  readonly requestId: string | null;

  constructor(opts: {
    kind: ApiErrorKind;
    status: number;
    code: string;
    message: string;
    fieldErrors?: FieldErrors;
    generalMessages?: string[];
    retryAfterSeconds?: number | null;
    requestId?: string | null;
  }) {
    super(opts.message);
    this.name = 'ApiError';
    this.kind = opts.kind;
    this.status = opts.status;
    this.code = opts.code;
    this.fieldErrors = opts.fieldErrors ?? {};
    this.generalMessages = opts.generalMessages ?? [];
    this.retryAfterSeconds = opts.retryAfterSeconds ?? null;
    this.requestId = opts.requestId ?? null;
  }

  /** The first field error among `names` (pointer paths like "spec.display_name" or bare names). */
  field(...names: string[]): string | undefined {
    for (const n of names) {
      const hit = this.fieldErrors[n];
      if (hit) return hit;
    }
    return undefined;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Paths where a 401 is an answer (bad password, expired invitation), not "your session ended". */
const NO_REDIRECT_ON_401 = ['/api/auth/login', '/api/auth/signup', '/api/auth/accept-invitation', '/api/auth/me', '/api/auth/logout'];

export type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Default true: a 401 sends the browser to /login?next=<here>. */
  redirectOn401?: boolean;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

/** `next` in list metadata is a full URL on the API's public host: keep only its page_token. */
export function pageTokenOf(nextUrl: string | undefined): string | undefined {
  if (!nextUrl) return undefined;
  try {
    return new URL(nextUrl, 'http://x').searchParams.get('page_token') ?? undefined;
  } catch {
    return undefined;
  }
}

function stripFieldPrefix(detail: string): string {
  // The API says "'display_name': must not be empty"; next to the field, "Must not be empty" reads better.
  const m = /^'[^']+':\s*(.*)$/s.exec(detail);
  const text = m ? m[1] : detail;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One item of the management APIs' error envelope, read defensively (a proxy or gateway may answer too). */
type ErrorObject = Partial<components['schemas']['Failure']['errors'][number]>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseErrorBody(status: number, body: unknown, retryAfter: number | null): ApiError {
  const fieldErrors: FieldErrors = {};
  const general: string[] = [];
  let code = `http_${status}`;
  let requestId: string | null = null;

  if (isRecord(body) && Array.isArray(body.errors)) {
    for (const raw of body.errors as unknown[]) {
      if (!isRecord(raw)) continue;
      const e = raw as ErrorObject;
      if (e.code && code.startsWith('http_')) code = e.code;
      if (e.id && !requestId) requestId = e.id;
      const detail = e.detail ?? e.title ?? 'Something went wrong';
      const where = e.source?.pointer ?? e.source?.parameter;
      if (where && where !== '/' && (status === 400 || status === 409 || status === 422)) {
        const path = where.replace(/^\//, '').split('/').filter(Boolean);
        const text = stripFieldPrefix(detail);
        const full = path.join('.');
        const last = path[path.length - 1];
        if (full && !fieldErrors[full]) fieldErrors[full] = text;
        if (last && !fieldErrors[last]) fieldErrors[last] = text;
      } else {
        general.push(detail);
      }
    }
  } else if (isRecord(body) && typeof body.message === 'string') {
    // The Kafka REST (v3) error shape: { error_code, message }.
    general.push(body.message);
    if (typeof body.error_code === 'number') code = `kafka_${body.error_code}`;
  }
  const message = general[0] ?? Object.values(fieldErrors)[0] ?? `Request failed (${status})`;
  return new ApiError({ kind: 'http', status, code, message, fieldErrors, generalMessages: general, retryAfterSeconds: retryAfter, requestId });
}

function redirectToLogin(): void {
  if (typeof window === 'undefined') return;
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname.startsWith('/login')) return;
  window.location.assign(`/login?next=${encodeURIComponent(here)}&expired=1`);
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (opts.signal) init.signal = opts.signal;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ kind: 'network', status: 0, code: 'network', message: 'The Tributary API is not reachable' });
  }

  const text = await res.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }

  if (res.ok) return body as T;

  // The console's proxy answers 502 `api_unreachable` when the API is down (or a bare 5xx from elsewhere).
  const unreachable = res.status === 502 && isRecord(body) && Array.isArray(body.errors) && isRecord(body.errors[0]) && body.errors[0].code === 'api_unreachable';
  if (unreachable || (res.status >= 500 && body === undefined)) {
    throw new ApiError({ kind: 'network', status: res.status, code: 'unreachable', message: 'The Tributary API is not reachable' });
  }
  const retryHeader = res.headers.get('retry-after');
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
  const error = parseErrorBody(res.status, body, retryAfter);
  if (res.status === 401 && opts.redirectOn401 !== false && !NO_REDIRECT_ON_401.some((p) => path.startsWith(p))) {
    redirectToLogin();
  }
  throw error;
}

export const api = {
  get: <T>(path: string, opts?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  del: <T = void>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
};

// --- Calls typed by the generated document ------------------------------------------------------

/** The parts of a call its operation takes: `path` when it has path parameters, `query`, `body`. */
type PathPart<P extends ApiPath<M>, M extends HttpMethod> = [PathParamsOf<P, M>] extends [never] ? object : { path: PathParamsOf<P, M> };
type QueryPart<P extends ApiPath<M>, M extends HttpMethod> = [QueryOf<P, M>] extends [never]
  ? object
  : Operation<P, M>['parameters'] extends { query: object }
    ? { query: QueryOf<P, M> }
    : { query?: QueryOf<P, M> };
type BodyPart<P extends ApiPath<M>, M extends HttpMethod> = [RequestBodyOf<P, M>] extends [never]
  ? object
  : Operation<P, M> extends { requestBody: object }
    ? { body: RequestBodyOf<P, M> }
    : { body?: RequestBodyOf<P, M> };

export type CallInit<P extends ApiPath<M>, M extends HttpMethod> = PathPart<P, M> &
  QueryPart<P, M> &
  BodyPart<P, M> &
  Pick<RequestOptions, 'signal' | 'redirectOn401'>;
/** The init argument is optional when nothing in it is required. */
type CallArgs<P extends ApiPath<M>, M extends HttpMethod> = object extends CallInit<P, M> ? [init?: CallInit<P, M>] : [init: CallInit<P, M>];

interface UntypedInit {
  path?: Record<string, string | number>;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  redirectOn401?: boolean;
}

/** `/kafka/v3/clusters/{cluster_id}` with each `{name}` replaced by its (encoded) value. */
export function fillPath(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for {${name}} of ${template}`);
    return encodeURIComponent(String(v));
  });
}

function call<M extends HttpMethod>(method: M) {
  return <P extends ApiPath<M>>(template: P, ...[init]: CallArgs<P, M>): Promise<ResponseOf<P, M>> => {
    const { path, query, body, ...opts } = (init ?? {}) as UntypedInit;
    return request<ResponseOf<P, M>>(method.toUpperCase(), fillPath(template, path), { ...opts, query, body });
  };
}

/** The same requests as `api` (CSRF, session redirect, ApiError), typed by the documented operation. */
export const typedApi = {
  get: call('get'),
  post: call('post'),
  put: call('put'),
  patch: call('patch'),
  del: call('delete'),
};
