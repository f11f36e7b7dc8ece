/**
 * Persistence in one place.
 *
 * Tenant data goes through `TenantRepositories` (provided by DbModule), one organization at a time:
 *
 *   const scope = this.repos.for(principal.organizationId);
 *   const env = await scope.environments.get(id);                 // 404 "Environment 'env-1' was not found"
 *   const page = await scope.clusters.page({ environmentId }, req); // Page<Cluster>, total included
 *   await scope.serviceAccounts.update(id, { description });       // by (org, id); 404 if not ours
 *   await scope.transaction(async (tx) => {                         // tx: the same scope, in one transaction
 *     const sa = await tx.serviceAccounts.create({ id: newId.serviceAccount(), displayName }); // 409 names display_name
 *     await audit.record(principal, { ... }, tx);                   // joins the transaction
 *   }, { isolation: 'Serializable' });                              // 40001/40P01 retried, then 409 "try again"
 *
 * - Isolation is written once (tenancy/org-scoped-client.ts): a client extension ANDs the organization
 *   into every `where` and sets it on every create of every model with an `organizationId` column,
 *   including `scope.db` (the scoped Prisma client, for `include`/`select`/aggregates).
 * - `repos.system` is the only door to tenant rows without an organization (authentication, the
 *   reconciler, metering scans, Stripe webhooks): find the row's organization there, then `for(org)`.
 * - `PrismaService` itself is for non-tenant tables (users, prices, webhook ids) and raw SQL that binds
 *   the organization explicitly. Anything else on it is a query that bypasses tenant isolation.
 * - Unique violations → `uniqueViolationToConflict`; lost serialization races → `retryTransaction`.
 */
export * from './db.module';
export * from './prisma.service';
export * from './errors/transaction-retry';
export * from './errors/unique-violation';
export * from './repositories/members.repository';
export * from './repositories/org-scope';
export * from './repositories/system-repositories';
export * from './repositories/tenant-repositories';
export * from './repositories/tenant-repository';
export * from './tenancy/org-scoped-client';
export * from './tenancy/tenant-models';
export * from './generated/client';
