import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { LocalProvider } from '@tributary/provisioning';
import { REPO_ROOT as root, TEST_ENV } from './test-env';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

/**
 * Once per `vitest run`: real Postgres and Redis up, the test database migrated, Redis's test db
 * emptied (rate-limit counters, queues), the Kafka distribution resolved, the server code compiled
 * (tests start the worker as a real process), and whatever an interrupted earlier run left behind
 * (brokers, clusters mid-provisioning) cleared away. `npm test` has done the slow parts already.
 * Its teardown stops the brokers the run's files left running, so none outlive the run.
 */
export default async function setup() {
  run('bash', ['scripts/ensure-services.sh', TEST_ENV.TRIBUTARY_DB_NAME]);
  run(join(root, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], { ...TEST_ENV, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false' });
  run('redis-cli', ['-n', TEST_ENV.TRIBUTARY_REDIS_URL.split('/').pop() ?? '15', 'flushdb']);
  if (existsSync(join(root, 'scripts/ensure-kafka.sh'))) run('bash', ['scripts/ensure-kafka.sh']);
  run(join(root, 'node_modules/.bin/node'), ['scripts/build.mjs']);

  const provider = new LocalProvider({ dataRoot: TEST_ENV.TRIBUTARY_LOCAL_DATA_DIR, portRange: { from: Number(TEST_ENV.TRIBUTARY_LOCAL_PORT_FROM), to: Number(TEST_ENV.TRIBUTARY_LOCAL_PORT_TO) } });
  for (const id of await provider.listOwnedClusters()) await provider.deleteCluster(id);
  const pg = new Client({ host: '127.0.0.1', user: 'tributary', password: 'tributary', database: TEST_ENV.TRIBUTARY_DB_NAME });
  await pg.connect();
  await pg.query(`update clusters set phase = 'DELETED', deleted_at = now(), nodes = '[]' where phase <> 'DELETED'`);
  await pg.end();

  return async function teardown() {
    // Housekeeping only: a broker that will not stop is reported, never a reason to fail the run.
    try {
      for (const id of await provider.listOwnedClusters()) await provider.deleteCluster(id);
    } catch (e) {
      console.warn(`global teardown: could not stop every leftover broker: ${(e as Error).message}`);
    }
  };
}
