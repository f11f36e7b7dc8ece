import { z } from 'zod';
import { ConfigError, envBoolean, parseEnv } from '../config/parse-env';

/**
 * Outgoing mail over SMTP. Without TRIBUTARY_SMTP_HOST mail is off: what would have been sent is
 * logged (recipients and subject, never the body) and callers record it as not emailed.
 */
export function loadMailConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      TRIBUTARY_SMTP_HOST: z.string().min(1).max(255).optional(),
      TRIBUTARY_SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(587),
      /** Implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
      TRIBUTARY_SMTP_SECURE: envBoolean(false),
      /** Refuse to send over a connection that did not upgrade to TLS (STARTTLS required). */
      TRIBUTARY_SMTP_REQUIRE_TLS: envBoolean(false),
      TRIBUTARY_SMTP_USER: z.string().min(1).max(255).optional(),
      TRIBUTARY_SMTP_PASSWORD: z.string().min(1).max(1024).optional(),
      TRIBUTARY_MAIL_FROM: z.string().min(3).max(320).default('Tributary <no-reply@tributary.local>'),
      TRIBUTARY_SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    },
    env,
  );
  if (c.TRIBUTARY_SMTP_USER && !c.TRIBUTARY_SMTP_PASSWORD) throw ConfigError.invalid('TRIBUTARY_SMTP_PASSWORD', 'required when TRIBUTARY_SMTP_USER is set');
  return {
    smtp: c.TRIBUTARY_SMTP_HOST
      ? {
          host: c.TRIBUTARY_SMTP_HOST,
          port: c.TRIBUTARY_SMTP_PORT,
          secure: c.TRIBUTARY_SMTP_SECURE,
          requireTls: c.TRIBUTARY_SMTP_REQUIRE_TLS,
          auth: c.TRIBUTARY_SMTP_USER ? { user: c.TRIBUTARY_SMTP_USER, pass: c.TRIBUTARY_SMTP_PASSWORD! } : null,
          timeoutMs: c.TRIBUTARY_SMTP_TIMEOUT_MS,
        }
      : null,
    from: c.TRIBUTARY_MAIL_FROM,
  };
}
export type MailConfig = ReturnType<typeof loadMailConfig>;
export const MAIL_CONFIG = Symbol('MAIL_CONFIG');
