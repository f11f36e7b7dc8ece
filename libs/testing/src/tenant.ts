import { randomBytes } from 'node:crypto';
import type { ApiClient, Credentials } from './api-client';

export interface TestTenant {
  email: string;
  password: string;
  userId: string;
  organizationId: string;
  defaultEnvironmentId: string;
  session: NonNullable<Credentials['session']>;
  cloudKey: NonNullable<Credentials['key']>;
  /** Session-authenticated credentials. */
  asSession: Credentials;
  /** Cloud-key credentials. */
  asKey: Credentials;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.test`;
}

export function sessionCookie(setCookie: string | string[] | undefined): string {
  const first = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) => c.startsWith('tributary_session='));
  if (!first) throw new Error('no session cookie was set');
  return first.split(';')[0]!;
}

/** Signs up a fresh organization through the public endpoints and creates a Cloud API key for it. */
export async function signUpTenant(api: ApiClient, name = 'Acme'): Promise<TestTenant> {
  const email = uniqueEmail(name.toLowerCase());
  const password = 'correct horse battery staple';
  const res = await api.post('/api/auth/signup', { email, password, full_name: `${name} Admin`, organization_name: name });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${res.text}`);
  const session = { cookie: sessionCookie(res.headers['set-cookie']), csrf: res.body.csrf_token as string };
  const envs = await api.get('/org/v2/environments', { session });
  const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'test key', owner: { id: res.body.user.id } } }, { session });
  if (key.status !== 202) throw new Error(`key creation failed: ${key.status} ${key.text}`);
  const cloudKey = { id: key.body.id as string, secret: key.body.spec.secret as string };
  return {
    email,
    password,
    userId: res.body.user.id,
    organizationId: res.body.organization.id,
    defaultEnvironmentId: envs.body.data[0].id,
    session,
    cloudKey,
    asSession: { session },
    asKey: { key: cloudKey },
  };
}
