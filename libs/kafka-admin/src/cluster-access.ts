import type { Acl, Admin } from '@platformatic/kafka';
import { allAclsOfPrincipalFilter, clusterAccessAclFilters, clusterAccessAcls } from './cluster-access-acls';
import { mapKafkaErrors } from './error-mapping';

/** Creating a binding that already exists is a no-op in Kafka, so granting twice is safe. */
export async function grantClusterAccess(admin: Admin, username: string): Promise<void> {
  await mapKafkaErrors(() => admin.createAcls({ creations: clusterAccessAcls(username) }));
}

/** Deletes exactly the grant's bindings; filters that match nothing are not errors. */
export async function revokeClusterAccess(admin: Admin, username: string): Promise<Acl[]> {
  return mapKafkaErrors(() => admin.deleteAcls({ filters: clusterAccessAclFilters(username) }));
}

/** The principal's bindings, flattened, for inspection and tests. */
export async function describePrincipalAcls(admin: Admin, username: string): Promise<Acl[]> {
  const resources = await mapKafkaErrors(() => admin.describeAcls({ filter: allAclsOfPrincipalFilter(username) }));
  return resources.flatMap((resource) =>
    resource.acls.map((permission) => ({
      resourceType: resource.resourceType,
      resourceName: resource.resourceName,
      resourcePatternType: resource.resourcePatternType,
      ...permission,
    })),
  );
}
