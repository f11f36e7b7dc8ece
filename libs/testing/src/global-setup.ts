import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEST_ENV } from './test-env';

const root = resolve(__dirname, '../../..');

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

/**
 * Once per `vitest run`: real Postgres and Redis up, the test database migrated, Redis's test db
 * emptied (rate-limit counters, queues), the Kafka distribution resolved. `npm test` has usually
 * done the slow parts already; here they are no-ops, and running vitest directly still works.
 */
export default function setup() {
  run('bash', ['scripts/ensure-services.sh', TEST_ENV.TRIBUTARY_DB_NAME]);
  run(join(root, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], { ...TEST_ENV, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false' });
  run('redis-cli', ['-n', TEST_ENV.TRIBUTARY_REDIS_URL.split('/').pop() ?? '15', 'flushdb']);
  if (existsSync(join(root, 'scripts/ensure-kafka.sh'))) run('bash', ['scripts/ensure-kafka.sh']);
}
