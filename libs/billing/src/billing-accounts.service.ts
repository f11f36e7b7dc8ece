import { Injectable } from '@nestjs/common';
import { TenantRepositories, type BillingAccount, type BillingStatus, type Prisma } from '@tributary/db';
import { AppError } from '@tributary/platform';

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
      data: { status, pastDueSince: status === 'PAST_DUE' ? new Date() : null },
    });
  }

  /** A past-due organization keeps its running clusters but may not start new ones. */
  async assertInGoodStanding(organizationId: string): Promise<void> {
    const account = await this.repos.for(organizationId).billingAccounts.findFirst();
    if (account?.status === 'PAST_DUE') {
      throw new AppError(
        'payment_required',
        'Payment for this organization is past due: your running clusters keep running, but new clusters cannot be created until the outstanding invoice is paid. Update the payment method in Billing.',
      );
    }
  }
}

/**
 * Billing's veto on new clusters (libs/clusters' ClusterCreationGuard, matched structurally so
 * billing does not depend on clusters): 402 while the organization's payment is past due.
 */
@Injectable()
export class PastDueClusterCreationGuard {
  constructor(private readonly accounts: BillingAccounts) {}

  async assertMayCreateCluster(organizationId: string): Promise<void> {
    await this.accounts.assertInGoodStanding(organizationId);
  }
}
