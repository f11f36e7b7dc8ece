import { Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { LOGGER } from '../platform.module';
import { loadMailConfig, MAIL_CONFIG, type MailConfig } from './mail.config';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

export type MailOutcome = { sent: true; messageId: string } | { sent: false; reason: 'disabled' };

/** Sends mail through the configured SMTP server (nodemailer); a send that fails throws. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const s = config.smtp;
    this.transport = s
      ? createTransport({
          host: s.host,
          port: s.port,
          secure: s.secure,
          requireTLS: s.requireTls,
          ...(s.auth ? { auth: s.auth } : {}),
          connectionTimeout: s.timeoutMs,
          greetingTimeout: s.timeoutMs,
          socketTimeout: s.timeoutMs,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(m: MailMessage): Promise<MailOutcome> {
    if (m.to.length === 0) return { sent: false, reason: 'disabled' };
    if (!this.transport) {
      this.logger.info({ recipients: m.to.length, subject: m.subject }, 'mail is not configured (TRIBUTARY_SMTP_HOST): not sent');
      return { sent: false, reason: 'disabled' };
    }
    const info = await this.transport.sendMail({ from: this.config.from, to: m.to, subject: m.subject, text: m.text });
    return { sent: true, messageId: String(info.messageId) };
  }

  onModuleDestroy() {
    this.transport?.close();
  }
}

/** Static, so every context that imports it shares one SMTP transport. */
@Module({ providers: [Mailer, { provide: MAIL_CONFIG, useFactory: () => loadMailConfig() }], exports: [Mailer, MAIL_CONFIG] })
export class MailModule {}
