import { sessionCookie, signUpTenant, uniqueEmail, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
let admin: TestTenant;
beforeAll(async () => {
  ({ api, close } = await startTestApi({ TRIBUTARY_CONSOLE_URL: 'http://console.test' }));
  admin = await signUpTenant(api, 'Team');
});
afterAll(() => close());

const tokenOf = (url: string) => url.split('/invite/')[1]!;

describe('inviting people, and what their role lets them do', () => {
  it('invites by email; the link creates the account, signs it in, and works once', async () => {
    const email = uniqueEmail('viewer');
    const inv = await api.post('/api/invitations', { email, role: 'Viewer' }, admin.asSession);
    expect(inv.status).toBe(201);
    expect(inv.body.accept_url).toMatch(/^http:\/\/console\.test\/invite\/.{20,}$/);
    expect((await api.get('/api/invitations', admin.asKey)).body.data.map((i: { email: string }) => i.email)).toEqual([email]);
    const token = tokenOf(inv.body.accept_url);
    const preview = await api.get(`/api/invitations/preview/${token}`);
    expect(preview.body).toEqual({ email, organization_name: 'Team', role: 'Viewer', has_account: false });

    const accepted = await api.post('/api/auth/accept-invitation', { token, full_name: 'Vera Viewer', password: 'a long password' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ role: 'Viewer', organization: { id: admin.organizationId } });
    const viewer = { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token } };
    expect((await api.post('/api/auth/accept-invitation', { token, full_name: 'Again', password: 'a long password' })).status).toBe(404);

    // A Viewer reads, but cannot create anything.
    expect((await api.get('/org/v2/environments', viewer)).status).toBe(200);
    const denied = await api.post('/cmk/v2/clusters', { spec: { display_name: 'x', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: admin.defaultEnvironmentId } } }, viewer);
    expect(denied.status).toBe(403);
    expect(denied.body.errors[0].detail).toMatch(/Viewer/);
    expect((await api.post('/api/invitations', { email: uniqueEmail(), role: 'Viewer' }, viewer)).status).toBe(403);
    expect((await api.get('/iam/v2/users', admin.asKey)).body.data).toHaveLength(2);
  });

  it('refuses to invite a member again, and an invalid link says so', async () => {
    const again = await api.post('/api/invitations', { email: admin.email, role: 'Operator' }, admin.asSession);
    expect(again.status).toBe(409);
    expect((await api.get(`/api/invitations/preview/${'x'.repeat(30)}`)).status).toBe(404);
    expect((await api.post('/api/invitations', { email: 'not-an-email', role: 'Boss' }, admin.asSession)).status).toBe(422);
  });

  it('an existing account must be signed in as itself to accept', async () => {
    const other = await signUpTenant(api, 'Elsewhere');
    const inv = await api.post('/api/invitations', { email: other.email, role: 'Operator' }, admin.asSession);
    const token = tokenOf(inv.body.accept_url);
    expect((await api.post('/api/auth/accept-invitation', { token })).status).toBe(409);
    const ok = await api.request('POST', '/api/auth/accept-invitation', { body: { token }, headers: { cookie: other.session.cookie } });
    expect(ok.status).toBe(200);
    expect(ok.body.organizations).toHaveLength(2);
  });

  it('withdraws an invitation', async () => {
    const inv = await api.post('/api/invitations', { email: uniqueEmail(), role: 'Operator' }, admin.asSession);
    expect((await api.delete(`/api/invitations/${inv.body.id}`, admin.asSession)).status).toBe(204);
    expect((await api.get(`/api/invitations/preview/${tokenOf(inv.body.accept_url)}`)).status).toBe(404);
  });
});
