import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/**
 * Two test runs on one machine at once (two developers' worktrees) must not share a database:
 * TRIBUTARY_TEST_SLOT=n gives a run its own database, Redis db, data dir and port range.
 */
const slot = Number(process.env.TRIBUTARY_TEST_SLOT ?? 0);

/** The environment integration tests run under: their own database, Redis db, data dir and ports. */
export const TEST_ENV = {
  NODE_ENV: 'test',
  TRIBUTARY_DB_NAME: slot ? `tributary_test_${slot}` : 'tributary_test',
  TRIBUTARY_REDIS_URL: `redis://127.0.0.1:6379/${15 - slot}`,
  TRIBUTARY_LOG_LEVEL: 'warn',
  TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000',
  TRIBUTARY_LOGIN_LIMIT_PER_IP: '100000',
  TRIBUTARY_PUBLIC_API_URL: 'http://api.test',
  TRIBUTARY_LOCAL_DATA_DIR: resolve(root, `.data/test-local${slot ? `-${slot}` : ''}`),
  TRIBUTARY_LOCAL_PORT_FROM: String(27100 - slot * 1000),
  TRIBUTARY_LOCAL_PORT_TO: String(27999 - slot * 1000),
  TRIBUTARY_RESYNC_SECONDS: '2',
  TRIBUTARY_ORPHAN_GRACE_SECONDS: '2',
  TRIBUTARY_JOB_LOCK_MS: '4000',
  TRIBUTARY_MAX_CLUSTERS_PER_ORG: '3',
};

export const REPO_ROOT = root;
