import { sessionCookie, signUpTenant, uniqueEmail, withTestDb, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * Nobody hands out more than they hold. The hole this closes: an Operator (or a leaked CI key of a
 * service account) looked up an admin's user id, created an API key "owned" by that admin, and the
 * key acted as the admin.
 */
let api: ApiClient;
let close: () => Promise<void>;
let admin: TestTenant;

interface Member {
  userId: string;
  asSession: Credentials;
  asKey: Credentials;
}

const tokenOf = (url: string) => url.split('/invite/')[1]!;

/** Someone invited with `role`, signed in, holding a Cloud key of their own. */
async function join(role: 'OrganizationAdmin' | 'Operator' | 'Viewer', by: Credentials = admin.asSession): Promise<Member> {
  const inv = await api.post('/api/invitations', { email: uniqueEmail(role.toLowerCase()), role }, by);
  expect(inv.status).toBe(201);
  const accepted = await api.post('/api/auth/accept-invitation', { token: tokenOf(inv.body.accept_url), full_name: `An ${role}`, password: 'a long password' });
  expect(accepted.status).toBe(200);
  const asSession = { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token as string } };
  const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'mine' } }, asSession);
  // A Viewer cannot create keys at all; the others get one of their own.
  const asKey = key.status === 202 ? { key: { id: key.body.id as string, secret: key.body.spec.secret as string } } : asSession;
  return { userId: accepted.body.user.id, asSession, asKey };
}

/** Everything a grant could write, counted straight from the database. */
function grants(): Promise<{ keys: number; invitations: number; admins: number; audit: number }> {
  return withTestDb(async (pg) => {
    const one = async (sql: string) => Number((await pg.query<{ n: string }>(sql, [admin.organizationId])).rows[0]!.n);
    return {
      keys: await one('select count(*) as n from api_keys where organization_id = $1'),
      invitations: await one('select count(*) as n from invitations where organization_id = $1'),
      admins: await one(`select count(*) as n from memberships where organization_id = $1 and role = 'OrganizationAdmin'`),
      audit: await one('select count(*) as n from audit_events where organization_id = $1'),
    };
  });
}

let operator: Member;
let robot: { id: string; asKey: Credentials };

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  admin = await signUpTenant(api, 'Escalation');
  operator = await join('Operator');
  const sa = await api.post('/iam/v2/service-accounts', { display_name: 'ci' }, admin.asKey);
  const saKey = await api.post('/iam/v2/api-keys', { spec: { display_name: 'ci key', owner: { id: sa.body.id } } }, admin.asKey);
  expect(saKey.status).toBe(202);
  robot = { id: sa.body.id, asKey: { key: { id: saKey.body.id, secret: saKey.body.spec.secret } } };
});
afterAll(() => close());

