import { z } from 'zod';
import { parseEnv } from '@tributary/platform';

/**
 * Whether this deployment offers the LOCAL cloud, and the per-organization caps when it does. LOCAL
 * runs brokers on the control plane's own machine: right for development, tests and `npm start`, not
 * for anyone who signs up to a production deployment. So production offers it only when its operator
 * opts in (TRIBUTARY_LOCAL_CLOUD=enabled), and then one tenant cannot take the host: brokers and the
 * storage they may fill are counted over the organization's live LOCAL clusters.
 */
export function loadLocalCloudConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      TRIBUTARY_LOCAL_CLOUD: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['enabled', 'disabled']).optional()),
      /** Brokers (JVMs) of one organization's live LOCAL clusters, together. */
      TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG: z.coerce.number().int().min(1).default(18),
      /** What one organization's LOCAL brokers may retain together: brokers × each kind's storage per broker. */
      TRIBUTARY_LOCAL_MAX_STORAGE_GIB_PER_ORG: z.coerce.number().int().min(1).default(18_000),
    },
    env,
  );
  return {
    offered: (c.TRIBUTARY_LOCAL_CLOUD ?? (c.NODE_ENV === 'production' ? 'disabled' : 'enabled')) === 'enabled',
    maxBrokersPerOrg: c.TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG,
    maxStorageGiBPerOrg: c.TRIBUTARY_LOCAL_MAX_STORAGE_GIB_PER_ORG,
  };
}
export type LocalCloudConfig = ReturnType<typeof loadLocalCloudConfig>;
