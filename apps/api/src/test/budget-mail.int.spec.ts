import { loadMailConfig, Mailer } from '@tributary/platform';
import pino from 'pino';
import { SmtpServer, waitFor } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const smtp = new SmtpServer();
beforeAll(async () => {
  await smtp.start();
});
afterAll(async () => {
  await smtp.stop();
});

/** The mail budget alerts go out by (libs/platform/src/mail), against a real SMTP server. */
describe('Mailer over SMTP', () => {
  it('delivers to a real SMTP server, from the configured sender', async () => {
    const mailer = new Mailer(loadMailConfig(smtp.env()), pino({ level: 'silent' }));
    const out = await mailer.send({ to: ['a@example.test', 'b@example.test'], subject: 'Budget alert: 80% reached', text: 'Spend so far: $0.80' });
    expect(out.sent).toBe(true);
    const got = await waitFor(async () => (smtp.messages().length === 1 ? smtp.messages() : undefined), { timeoutMs: 10_000 });
    expect(got[0]).toMatchObject({ subject: 'Budget alert: 80% reached', to: ['a@example.test', 'b@example.test'], from: 'Tributary <alerts@tributary.test>' });
    expect(got[0]!.body).toContain('Spend so far: $0.80');
    mailer.onModuleDestroy();
  });

  it('sends nothing and says so when no SMTP host is configured', async () => {
    const mailer = new Mailer(loadMailConfig({}), pino({ level: 'silent' }));
    expect(mailer.enabled).toBe(false);
    expect(await mailer.send({ to: ['a@example.test'], subject: 's', text: 't' })).toEqual({ sent: false, reason: 'disabled' });
  });

  it('refuses a user without a password at boot, naming the variable', () => {
    expect(() => loadMailConfig({ TRIBUTARY_SMTP_HOST: 'smtp.example.test', TRIBUTARY_SMTP_USER: 'u' })).toThrow(/TRIBUTARY_SMTP_PASSWORD/);
  });
});
