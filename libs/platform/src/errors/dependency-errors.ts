/** What a request can find unreachable: the database, Redis, or (from a bare socket error) something. */
export type Dependency = 'postgres' | 'redis' | 'dependency';

/** Seconds a client is told to wait when a dependency is down: a Postgres restart takes a few. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that mean "this connection or server is going away or not accepting yet", not "your
 * query is wrong": admin/crash shutdown, starting up or shutting down, too many connections, and
 * the whole connection-exception class (08xxx).
 */
const PG_UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006', '08P01']);
/** The kinds Prisma's driver adapter gives the errors it recognises as connection trouble. */
const ADAPTER_UNAVAILABLE_KINDS = new Set(['ConnectionClosed', 'DatabaseNotReachable', 'SocketTimeout', 'TooManyConnections']);
/**
 * Prisma's own codes for the same: can't reach (P1001), timed out (P1002, P1008), server closed
 * the connection (P1017), no connection from the pool in time (P2024).
 */
const PRISMA_UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Socket-level failures, whoever hit them. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED', 'EAI_AGAIN']);

/** node-postgres' and Postgres' messages for a connection that died or never came. */
const PG_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /Can't reach database server/,
  /Server has closed the connection/,
  /the database system is (shutting down|starting up|in recovery mode|not yet accepting connections)/,
  /terminating connection due to administrator command/,
  /sorry, too many clients already/,
  /Timed out fetching a new connection from the connection pool/,
];
/** ioredis' messages for a command that could not be sent or answered in time. */
const REDIS_MESSAGES = [/^Connection is closed\.?$/, /^Stream isn't writeable and enableOfflineQueue options is false$/, /^Command timed out$/, /^Reached the max retries per request limit/];
const REDIS_NAMES = new Set(['MaxRetriesPerRequestError', 'ConnectionClosedError']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  syscall?: unknown;
  meta?: { driverAdapterError?: unknown };
}

function classifyOne(e: ErrorLike): Dependency | null {
  const name = typeof e.name === 'string' ? e.name : '';
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (REDIS_NAMES.has(name) || REDIS_MESSAGES.some((r) => r.test(message))) return 'redis';
  if (name === 'PrismaClientInitializationError') return 'postgres';
  if (name.startsWith('PrismaClient') && PRISMA_UNAVAILABLE_CODES.has(code)) return 'postgres';
  if (typeof e.kind === 'string' && ADAPTER_UNAVAILABLE_KINDS.has(e.kind)) return 'postgres';
  if (PG_UNAVAILABLE_SQLSTATES.has(code)) return 'postgres';
  if (PG_MESSAGES.some((r) => r.test(message))) return 'postgres';
  if (SOCKET_CODES.has(code)) return 'dependency';
  return null;
}

/**
 * Which dependency an error says is unreachable, or null when it is not a connection problem.
 * Looks through the wrappers: Prisma's `meta.driverAdapterError`, `cause` chains, and the
 * AggregateError node-postgres throws when every address of a host refuses.
 */
export function unreachableDependency(error: unknown): Dependency | null {
  const queue: unknown[] = [error];
  let found: Dependency | null = null;
  for (let seen = 0; queue.length && seen < 12; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    const err = e as ErrorLike;
    const d = classifyOne(err);
    // A specific answer (postgres, redis) beats a bare socket error found on the way.
    if (d && d !== 'dependency') return d;
    found ??= d;
    if (err.meta?.driverAdapterError) queue.push(err.meta.driverAdapterError);
    if (err.cause) queue.push(err.cause);
    if (Array.isArray(err.errors)) queue.push(...(err.errors as unknown[]).slice(0, 4));
  }
  return found;
}
