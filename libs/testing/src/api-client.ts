import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface Credentials {
  /** Cloud (or cluster) API key: HTTP Basic. */
  key?: { id: string; secret: string };
  /** Console session: cookie and the CSRF token for writes. */
  session?: { cookie: string; csrf: string };
}

export interface TestResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
  text: string;
}

/** Requests through the real Fastify stack (routing, parsing, guards, filters), without a socket. */
export class ApiClient {
  constructor(private readonly app: NestFastifyApplication) {}

  async request<T = any>(method: string, url: string, opts: { as?: Credentials; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.as?.key) headers.authorization = 'Basic ' + Buffer.from(`${opts.as.key.id}:${opts.as.key.secret}`).toString('base64');
    if (opts.as?.session) {
      headers.cookie = opts.as.session.cookie;
      headers['x-csrf-token'] ??= opts.as.session.csrf;
    }
    let payload: string | undefined;
    if (opts.rawBody !== undefined) payload = opts.rawBody;
    else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload } : {}) });
    let body: unknown = undefined;
    try {
      body = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      body = res.body;
    }
    return { status: res.statusCode, headers: res.headers as TestResponse['headers'], body: body as T, text: res.body };
  }

  get<T = any>(url: string, as?: Credentials) {
    return this.request<T>('GET', url, as ? { as } : {});
  }
  post<T = any>(url: string, body: unknown, as?: Credentials) {
    return this.request<T>('POST', url, { body, ...(as ? { as } : {}) });
  }
  patch<T = any>(url: string, body: unknown, as?: Credentials) {
    return this.request<T>('PATCH', url, { body, ...(as ? { as } : {}) });
  }
  delete<T = any>(url: string, as?: Credentials) {
    return this.request<T>('DELETE', url, as ? { as } : {});
  }
}