describe('a key never carries more than its creator may grant', () => {
  const actors = () => [
    { name: "an Operator's session", as: operator.asSession, self: operator.userId },
    { name: "an Operator's API key", as: operator.asKey, self: operator.userId },
    { name: "a service account's (leaked CI) key", as: robot.asKey, self: robot.id },
  ];

  it('the escalation (a key owned by an admin, found by listing users) gets 403 and writes nothing, as an Operator and as a service account', async () => {
    for (const actor of actors()) {
      const users = await api.get('/iam/v2/users?page_size=100', actor.as);
      expect(users.status).toBe(200);
      const adminId = users.body.data.find((u: { role: string }) => u.role === 'OrganizationAdmin').id as string;
      expect(adminId).toBe(admin.userId);
      const before = await grants();

      for (const resource of [undefined, { id: 'cloud' }]) {
        const res = await api.post('/iam/v2/api-keys', { spec: { display_name: 'totally mine', owner: { id: adminId }, ...(resource ? { resource } : {}) } }, actor.as);
        expect(res.status, actor.name).toBe(403);
        expect(res.body.errors[0].detail).toMatch(/OrganizationAdmin/);
        expect(res.text).not.toMatch(/secret/i);
      }
      // Nor a key for someone else at the same level (another service account, a fellow Operator).
      const other = actor.self === robot.id ? operator.userId : robot.id;
      expect((await api.post('/iam/v2/api-keys', { spec: { display_name: 'x', owner: { id: other } } }, actor.as)).status, actor.name).toBe(403);

      expect(await grants(), actor.name).toEqual(before);
    }
  });

  it('every other path that grants access is held to the same: invitations, role changes, service accounts', async () => {
    for (const actor of actors()) {
      const before = await grants();
      expect((await api.post('/api/invitations', { email: uniqueEmail('mole'), role: 'OrganizationAdmin' }, actor.as)).status, actor.name).toBe(403);
      expect((await api.post('/api/invitations', { email: uniqueEmail('mole'), role: 'Operator' }, actor.as)).status, actor.name).toBe(403);
      expect((await api.patch(`/iam/v2/users/${operator.userId}`, { role: 'OrganizationAdmin' }, actor.as)).status, actor.name).toBe(403);
      expect((await api.patch(`/iam/v2/users/${admin.userId}`, { role: 'Viewer' }, actor.as)).status, actor.name).toBe(403);
      expect(await grants(), actor.name).toEqual(before);
    }
    // An Operator creates nothing (Confluent's meaning), service accounts included; one an admin makes
    // is an Operator, never more.
    const count = () => withTestDb(async (pg) => Number((await pg.query<{ n: string }>('select count(*) as n from service_accounts where organization_id = $1', [admin.organizationId])).rows[0]!.n));
    const accounts = await count();
    expect((await api.post('/iam/v2/service-accounts', { display_name: 'made by operator' }, operator.asKey)).status).toBe(403);
    expect(await count()).toBe(accounts);
    const sa = await api.post('/iam/v2/service-accounts', { display_name: 'made by admin' }, admin.asKey);
    expect(sa.status).toBe(201);
    const role = await withTestDb(async (pg) => (await pg.query<{ role: string }>('select role from service_accounts where id = $1', [sa.body.id])).rows[0]!.role);
    expect(role).toBe('Operator');
  });

  it("an Operator neither renames nor revokes someone else's key; admins manage anyone's", async () => {
    for (const actor of actors()) {
      expect((await api.patch(`/iam/v2/api-keys/${admin.cloudKey.id}`, { spec: { description: 'mine now' } }, actor.as)).status, actor.name).toBe(403);
      expect((await api.delete(`/iam/v2/api-keys/${admin.cloudKey.id}`, actor.as)).status, actor.name).toBe(403);
    }
    expect((await api.get('/org/v2/environments', admin.asKey)).status).toBe(200);
    const own = await api.post('/iam/v2/api-keys', { spec: { display_name: 'throwaway' } }, operator.asKey);
    expect(own.status).toBe(202);
    expect((await api.patch(`/iam/v2/api-keys/${own.body.id}`, { spec: { description: 'still mine' } }, operator.asKey)).status).toBe(200);
    expect((await api.delete(`/iam/v2/api-keys/${own.body.id}`, operator.asKey)).status).toBe(204);
    // The admin may still create a key for a service account (how CI keys are made) and revoke anyone's.
    const forRobot = await api.post('/iam/v2/api-keys', { spec: { display_name: 'ci 2', owner: { id: robot.id } } }, admin.asKey);
    expect(forRobot.status).toBe(202);
    expect((await api.delete(`/iam/v2/api-keys/${forRobot.body.id}`, admin.asKey)).status).toBe(204);
  });

  it("a key acts with its owner's current role: demoted to Viewer it stops writing at once, removed it stops working", async () => {
    const m = await join('Operator');
    const env = `/org/v2/environments/${admin.defaultEnvironmentId}`;
    expect((await api.patch(env, { display_name: 'before demotion' }, m.asKey)).status).toBe(200);
    expect((await api.patch(`/iam/v2/users/${m.userId}`, { role: 'Viewer' }, admin.asKey)).status).toBe(200);
    const denied = await api.patch(env, { display_name: 'after demotion' }, m.asKey);
    expect(denied.status).toBe(403);
    expect(denied.body.errors[0].detail).toMatch(/Viewer/);
    expect((await api.get('/org/v2/environments', m.asKey)).status).toBe(200);
    expect((await api.delete(`/iam/v2/users/${m.userId}`, admin.asKey)).status).toBe(204);
    expect((await api.get('/org/v2/environments', m.asKey)).status).toBe(401);
  });

  it('an invitation stops working when the admin who sent it is no longer an admin', async () => {
    const second = await join('OrganizationAdmin');
    const inv = await api.post('/api/invitations', { email: uniqueEmail('late'), role: 'OrganizationAdmin' }, second.asKey);
    expect(inv.status).toBe(201);
    const token = tokenOf(inv.body.accept_url);
    expect((await api.post('/api/invitations/preview', { token })).status).toBe(200);
    expect((await api.patch(`/iam/v2/users/${second.userId}`, { role: 'Operator' }, admin.asKey)).status).toBe(200);
    const before = await grants();
    expect((await api.post('/api/invitations/preview', { token })).status).toBe(404);
    expect((await api.post('/api/auth/accept-invitation', { token, full_name: 'Late', password: 'a long password' })).status).toBe(404);
    expect((await grants()).admins).toBe(before.admins);
  });
});
