import { Prisma } from '../generated/client';

/**
 * Which models hold tenant data, and how a row names its organization. Derived from the generated
 * client at load time, so a new model with an `organizationId` column is scoped without anyone
 * remembering to list it here (tenant-models.spec.ts checks this against prisma/schema.prisma).
 */
export type TenantGuard =
  /** The row carries the organization itself (`organizationId`, or `id` for Organization). */
  | { kind: 'column'; column: string }
  /** The row belongs to a parent that carries it: the guard is a relation filter. */
  | { kind: 'parent'; filter: (organizationId: string) => Record<string, unknown> };

/**
 * Tables without an organization column that hang off a tenant row (the schema registry's
 * children). Reads, updates and deletes are filtered through the parent; a create must name a parent
 * the caller has already read through its scope (the foreign key alone does not know tenants).
 */
const THROUGH_PARENT: Record<string, (organizationId: string) => Record<string, unknown>> = {
  RegistrySchema: (organizationId) => ({ registry: { organizationId } }),
  RegistrySubjectVersion: (organizationId) => ({ registry: { organizationId } }),
  RegistrySubjectConfig: (organizationId) => ({ registry: { organizationId } }),
  RegistrySchemaReference: (organizationId) => ({ schema: { registry: { organizationId } } }),
};

function scalarFields(model: string): Record<string, string> | undefined {
  return (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
}

function buildGuards(): ReadonlyMap<string, TenantGuard> {
  const guards = new Map<string, TenantGuard>();
  for (const model of Object.values(Prisma.ModelName)) {
    const fields = scalarFields(model);
    if (model === Prisma.ModelName.Organization) guards.set(model, { kind: 'column', column: 'id' });
    else if (fields && 'organizationId' in fields) guards.set(model, { kind: 'column', column: 'organizationId' });
    else if (model in THROUGH_PARENT) guards.set(model, { kind: 'parent', filter: THROUGH_PARENT[model]! });
  }
  return guards;
}

export const TENANT_GUARDS: ReadonlyMap<string, TenantGuard> = buildGuards();

/** Models with no tenant: people (a user may belong to several organizations), the price list, webhook ids. */
export function isTenantModel(model: string): boolean {
  return TENANT_GUARDS.has(model);
}
