import { AppError } from '@tributary/platform';
import { Prisma } from '../generated/client';

export interface UniqueViolation {
  table: string;
  /** Columns of the violated constraint, the organization column left out (`['display_name']`). */
  columns: string[];
  /** The primary key collided: two writes picked the same generated id. */
  primaryKey: boolean;
}

interface AdapterCause {
  kind?: string;
  table?: string;
  constraint?: { index?: string; fields?: string[] };
}

const TENANT_COLUMN = 'organization_id';

/**
 * Reads a unique violation (Prisma P2002). Through the pg driver adapter, Prisma reports the
 * constraint's name (`service_accounts_organization_id_display_name_key`) rather than its fields;
 * Prisma names constraints `<table>_<columns>_key` and `<table>_pkey`, which is what is parsed here.
 */
export function readUniqueViolation(e: unknown): UniqueViolation | null {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== 'P2002') return null;
  const meta = (e.meta ?? {}) as { target?: unknown; modelName?: string; driverAdapterError?: { cause?: AdapterCause } };
  const cause = meta.driverAdapterError?.cause ?? {};
  const table = cause.table ?? '';
  let columns: string[] = [];
  let primaryKey = false;
  if (cause.constraint?.fields?.length) {
    columns = cause.constraint.fields.map((f) => f.replace(/^"|"$/g, ''));
  } else {
    const index = cause.constraint?.index ?? (typeof meta.target === 'string' ? meta.target : '');
    if (Array.isArray(meta.target)) columns = meta.target.map(String);
    else if (index.endsWith('_pkey')) primaryKey = true;
    else if (index) {
      const body = index.replace(/_key$/, '');
      columns = [table && body.startsWith(`${table}_`) ? body.slice(table.length + 1) : body];
    }
  }
  columns = columns
    .map((c) => (c.startsWith(`${TENANT_COLUMN}_`) ? c.slice(TENANT_COLUMN.length + 1) : c))
    .filter((c) => c !== TENANT_COLUMN && c !== 'organizationId');
  if (columns.length === 1 && (columns[0] === 'id' || columns[0] === 'pkey')) primaryKey = true;
  return { table, columns: primaryKey ? [] : columns, primaryKey };
}

function camel(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function nounOf(kind: string): string {
  // "Service account" → "service account"; "API key" stays.
  return kind.length > 1 && kind[1] === kind[1]!.toLowerCase() ? kind[0]!.toLowerCase() + kind.slice(1) : kind;
}

/**
 * One mapping of unique violations to a 409 that names what collided: `display_name 'ci' is already
 * used by another service account in this organization`. A primary-key collision is a generated id
 * picked twice: nothing the caller did, and a retry succeeds.
 */
export function uniqueViolationToConflict(e: unknown, kind: string, data?: Record<string, unknown>): unknown {
  const v = readUniqueViolation(e);
  if (!v) return e;
  if (v.primaryKey || v.columns.length === 0) {
    return new AppError('conflict', `Creating the ${nounOf(kind)} collided with another write (a generated id was taken): try again`, { retryAfterSeconds: 1 });
  }
  const column = v.columns.join(', ');
  const value = v.columns.length === 1 && data ? data[camel(v.columns[0]!)] : undefined;
  const what = typeof value === 'string' || typeof value === 'number' ? `${column} '${value}'` : column;
  return new AppError('conflict', [{ detail: `${what} is already used by another ${nounOf(kind)} in this organization: choose another ${column}`, pointer: `/${v.columns[0]!}` }]);
}

/** Runs a write and turns its unique violations into clear 409s (see uniqueViolationToConflict). */
export async function mapUniqueViolations<T>(kind: string, data: Record<string, unknown> | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw uniqueViolationToConflict(e, kind, data);
  }
}
