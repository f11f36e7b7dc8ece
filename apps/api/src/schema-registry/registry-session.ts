import { authorizePrincipal, type Principal } from '@tributary/accounts';
import { AppError } from '@tributary/platform';
import { RegistryError, type RegistryCaller, type SchemaRegistriesService } from '@tributary/schema-registry';

/**
 * The console's way into a registry: a signed-in user of the registry's organization. The session
 * itself (cookie, expiry, the CSRF token on writes) is verified by the API-wide AuthGuard, which runs
 * before RegistryGuard and does so in `kafka` mode too; this only scopes and authorizes, as the rest
 * of the API does: another organization's registry does not exist (404), writes are held to the one policy.
 */
export async function sessionCaller(registries: SchemaRegistriesService, principal: Principal, registryId: string, intent: 'read' | 'write'): Promise<RegistryCaller> {
  const registry = await registries.find(principal.organizationId, registryId);
  if (!registry) throw new RegistryError(404, 404, `Schema Registry '${registryId}' was not found`);
  if (intent === 'write') {
    try {
      authorizePrincipal(principal, 'schema_registry.write', { environmentId: registry.environmentId });
    } catch (e) {
      if (e instanceof AppError) throw RegistryError.forbidden(e.message);
      throw e;
    }
  }
  // No key: the session acts with its user's role as it is now (read on every request by AuthGuard).
  return { registry, keyId: '', role: principal.role, roleBindings: principal.roleBindings ?? [] };
}
