import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeysService, type Principal } from '@tributary/accounts';
import type { ApiClient, TestTenant } from '@tributary/testing';

export interface RegistryJson {
  id: string;
  spec: { http_endpoint: string; environment: { id: string } };
}

/** The environment's registry, as srcm/v3 lists it. */
export async function registryOf(api: ApiClient, t: TestTenant, environmentId = t.defaultEnvironmentId): Promise<RegistryJson> {
  const res = await api.get(`/srcm/v3/clusters?environment=${environmentId}`, t.asKey);
  if (res.status !== 200) throw new Error(`srcm list: ${res.status} ${res.text}`);
  return res.body.data[0] as RegistryJson;
}

/**
 * A key whose resource is the registry. Through ApiKeysService (the use case behind POST
 * /iam/v2/api-keys) because the api-keys controller does not yet map `lsrc-…` resource ids.
 */
export async function registryKey(app: NestFastifyApplication, t: TestTenant, registryId: string): Promise<{ id: string; secret: string }> {
  const p: Principal = { kind: 'User', id: t.userId, organizationId: t.organizationId, role: 'OrganizationAdmin', via: 'api_key' };
  const { key, secret } = await app.get(ApiKeysService).create(p, { displayName: 'registry', description: '', resource: { kind: 'SchemaRegistry', id: registryId } });
  return { id: key.id, secret };
}

/** The path of a registry route for app.inject. */
export function registryPath(registry: RegistryJson, path: string): string {
  return new URL(registry.spec.http_endpoint).pathname + path;
}
