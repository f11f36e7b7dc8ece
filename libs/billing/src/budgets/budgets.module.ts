import { Module } from '@nestjs/common';
import { MailModule } from '@tributary/platform';
import { BillingModule } from '../billing.module';
import { BudgetEnforcement } from './budget-enforcement';
import { BUDGETS_CONFIG, loadBudgetsConfig } from './budgets.config';
import { Budgets } from './budgets.service';

/**
 * Budgets, their alerts and their throttle. Apart from BillingModule because it needs the audit log
 * (accounts) and mail, which contexts that only price usage (metering tests, one-off scripts) lack.
 */
@Module({
  imports: [BillingModule, MailModule],
  providers: [Budgets, BudgetEnforcement, { provide: BUDGETS_CONFIG, useFactory: () => loadBudgetsConfig() }],
  exports: [Budgets, BudgetEnforcement, BUDGETS_CONFIG],
})
export class BudgetsModule {}
