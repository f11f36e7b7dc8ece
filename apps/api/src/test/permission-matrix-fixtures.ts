import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { memberRoleBindings, parseCrnPattern, type Action, type Binding, type ConfluentRoleName, type MemberRole } from '@tributary/access';
import { newId } from '@tributary/platform';
import { sessionCookie, uniqueEmail, withTestDb, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { AUTH_MODE, type AuthMode } from '../auth/auth.decorators';
import { POLICY_ACTION } from '../auth/policy.decorator';

/** One route of the running app, as Nest registered it. */
export interface AppRoute {
  method: string;
  /** Fastify's path syntax (`:param`, `::` for a literal colon). */
  path: string;
  mode: AuthMode;
  action?: Action;
  controller: string;
}

/** Every route of the app, read from Nest's own metadata (the routes that really answer). */
export function appRoutes(app: NestFastifyApplication): AppRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const routes: AppRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    const proto = Object.getPrototypeOf(instance) as Record<string, object>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name]!;
      const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (sub === undefined || method === undefined) continue;
      const mode = (Reflect.getMetadata(AUTH_MODE, handler) ?? Reflect.getMetadata(AUTH_MODE, wrapper.metatype) ?? 'cloud') as AuthMode;
      const action = (Reflect.getMetadata(POLICY_ACTION, handler) ?? Reflect.getMetadata(POLICY_ACTION, wrapper.metatype)) as Action | undefined;
      const path = `/${[prefix, sub].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
      routes.push({ method: RequestMethod[method], path, mode, ...(action ? { action } : {}), controller: wrapper.metatype.name });
    }
  }
  return routes;
}

/** Names of a route's path parameters, in order. */
export function paramNames(path: string): string[] {
  return [...path.replace(/::/g, '').matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
}

/** The route's URL with its parameters filled in. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path
    .replace(/::/g, '\u0000')
    .replace(/:([A-Za-z_]+)(\([^)]*\))?/g, (_, name: string) => encodeURIComponent(values[name] ?? `missing-${name}`))
    .replace(/\u0000/g, ':');
}

export interface MatrixPrincipal {
  name: string;
  kind: 'User' | 'ServiceAccount';
  id: string;
  memberRole: MemberRole;
  granted: { roleName: ConfluentRoleName; crn: string }[];
  as: Credentials;
  via: 'api_key' | 'session';
  /** The principal's own Cloud key (api-key routes act on it). */
  keyId: string;
  organizationId: string;
}

export function bindingsOfPrincipal(p: MatrixPrincipal): Binding[] {
  return [...memberRoleBindings(p.memberRole, p.organizationId), ...p.granted.map((g) => ({ roleName: g.roleName, crn: parseCrnPattern(g.crn), source: 'role-binding' as const }))];
}

const tokenOf = (url: string) => url.split('/invite/')[1]!;

/** A member with `role` who holds a Cloud key of their own (created by the admin, owned by the member). */
export async function newMember(api: ApiClient, admin: TestTenant, role: MemberRole): Promise<{ id: string; as: Credentials; session: Credentials; keyId: string }> {
  const inv = await api.post('/api/invitations', { email: uniqueEmail(`m-${role.toLowerCase()}`), role }, admin.asSession);
  if (inv.status !== 201) throw new Error(`invitation: ${inv.status} ${inv.text}`);
  const accepted = await api.post('/api/auth/accept-invitation', { token: tokenOf(inv.body.accept_url), full_name: `A ${role}`, password: 'a long password' });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${accepted.text}`);
  const id = accepted.body.user.id as string;
  const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'matrix', owner: { id } } }, admin.asKey);
  if (key.status !== 202) throw new Error(`key: ${key.status} ${key.text}`);
  const session = { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token as string } };
  return { id, as: { key: { id: key.body.id, secret: key.body.spec.secret } }, session, keyId: key.body.id };
}

/** A service account with member role `role` (set directly: the API creates them as Operators) and its Cloud key. */
export async function newServiceAccount(api: ApiClient, admin: TestTenant, role: MemberRole): Promise<{ id: string; as: Credentials; keyId: string }> {
  const sa = await api.post('/iam/v2/service-accounts', { display_name: `matrix-${role}-${newId.token().slice(0, 8)}` }, admin.asKey);
  if (sa.status !== 201) throw new Error(`service account: ${sa.status} ${sa.text}`);
  await withTestDb((pg) => pg.query('update service_accounts set role = $1 where id = $2', [role, sa.body.id]));
  const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'matrix', owner: { id: sa.body.id } } }, admin.asKey);
  if (key.status !== 202) throw new Error(`key: ${key.status} ${key.text}`);
  return { id: sa.body.id, as: { key: { id: key.body.id, secret: key.body.spec.secret } }, keyId: key.body.id };
}

/** A cluster row that never gets brokers (PROVISIONING, no worker runs here): kafka/v3 answers 409 after authorizing. */
export async function fakeCluster(organizationId: string, environmentId: string): Promise<string> {
  const id = newId.cluster();
  await withTestDb((pg) =>
    pg.query(
      `insert into clusters (id, organization_id, environment_id, display_name, cloud, region, availability, kind, broker_count, admin_password_enc, updated_at)
       values ($1, $2, $3, 'matrix', 'LOCAL', 'local', 'SINGLE_ZONE', 'Basic', 1, 'unused', now())`,
      [id, organizationId, environmentId],
    ),
  );
  return id;
}

export async function registryOf(environmentId: string): Promise<string> {
  return withTestDb(async (pg) => (await pg.query<{ id: string }>('select id from schema_registries where environment_id = $1', [environmentId])).rows[0]?.id ?? 'lsrc-none');
}
