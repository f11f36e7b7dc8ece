import type { Logger } from 'pino';

/** ioredis' ways of saying "Redis is away right now" (fail-fast connections reject rather than wait). */
export function isRedisOutageError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  return e.name === 'MaxRetriesPerRequestError' || /Connection is closed|Stream isn't writeable|Command timed out|ECONNREFUSED|ECONNRESET|EPIPE/.test(e.message);
}

/**
 * A command lost to a Redis outage that no caller awaited (a library's own background call on a
 * fail-fast connection) must not end the process: Redis is a cache of work, and the worker puts its
 * work back when Redis returns. Any other unhandled rejection still ends the process (exit 1), as
 * Node would, for the supervisor to restart it.
 */
export function keepRunningThroughRedisOutages(logger: Logger): void {
  process.on('unhandledRejection', (reason: unknown) => {
    if (isRedisOutageError(reason)) {
      logger.warn({ err: (reason as Error).message }, 'a Redis command was lost to an outage; carrying on');
      return;
    }
    logger.fatal({ err: reason instanceof Error ? reason.stack : String(reason) }, 'unhandled rejection: exiting');
    process.exit(1);
  });
}
