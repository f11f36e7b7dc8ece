import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpTenant, type ApiClient, type TestTenant } from '@tributary/testing';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;
const owned: Record<string, string> = {};

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  a = await signUpTenant(api, 'Alpha');
  b = await signUpTenant(api, 'Beta');
  owned.environment = (await api.post('/org/v2/environments', { display_name: 'alpha prod' }, a.asKey)).body.id;
  owned.serviceAccount = (await api.post('/iam/v2/service-accounts', { display_name: 'alpha sa' }, a.asKey)).body.id;
  owned.apiKey = a.cloudKey.id;
  owned.user = a.userId;
  owned.invitation = (await api.post('/api/invitations', { email: 'alpha-invitee@example.test', role: 'Viewer' }, a.asSession)).body.id;
});
afterAll(() => close());

describe("another organization's resources are 404 on every endpoint, never 403, never data", () => {
  const cases = () => [
    ['environment', `/org/v2/environments/${owned.environment}`, { display_name: 'hijacked' }],
    ['service account', `/iam/v2/service-accounts/${owned.serviceAccount}`, { description: 'hijacked' }],
    ['API key', `/iam/v2/api-keys/${owned.apiKey}`, { spec: { display_name: 'hijacked' } }],
    ['user', `/iam/v2/users/${owned.user}`, { full_name: 'hijacked' }],
  ] as const;

  for (const via of ['asKey', 'asSession'] as const) {
    it(`GET, PATCH and DELETE answer 404 (${via})`, async () => {
      for (const [, path, patch] of cases()) {
        for (const res of [await api.get(path, b[via]), await api.patch(path, patch, b[via]), await api.delete(path, b[via])]) {
          expect(res.status, `${path}`).toBe(404);
          expect(res.text).not.toContain('alpha');
          expect(res.text).not.toContain(a.email);
        }
      }
    });
  }

  it("lists never show another organization's resources", async () => {
    for (const path of ['/org/v2/environments', '/iam/v2/service-accounts', '/iam/v2/api-keys', '/iam/v2/users', '/api/audit-events']) {
      const res = await api.get(`${path}?page_size=100`, b.asKey);
      expect(res.status).toBe(200);
      for (const id of Object.values(owned)) expect(res.text, path).not.toContain(id);
    }
  });

  it('a key cannot be created for another organization\'s user or service account', async () => {
    for (const id of [owned.user, owned.serviceAccount]) {
      const res = await api.post('/iam/v2/api-keys', { spec: { display_name: 'x', owner: { id } } }, b.asKey);
      expect(res.status).toBe(404);
    }
  });

  it("another organization's invitation cannot be revoked, and is not listed", async () => {
    expect(owned.invitation).toMatch(/^i-/);
    expect((await api.delete(`/api/invitations/${owned.invitation}`, b.asSession)).status).toBe(404);
    const listed = await api.get('/api/invitations', b.asKey);
    expect(listed.status).toBe(200);
    expect(listed.text).not.toContain(owned.invitation);
    expect((await api.get('/api/invitations', a.asKey)).text).toContain(owned.invitation);
  });

  it("nothing of the first organization changed", async () => {
    expect((await api.get(`/org/v2/environments/${owned.environment}`, a.asKey)).body.display_name).toBe('alpha prod');
    expect((await api.get(`/iam/v2/service-accounts/${owned.serviceAccount}`, a.asKey)).body.description).toBe('');
    expect((await api.get(`/iam/v2/api-keys/${owned.apiKey}`, a.asKey)).status).toBe(200);
  });
});
