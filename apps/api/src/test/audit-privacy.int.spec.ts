import { sessionCookie, signUpTenant, uniqueEmail, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * The audit log as a Viewer reads it: the same events, without what is an admin's to see: where
 * members signed in from, and whom pending invitations were sent to (which the invitations API
 * itself refuses a Viewer).
 */
let api: ApiClient;
let close: () => Promise<void>;
let admin: TestTenant;
let viewer: Credentials;
const pendingEmail = uniqueEmail('still-pending');

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  admin = await signUpTenant(api, 'AuditPrivacy');
  const inv = await api.post('/api/invitations', { email: uniqueEmail('viewer'), role: 'Viewer' }, admin.asSession);
  expect(inv.status).toBe(201);
  const accepted = await api.post('/api/auth/accept-invitation', { token: String(inv.body.accept_url).split('/invite/')[1], full_name: 'Vera Viewer', password: 'a long password' });
  expect(accepted.status).toBe(200);
  viewer = { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token } };
  expect((await api.post('/api/invitations', { email: pendingEmail, role: 'Operator' }, admin.asSession)).status).toBe(201);
});
afterAll(() => close());

describe('the audit log for a Viewer', () => {
  it('has every event, without IP addresses or the email of anyone invited', async () => {
    const forAdmin = await api.get('/api/audit-events?page_size=100', admin.asSession);
    const forViewer = await api.get('/api/audit-events?page_size=100', viewer);
    expect(forAdmin.status).toBe(200);
    expect(forViewer.status).toBe(200);
    expect(forViewer.body.data.map((e: { id: string }) => e.id)).toEqual(forAdmin.body.data.map((e: { id: string }) => e.id));

    type Event = { action: string; ip: string; details: Record<string, unknown> };
    const invitedForAdmin = (forAdmin.body.data as Event[]).filter((e) => e.action === 'invitation.create');
    expect(invitedForAdmin.map((e) => e.details.email)).toContain(pendingEmail);
    expect((forAdmin.body.data as Event[]).some((e) => e.ip !== '')).toBe(true);

    const invitedForViewer = (forViewer.body.data as Event[]).filter((e) => e.action === 'invitation.create');
    expect(invitedForViewer).toHaveLength(invitedForAdmin.length);
    expect(invitedForViewer.every((e) => e.details.email === undefined && typeof e.details.role === 'string')).toBe(true);
    expect((forViewer.body.data as Event[]).every((e) => e.ip === '')).toBe(true);
    expect(forViewer.text).not.toContain(pendingEmail);
  });

  it('and the pending invitations themselves are refused to a Viewer', async () => {
    const denied = await api.get('/api/invitations', viewer);
    expect(denied.status).toBe(403);
    expect(denied.text).not.toContain(pendingEmail);
  });
});
