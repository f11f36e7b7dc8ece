import { resolve } from 'node:path';
import { z } from 'zod';
import { parseEnv } from '@tributary/platform';
import { loadLocalCloudConfig } from '@tributary/provisioning';

export function loadClustersConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      TRIBUTARY_LOCAL_DATA_DIR: z.string().min(1).default(resolve(process.cwd(), '.data/local')),
      TRIBUTARY_LOCAL_PORT_FROM: z.coerce.number().int().min(1024).max(65000).default(29100),
      TRIBUTARY_LOCAL_PORT_TO: z.coerce.number().int().min(1024).max(65535).default(29999),
      TRIBUTARY_LOCAL_MAX_BROKERS: z.coerce.number().int().min(1).max(24).default(6),
      TRIBUTARY_MAX_CLUSTERS_PER_ORG: z.coerce.number().int().min(0).default(5),
      TRIBUTARY_RESYNC_SECONDS: z.coerce.number().min(1).max(3600).default(30),
      TRIBUTARY_ORPHAN_GRACE_SECONDS: z.coerce.number().min(0).default(300),
      TRIBUTARY_PROVISIONING_TIMEOUT_SECONDS: z.coerce.number().min(10).default(900),
      TRIBUTARY_RECONCILE_BACKOFF_MAX_SECONDS: z.coerce.number().min(1).max(3600).default(60),
    },
    env,
  );
  if (c.TRIBUTARY_LOCAL_PORT_TO <= c.TRIBUTARY_LOCAL_PORT_FROM) {
    throw new Error('Invalid configuration:\n  TRIBUTARY_LOCAL_PORT_TO: must be greater than TRIBUTARY_LOCAL_PORT_FROM');
  }
  return {
    local: {
      dataDir: c.TRIBUTARY_LOCAL_DATA_DIR,
      portRange: { from: c.TRIBUTARY_LOCAL_PORT_FROM, to: c.TRIBUTARY_LOCAL_PORT_TO },
      maxBrokers: c.TRIBUTARY_LOCAL_MAX_BROKERS,
      /** Offered at all (production: only with TRIBUTARY_LOCAL_CLOUD=enabled), and the per-organization caps. */
      ...loadLocalCloudConfig(env),
    },
    maxClustersPerOrg: c.TRIBUTARY_MAX_CLUSTERS_PER_ORG,
    resyncMs: c.TRIBUTARY_RESYNC_SECONDS * 1000,
    orphanGraceMs: c.TRIBUTARY_ORPHAN_GRACE_SECONDS * 1000,
    provisioningTimeoutMs: c.TRIBUTARY_PROVISIONING_TIMEOUT_SECONDS * 1000,
    backoffMaxMs: c.TRIBUTARY_RECONCILE_BACKOFF_MAX_SECONDS * 1000,
  };
}
export type ClustersConfig = ReturnType<typeof loadClustersConfig>;
export const CLUSTERS_CONFIG = Symbol('CLUSTERS_CONFIG');
