import { z } from 'zod';

/**
 * Parses a library's slice of the environment once, at boot. A bad value stops the process with a
 * message naming the variable and what is expected, instead of surfacing later as a confusing
 * runtime error. The value itself is never in the message: it may be a secret, and the message
 * goes to logs.
 */
export function parseEnv<S extends z.ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      return `  ${i.path.join('.')}: ${withoutValue(i.message, env[name])}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** A validator's message could quote what it received: take the value out wherever it appears. */
function withoutValue(message: string, value: string | undefined): string {
  return value && value.length >= 3 ? message.split(value).join('[value not shown]') : message;
}

/** A configuration problem: names the variable, never shows its value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  /** For checks beyond one variable's shape (e.g. "required when X is set"). */
  static invalid(variable: string, problem: string): ConfigError {
    return new ConfigError(`Invalid configuration:\n  ${variable}: ${problem}`);
  }
}

/** `z.coerce.boolean()` treats "false" as true; environment flags need this instead. */
export const envBoolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const envPort = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
