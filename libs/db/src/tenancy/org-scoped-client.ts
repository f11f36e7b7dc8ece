import { Prisma, type PrismaClient } from '../generated/client';
import { TENANT_GUARDS, type TenantGuard } from './tenant-models';

type Args = Record<string, unknown>;

/** Operations whose `where` narrows what they read or write. */
const FILTERED = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
]);
const CREATES = new Set(['create', 'createMany', 'createManyAndReturn']);

/** A bug, never a user's mistake: the caller tried to reach past its organization. */
export class CrossTenantWriteError extends Error {
  override readonly name = 'CrossTenantWriteError';
}

function asArray(v: unknown): unknown[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * `where AND <guard>`, keeping the caller's fields at the top level so a unique `where` (`{ id }`)
 * stays unique: Prisma accepts extra filters next to the unique fields of findUnique/update/delete.
 */
export function andWhere(where: unknown, guard: Args): Args {
  if (where === undefined || where === null) return guard;
  const w = where as Args;
  return { ...w, AND: [...asArray(w.AND), guard] };
}

function withTenant(model: string, data: unknown, column: string, organizationId: string): Args {
  const d = (data ?? {}) as Args;
  if (column in d && d[column] !== organizationId) {
    throw new CrossTenantWriteError(`${model}.${column} '${String(d[column])}' is not the scope's organization '${organizationId}'`);
  }
  if ('organization' in d) throw new CrossTenantWriteError(`${model}: give organizationId through the scope, not the organization relation`);
  return { ...d, [column]: organizationId };
}

function assertKeepsTenant(model: string, data: unknown, column: string, organizationId: string): void {
  const d = (data ?? {}) as Args;
  if (column in d && d[column] !== organizationId) throw new CrossTenantWriteError(`${model}: a row cannot move to another organization`);
  if ('organization' in d) throw new CrossTenantWriteError(`${model}: a row cannot move to another organization`);
}

/** The arguments of one model operation, narrowed to one organization. Exported for the unit test. */
export function scopeArgs(model: string, operation: string, args: Args | undefined, organizationId: string, guard: TenantGuard): Args {
  const a: Args = { ...(args ?? {}) };
  const filter = guard.kind === 'column' ? { [guard.column]: organizationId } : guard.filter(organizationId);
  if (FILTERED.has(operation)) {
    a.where = andWhere(a.where, filter);
    if (guard.kind === 'column' && 'data' in a) assertKeepsTenant(model, a.data, guard.column, organizationId);
    return a;
  }
  if (operation === 'upsert') {
    a.where = andWhere(a.where, filter);
    if (guard.kind === 'column') {
      a.create = withTenant(model, a.create, guard.column, organizationId);
      assertKeepsTenant(model, a.update, guard.column, organizationId);
    }
    return a;
  }
  if (CREATES.has(operation)) {
    // Child rows (guard 'parent') are created under a parent the caller read through the scope.
    if (guard.kind === 'column') {
      a.data = Array.isArray(a.data) ? a.data.map((d) => withTenant(model, d, guard.column, organizationId)) : withTenant(model, a.data, guard.column, organizationId);
    }
    return a;
  }
  throw new CrossTenantWriteError(`${model}.${operation} cannot be scoped to an organization`);
}

/**
 * The one place tenant isolation is written: a client extension that ANDs the organization into
 * every `where` and sets it on every create, for every tenant model (see tenant-models.ts). Raw SQL
 * (`$queryRaw`) is not model-scoped: keep it out of domain code, or bind the organization yourself.
 */
export function scopeToOrganization(client: PrismaClient, organizationId: string): PrismaClient {
  const extended = client.$extends({
    name: `org:${organizationId}`,
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          const guard = TENANT_GUARDS.get(model);
          if (!guard) return query(args);
          return query(scopeArgs(model, operation, args as Args, organizationId, guard) as typeof args);
        },
      },
    },
  });
  // A query-only extension leaves every model's types as they were.
  return extended as unknown as PrismaClient;
}

export type ScopedDb = Prisma.TransactionClient;
