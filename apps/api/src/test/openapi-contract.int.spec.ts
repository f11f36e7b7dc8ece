import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpTenant, type ApiClient, type Credentials, type TestResponse, type TestTenant } from '@tributary/testing';
import { startTestApi } from './start-test-api';

/**
 * The document is the truth: a representative request of every documented operation that needs no
 * Kafka cluster (and, for Kafka REST v3, the answers it gives without one), each answer checked
 * against what /openapi.json says of that status. A status the document does not list, or a body
 * that does not match the listed schema, fails here, so the document cannot drift from the code.
 */
type JsonSchema = Record<string, unknown>;
type Operation = { parameters?: { name: string; in: string; required: boolean }[]; responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

let ctx: Awaited<ReturnType<typeof startTestApi>>;
let api: ApiClient;
let doc: Doc;
let t: TestTenant;
const covered = new Set<string>();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validators = new Map<string, ValidateFunction>();

/** The document's `#/components/schemas/X` as references into one schema ajv knows. */
function refsToComponents(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(refsToComponents);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', 'components#/$defs/') : refsToComponents(v)]),
  );
}

interface Hit {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  as?: Credentials;
}

/** One request to a documented operation; its answer must be one the document lists, in the listed shape. */
/** The few fields the requests below reuse (the schema check covers the rest). */
interface Answer {
  id: string;
  accept_url: string;
  data: { id: string }[];
}

async function hit(method: string, template: string, opts: Hit = {}): Promise<TestResponse<Answer>> {
  const op = doc.paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${template} is not in /openapi.json`);
  let url = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = opts.params?.[name];
    if (v === undefined) throw new Error(`no value for {${name}} of ${template}`);
    return encodeURIComponent(v);
  });
  if (opts.query) url += '?' + new URLSearchParams(opts.query).toString();
  const res = await api.request<Answer>(method, url, {
    ...(opts.as ? { as: opts.as } : {}),
    ...(opts.body !== undefined ? { body: opts.body } : {}),
    ...(opts.rawBody !== undefined ? { rawBody: opts.rawBody } : {}),
    ...(opts.headers ? { headers: opts.headers } : {}),
  });
  covered.add(`${method.toUpperCase()} ${template}`);
  const declared = op.responses[String(res.status)];
  expect(declared, `${method} ${url} answered ${res.status}, which /openapi.json does not list (${Object.keys(op.responses).join(', ')}): ${res.text.slice(0, 300)}`).toBeDefined();
  const schema = declared!.content?.['application/json']?.schema;
  const text = Object.keys(declared!.content ?? {}).find((type) => type.startsWith('text/'));
  if (text) {
    // A text answer (the Prometheus export): the documented media type, a body.
    expect(String(res.headers['content-type']).replace(/\s/g, ''), `${method} ${url} → ${res.status}`).toContain(text.replace(/\s/g, ''));
    expect(res.text.length).toBeGreaterThan(0);
  } else if (schema) {
    const key = `${method} ${template} ${res.status}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile(refsToComponents(schema) as JsonSchema);
      validators.set(key, validate);
    }
    const ok = validate(res.body);
    expect(ok, `${method} ${url} → ${res.status}: the body does not match the documented schema: ${ajv.errorsText(validate.errors)}\n${res.text.slice(0, 600)}`).toBe(true);
  } else {
    expect(res.text, `${method} ${url} → ${res.status} is documented without a body`).toBe('');
  }
  return res;
}

beforeAll(async () => {
  ctx = await startTestApi();
  api = ctx.api;
  doc = (await api.get('/openapi.json')).body as Doc;
  ajv.addSchema({ $id: 'components', $defs: refsToComponents(doc.components.schemas) as JsonSchema });
  t = await signUpTenant(api, 'Contract');
});
afterAll(async () => {
  await ctx?.close();
});

