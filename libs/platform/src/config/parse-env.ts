import { z } from 'zod';

/**
 * Parses a library's slice of the environment once, at boot. A bad value stops the process with a
 * message naming the variable, instead of surfacing later as a confusing runtime error.
 */
export function parseEnv<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** `z.coerce.boolean()` treats "false" as true; environment flags need this instead. */
export const envBoolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const envPort = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
