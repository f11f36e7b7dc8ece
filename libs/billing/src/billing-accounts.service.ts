import { Injectable } from '@nestjs/common';
import { TenantRepositories, type BillingAccount, type BillingStatus, type Prisma } from '@tributary/db';

/**
 * An organization's billing state; the only writer of `BillingAccount.status`. Reads and writes go
 * through the organization's scope; `db` is for a caller's own transaction (the Stripe webhook,
 * which learns the organization from the event and binds it in every statement here).
 */
@Injectable()
export class BillingAccounts {
  constructor(private readonly repos: TenantRepositories) {}

  async get(organizationId: string, db?: Prisma.TransactionClient): Promise<BillingAccount> {
    return (db ?? this.repos.for(organizationId).db).billingAccount.upsert({ where: { organizationId }, create: { organizationId }, update: {} });
  }

  async setStatus(organizationId: string, status: BillingStatus, db: Prisma.TransactionClient = this.repos.for(organizationId).db): Promise<void> {
    const current = await this.get(organizationId, db);
    if (current.status === status) return;
    await db.billingAccount.update({
      where: { organizationId },
      // Each condition's start: past due refuses new clusters at once, canceled after the grace period.
      data: { status, pastDueSince: status === 'PAST_DUE' ? new Date() : null, canceledSince: status === 'CANCELED' ? new Date() : null },
    });
  }
}
