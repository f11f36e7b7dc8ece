import { Inject, Injectable } from '@nestjs/common';
import { TenantRepositories, type BillingAccount } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { BILLING_CONFIG, type BillingConfig } from './billing.config';
import { BillingAccounts } from './billing-accounts.service';
import { budgetCapDetail, restrictionDetail, restrictionOf, type Restriction } from './billing-standing';
import { CostsService } from './costs.service';

export interface Standing {
  account: BillingAccount;
  restriction: Restriction | null;
}

/**
 * Whether an organization may create clusters, and from when it may not. The credit rule applies
 * only with Stripe configured: in ledger-only mode nobody can add a card, so it cannot be asked for.
 */
@Injectable()
export class BillingStanding {
  constructor(
    private readonly accounts: BillingAccounts,
    private readonly costs: CostsService,
    private readonly repos: TenantRepositories,
    @Inject(BILLING_CONFIG) private readonly config: BillingConfig,
  ) {}

  /**
   * Reads the standing, first recording when the credit was seen used up with no payment method
   * (or clearing that once a card is on file or credit is granted), so the grace period counts
   * from the first time billing noticed: the console's billing page or a cluster request.
   */
  async of(organizationId: string, now: Date = new Date()): Promise<Standing> {
    let account = await this.accounts.get(organizationId);
    const exhausted = this.config.stripe !== null && account.defaultPaymentMethod === null && (await this.costs.creditRemaining(organizationId, now)) <= 0n;
    const scope = this.repos.for(organizationId).billingAccounts;
    if (exhausted && !account.creditExhaustedSince) {
      await scope.updateWhere({ creditExhaustedSince: null }, { creditExhaustedSince: now });
      account = await this.accounts.get(organizationId);
    } else if (!exhausted && account.creditExhaustedSince) {
      await scope.updateWhere({}, { creditExhaustedSince: null });
      account = await this.accounts.get(organizationId);
    }
    return { account, restriction: restrictionOf(account, this.config.graceDays, now) };
  }

  /**
   * 402 with why and what to do, while a restriction is in effect, or while a THROTTLE budget of the
   * organization (or of `environmentId`) is at its cap; nothing is written then. The one place that
   * refuses new clusters for billing reasons.
   */
  async assertMayCreateCluster(organizationId: string, context: { environmentId?: string } = {}): Promise<void> {
    const { restriction } = await this.of(organizationId);
    if (restriction?.inEffect) throw new AppError('payment_required', restrictionDetail(restriction));
    const capped = await this.repos.for(organizationId).db.clientQuota.findFirst({ where: { OR: [{ environmentId: null }, ...(context.environmentId ? [{ environmentId: context.environmentId }] : [])] } });
    if (capped) throw new AppError('payment_required', budgetCapDetail(capped.reason));
  }
}

/**
 * Billing's veto on new clusters (libs/clusters' ClusterCreationGuard, matched structurally so
 * billing does not depend on clusters): past due, canceled, or credit used up without a card.
 */
@Injectable()
export class BillingClusterCreationGuard {
  constructor(private readonly standing: BillingStanding) {}

  async assertMayCreateCluster(organizationId: string, context?: { environmentId?: string }): Promise<void> {
    await this.standing.assertMayCreateCluster(organizationId, context);
  }
}

/** The guard's former name (apps/api/src/features.ts still uses it). */
export const PastDueClusterCreationGuard = BillingClusterCreationGuard;
