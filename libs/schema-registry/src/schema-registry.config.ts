import { z } from 'zod';
import { parseEnv } from '@tributary/platform';

export function loadSchemaRegistryConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      // Below the API's own body limit (TRIBUTARY_API_BODY_LIMIT_BYTES), so an oversized request
      // is refused in the registry's error shape rather than the control plane's.
      TRIBUTARY_SCHEMA_REGISTRY_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(196_608),
    },
    env,
  );
  return { maxBodyBytes: c.TRIBUTARY_SCHEMA_REGISTRY_MAX_BODY_BYTES };
}
export type SchemaRegistryConfig = ReturnType<typeof loadSchemaRegistryConfig>;
export const SCHEMA_REGISTRY_CONFIG = Symbol('SCHEMA_REGISTRY_CONFIG');
