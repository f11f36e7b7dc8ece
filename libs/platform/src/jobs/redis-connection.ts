import type { ConnectionOptions } from 'bullmq';
import type { RedisConnection } from '../config/connection-urls';

/** BullMQ opens its own connections; it needs `maxRetriesPerRequest: null` on workers. */
export function redisConnectionOptions(redis: RedisConnection): ConnectionOptions {
  return { ...redis, maxRetriesPerRequest: null };
}