describe('/openapi.json describes the API as it is', () => {
  it('has no bogus path parameters, every path parameter declared, and environment required where Confluent requires it', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      expect(path, 'Fastify syntax leaked into the document').not.toMatch(/[()^]|\{(alter|reset)\}/);
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(ops)) {
        const declared = (op.parameters ?? []).filter((p) => p.in === 'path');
        expect(declared.map((p) => p.name), `${method} ${path}`).toEqual(names);
        expect(declared.every((p) => p.required)).toBe(true);
      }
    }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/kafka/v3/clusters/{cluster_id}/broker-configs:alter', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs:alter', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}:reset-offsets']));
    const environment = (method: string, path: string) => doc.paths[path]![method]!.parameters!.find((p) => p.name === 'environment' && p.in === 'query');
    for (const [method, path] of [['get', '/cmk/v2/clusters'], ['get', '/cmk/v2/clusters/{id}'], ['delete', '/cmk/v2/clusters/{id}'], ['get', '/srcm/v3/clusters']] as const) {
      expect(environment(method, path)?.required, `${method} ${path} ?environment=`).toBe(true);
    }
  });

  it('gives every operation its error statuses, in the error shape of its family', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const errorRef = path.startsWith('/kafka/v3/') ? '#/components/schemas/KafkaRestError' : '#/components/schemas/Failure';
        for (const status of ['400', '401', '500', '503']) expect(op.responses[status], `${method} ${path} ${status}`).toBeDefined();
        const hasBody = 'requestBody' in op;
        const hasQuery = (op.parameters ?? []).some((p) => p.in === 'query');
        if (hasBody || hasQuery) expect(op.responses['422'], `${method} ${path} 422`).toBeDefined();
        if (hasBody) for (const status of ['413', '415']) expect(op.responses[status], `${method} ${path} ${status}`).toBeDefined();
        for (const [status, r] of Object.entries(op.responses)) {
          if (Number(status) >= 400) expect(r.content?.['application/json']?.schema, `${method} ${path} ${status}`).toEqual({ $ref: errorRef });
        }
      }
    }
  });
});

