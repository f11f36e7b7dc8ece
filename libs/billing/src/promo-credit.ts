import { Inject, Injectable } from '@nestjs/common';
import type { OrganizationCreatedListener } from '@tributary/accounts';
import type { Prisma } from '@tributary/db';
import { DAY_MS } from '@tributary/metering';
import { randomUUID } from 'node:crypto';
import { BILLING_CONFIG, type BillingConfig } from './billing.config';

/**
 * A new organization's billing account and promotional credit, written in the sign-up transaction:
 * an organization never exists without them.
 */
@Injectable()
export class PromoCreditGrant implements OrganizationCreatedListener {
  constructor(@Inject(BILLING_CONFIG) private readonly config: BillingConfig) {}

  async onOrganizationCreated(organizationId: string, tx: Prisma.TransactionClient): Promise<void> {
    const now = new Date();
    await tx.billingAccount.create({ data: { organizationId } });
    if (this.config.promoCreditMicros <= 0n) return;
    await tx.billingCredit.create({
      data: {
        id: `credit-${randomUUID()}`,
        organizationId,
        kind: 'PROMO',
        amountMicros: this.config.promoCreditMicros,
        grantedAt: now,
        expiresAt: this.config.promoCreditDays ? new Date(now.getTime() + this.config.promoCreditDays * DAY_MS) : null,
        description: 'Promotional credit for new organizations',
      },
    });
  }
}