describe('every answer matches the document', () => {
  it('health, catalog, billing', async () => {
    await hit('GET', '/healthz');
    await hit('GET', '/readyz');
    await hit('GET', '/catalog/v1/cluster-offerings', { as: t.asKey });
    await hit('GET', '/catalog/v1/cluster-offerings');
    await hit('GET', '/billing/v1/prices', { as: t.asKey });
    await hit('GET', '/billing/v1/account', { as: t.asKey });
    await hit('GET', '/billing/v1/invoice-preview', { as: t.asKey });
    const today = new Date().toISOString().slice(0, 10);
    await hit('GET', '/billing/v1/costs', { as: t.asKey, query: { start_date: today, end_date: today } });
    expect((await hit('GET', '/billing/v1/costs', { as: t.asKey, query: { start_date: 'yesterday', end_date: today } })).status).toBe(422);
    await hit('POST', '/billing/v1/setup-intents', { as: t.asKey, body: {} });
    // 404 where Stripe is not configured (as here), 400 for the bad signature where it is.
    expect([400, 404]).toContain((await hit('POST', '/billing/v1/stripe/webhooks', { rawBody: '{"id":"evt_1"}', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=bad' } })).status);
    await hit('POST', '/v2/metrics/cloud/query', {
      as: t.asKey,
      body: { aggregations: [{ metric: 'io.confluent.kafka.server/received_bytes' }], granularity: 'PT1H', intervals: [`${new Date(Date.now() - 3600_000).toISOString()}/PT1H`], filter: { field: 'resource.kafka.id', op: 'EQ', value: 'lkc-nope00' } },
    });
    await hit('GET', '/v2/metrics/cloud/export', { as: t.asKey, query: { 'resource.kafka.id': 'lkc-nope00' } });
    await hit('GET', '/v2/metrics/cloud/export', { as: t.asKey });
  });

  it('billing: card, invoices, budgets, the live meter, cost samples, metric descriptors', async () => {
    // Stripe is not configured here: whatever these answer must be documented.
    await hit('POST', '/billing/v1/checkout-sessions', { as: t.asKey, body: {} });
    await hit('GET', '/billing/v1/payment-method', { as: t.asKey });
    await hit('GET', '/billing/v1/invoices', { as: t.asKey });
    await hit('GET', '/billing/v1/meter', { as: t.asKey });
    const today = new Date().toISOString().slice(0, 10);
    expect((await hit('GET', '/billing/v1/cost-samples', { as: t.asKey, query: { resource_id: 'lkc-nope00', line_type: 'KAFKA_NETWORK_WRITE', date: today } })).status).toBe(404);
    expect((await hit('GET', '/billing/v1/cost-samples', { as: t.asKey, query: { resource_id: 'lkc-nope00', line_type: 'KAFKA_NETWORK_WRITE', date: '2026-02-30' } })).status).toBe(422);
    await hit('GET', '/v2/metrics/cloud/descriptors/metrics', { as: t.asKey });

    expect((await hit('PUT', '/billing/v1/budgets', { as: t.asKey, body: { amount: '250.00', action: 'ALERT' } })).status).toBeLessThan(300);
    expect((await hit('PUT', '/billing/v1/budgets', { as: t.asKey, body: { amount: '-1', action: 'ALERT' } })).status).toBe(422);
    const budgets = await hit('GET', '/billing/v1/budgets', { as: t.asKey });
    const budgetId = budgets.body.data[0]!.id;
    await hit('GET', '/billing/v1/budget-alerts', { as: t.asKey });
    expect((await hit('DELETE', '/billing/v1/budgets/{id}', { as: t.asKey, params: { id: budgetId } })).status).toBeLessThan(300);
    expect((await hit('DELETE', '/billing/v1/budgets/{id}', { as: t.asKey, params: { id: budgetId } })).status).toBe(404);
  });

  it('iam/v2 role bindings', async () => {
    const sa = await hit('POST', '/iam/v2/service-accounts', { as: t.asKey, body: { display_name: 'contract-rb' } });
    const principal = `User:${sa.body.id}`;
    const org = `crn://confluent.cloud/organization=${t.organizationId}`;
    // DeveloperRead binds to topics only: a reason, nothing written.
    expect((await hit('POST', '/iam/v2/role-bindings', { as: t.asKey, body: { principal, role_name: 'DeveloperRead', crn_pattern: `${org}/environment=${t.defaultEnvironmentId}` } })).status).toBe(422);
    const created = await hit('POST', '/iam/v2/role-bindings', { as: t.asKey, body: { principal, role_name: 'MetricsViewer', crn_pattern: org } });
    expect(created.status).toBe(201);
    await hit('GET', '/iam/v2/role-bindings/{id}', { as: t.asKey, params: { id: created.body.id } });
    expect((await hit('GET', '/iam/v2/role-bindings', { as: t.asKey, query: { principal } })).body.data.map((b) => b.id)).toEqual([created.body.id]);
    await hit('DELETE', '/iam/v2/role-bindings/{id}', { as: t.asKey, params: { id: created.body.id } });
    expect((await hit('GET', '/iam/v2/role-bindings/{id}', { as: t.asKey, params: { id: created.body.id } })).status).toBe(404);
    await hit('DELETE', '/iam/v2/service-accounts/{id}', { as: t.asKey, params: { id: sa.body.id } });
  });

  it('org/v2 environments', async () => {
    await hit('GET', '/org/v2/environments', { as: t.asKey });
    const created = await hit('POST', '/org/v2/environments', { as: t.asKey, body: { display_name: 'contract' } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await hit('GET', '/org/v2/environments/{id}', { as: t.asKey, params: { id } });
    await hit('PATCH', '/org/v2/environments/{id}', { as: t.asKey, params: { id }, body: { display_name: 'contract 2' } });
    expect((await hit('POST', '/org/v2/environments', { as: t.asKey, body: { display_name: '' } })).status).toBe(422);
    // A NUL character (no text column can hold one) is a 422 naming the field, not a 500 from Postgres.
    expect((await hit('POST', '/org/v2/environments', { as: t.asKey, body: { display_name: 'a\u0000b' } })).body).toMatchObject({ errors: [{ status: '422', source: { pointer: '/display_name' } }] });
    expect((await hit('POST', '/org/v2/environments', { as: t.asKey, body: { display_name: 'x', color: 'red' } })).status).toBe(400);
    expect((await hit('POST', '/org/v2/environments', { as: t.asKey, rawBody: 'display_name=x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await hit('GET', '/org/v2/environments')).status).toBe(401);
    expect((await hit('DELETE', '/org/v2/environments/{id}', { as: t.asKey, params: { id } })).status).toBe(204);
    expect((await hit('GET', '/org/v2/environments/{id}', { as: t.asKey, params: { id } })).status).toBe(404);
  });

  it('iam/v2 service accounts, API keys, users', async () => {
    await hit('GET', '/iam/v2/service-accounts', { as: t.asKey });
    const sa = await hit('POST', '/iam/v2/service-accounts', { as: t.asKey, body: { display_name: 'contract-sa' } });
    expect(sa.status).toBe(201);
    const saId = sa.body.id;
    expect((await hit('POST', '/iam/v2/service-accounts', { as: t.asKey, body: { display_name: 'contract-sa' } })).status).toBe(409);
    await hit('GET', '/iam/v2/service-accounts/{id}', { as: t.asKey, params: { id: saId } });
    await hit('PATCH', '/iam/v2/service-accounts/{id}', { as: t.asKey, params: { id: saId }, body: { description: 'for the contract test' } });

    await hit('GET', '/iam/v2/api-keys', { as: t.asKey });
    const key = await hit('POST', '/iam/v2/api-keys', { as: t.asKey, body: { spec: { display_name: 'contract key', owner: { id: saId } } } });
    expect(key.status).toBe(202);
    const keyId = key.body.id;
    await hit('GET', '/iam/v2/api-keys/{id}', { as: t.asKey, params: { id: keyId } });
    await hit('PATCH', '/iam/v2/api-keys/{id}', { as: t.asKey, params: { id: keyId }, body: { spec: { description: 'rotated monthly' } } });
    expect((await hit('DELETE', '/iam/v2/api-keys/{id}', { as: t.asKey, params: { id: keyId } })).status).toBe(204);
    expect((await hit('DELETE', '/iam/v2/service-accounts/{id}', { as: t.asKey, params: { id: saId } })).status).toBe(204);

    await hit('GET', '/iam/v2/users', { as: t.asKey });
    await hit('GET', '/iam/v2/users/{id}', { as: t.asKey, params: { id: t.userId } });
    await hit('PATCH', '/iam/v2/users/{id}', { as: t.asKey, params: { id: t.userId }, body: { full_name: 'Contract Admin' } });
    // The only admin cannot remove themselves.
    expect((await hit('DELETE', '/iam/v2/users/{id}', { as: t.asKey, params: { id: t.userId } })).status).toBeGreaterThanOrEqual(400);
    await hit('GET', '/api/audit-events', { as: t.asKey });
  });

  it('the console: session, organization, invitations', async () => {
    await hit('GET', '/api/auth/me', { as: t.asSession });
    expect((await hit('POST', '/api/auth/login', { body: { email: t.email, password: 'wrong password!' } })).status).toBe(401);
    const login = await hit('POST', '/api/auth/login', { body: { email: t.email, password: t.password } });
    expect(login.status).toBe(200);
    await hit('POST', '/api/auth/organization', { as: t.asSession, body: { organization_id: t.organizationId } });
    expect((await hit('POST', '/api/auth/signup', { body: { email: t.email, password: 'x'.repeat(12), full_name: 'Again', organization_name: 'Again' } })).status).toBe(409);
    const invite = await hit('POST', '/api/invitations', { as: t.asSession, body: { email: `invitee-${Date.now()}@example.test`, role: 'Viewer' } });
    expect(invite.status).toBe(201);
    await hit('GET', '/api/invitations', { as: t.asSession });
    const token = String(invite.body.accept_url).split(/[/=]/).pop()!;
    await hit('GET', '/api/invitations/preview/{token}', { params: { token } });
    // The token in the body, never in a URL (the GET above is the deprecated form).
    if (doc.paths['/api/invitations/preview']?.post) {
      await hit('POST', '/api/invitations/preview', { body: { token } });
      expect((await hit('POST', '/api/invitations/preview', { body: { token: 'n'.repeat(40) } })).status).toBe(404);
    }
    expect((await hit('GET', '/api/invitations/preview/{token}', { params: { token: 'n'.repeat(40) } })).status).toBe(404);
    expect((await hit('POST', '/api/auth/accept-invitation', { body: { token: 'n'.repeat(40), full_name: 'Nobody', password: 'long enough password' } })).status).toBe(404);
    await hit('DELETE', '/api/invitations/{id}', { as: t.asSession, params: { id: String(invite.body.id) } });
    const other = await signUpTenant(api, 'Logout');
    expect((await hit('POST', '/api/auth/logout', { as: other.asSession })).status).toBe(204);
  });

  it('cmk/v2 and srcm/v3, with and without the required environment', async () => {
    const env = t.defaultEnvironmentId;
    await hit('GET', '/cmk/v2/clusters', { as: t.asKey, query: { environment: env } });
    expect((await hit('GET', '/cmk/v2/clusters', { as: t.asKey })).status).toBe(422);
    expect((await hit('GET', '/cmk/v2/clusters/{id}', { as: t.asKey, params: { id: 'lkc-nope00' }, query: { environment: env } })).status).toBe(404);
    expect((await hit('DELETE', '/cmk/v2/clusters/{id}', { as: t.asKey, params: { id: 'lkc-nope00' }, query: { environment: env } })).status).toBe(404);
    expect((await hit('PATCH', '/cmk/v2/clusters/{id}', { as: t.asKey, params: { id: 'lkc-nope00' }, body: { spec: { display_name: 'x', environment: { id: env } } } })).status).toBe(404);
    expect((await hit('POST', '/cmk/v2/clusters', { as: t.asKey, body: { spec: { display_name: 'c', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: 'env-nope00' } } } })).status).toBeGreaterThanOrEqual(400);
    const registries = await hit('GET', '/srcm/v3/clusters', { as: t.asKey, query: { environment: env } });
    await hit('GET', '/srcm/v3/clusters/{id}', { as: t.asKey, params: { id: registries.body.data[0].id }, query: { environment: env } });
    expect((await hit('GET', '/srcm/v3/clusters', { as: t.asKey })).status).toBe(422);
    expect((await hit('GET', '/srcm/v3/clusters', { as: t.asKey, query: { environment: 'env\u0000' } })).status).toBe(422);
  });

  it('kafka/v3 without a cluster: its own error shape', async () => {
    const cluster_id = 'lkc-nope00';
    expect((await hit('GET', '/kafka/v3/clusters/{cluster_id}/topics', { params: { cluster_id } })).status).toBe(401);
    expect((await hit('GET', '/kafka/v3/clusters/{cluster_id}/topics', { as: t.asKey, params: { cluster_id } })).status).toBe(404);
    expect((await hit('GET', '/kafka/v3/clusters/{cluster_id}', { as: t.asKey, params: { cluster_id } })).status).toBe(404);
    expect((await hit('POST', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs:alter', { as: t.asKey, params: { cluster_id, topic_name: 'orders' }, body: { data: [{ name: 'retention.ms', value: '1000' }] } })).status).toBe(404);
    expect((await hit('POST', '/kafka/v3/clusters/{cluster_id}/broker-configs:alter', { as: t.asKey, params: { cluster_id }, body: { data: [] } })).status).toBeGreaterThanOrEqual(400);
  });

  it('a method a path does not have: 405 with Allow, in the family\'s error shape', async () => {
    const put = await api.request('PUT', '/org/v2/environments', { as: t.asKey, body: { display_name: 'x' } });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    expect(put.body.errors[0]).toMatchObject({ status: '405', code: 'method_not_allowed' });
    const kafka = await api.request('DELETE', '/kafka/v3/clusters/lkc-nope00/topics', { as: t.asKey });
    expect(kafka.status).toBe(405);
    expect(kafka.headers.allow).toBe('GET, HEAD, POST');
    expect(kafka.body).toEqual({ error_code: 40500, message: expect.stringContaining('DELETE') });
    expect((await api.request('POST', '/org/v2/environments/env-x/nothing-here', { as: t.asKey })).status).toBe(404);
  });

  it('exercised every documented operation outside Kafka REST v3', () => {
    const expected = Object.entries(doc.paths)
      .filter(([path]) => !path.startsWith('/kafka/v3/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(expected.filter((op) => !covered.has(op))).toEqual([]);
  });
});

describe('/docs', () => {
  it('is Swagger UI on /openapi.json, served from our own bundle', async () => {
    const page = await api.get('/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const scripts = [...page.text.matchAll(/<(?:script src|link rel="stylesheet" href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const src of scripts) {
      expect(src.startsWith('/docs/assets/'), `${src} is not ours`).toBe(true);
      const asset = await api.get(src);
      expect(asset.status, src).toBe(200);
    }
    expect((await api.get('/docs/assets/docs-init.js')).text).toContain("url: '/openapi.json'");
    expect((await api.get('/docs/assets/swagger-ui-bundle.js')).text.length).toBeGreaterThan(500_000);
    expect((await api.get('/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });
});
