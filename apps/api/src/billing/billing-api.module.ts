import { Module } from '@nestjs/common';
import { BillingModule, BudgetsModule } from '@tributary/billing';
import { MeteringModule } from '@tributary/metering';
import { BillingController } from './billing.controller';
import { BudgetsController } from './budgets.controller';
import { CostSamplesController } from './cost-samples.controller';
import { MeterController } from './meter.controller';
import { InvoicesController } from './invoices.controller';
import { MetricsController } from './metrics.controller';
import { MetricsExportModule } from './metrics-export.module';
import { PaymentMethodsController } from './payment-methods.controller';
import { StripeWebhooksController } from './stripe-webhooks.controller';

/** billing/v1 (costs, invoice preview, payment method, Stripe webhooks) and the metrics query. */
@Module({
  imports: [BillingModule, BudgetsModule, MeteringModule.forRoot(), MetricsExportModule],
  controllers: [BillingController, BudgetsController, StripeWebhooksController, MetricsController, PaymentMethodsController, InvoicesController, MeterController, CostSamplesController],
})
export class BillingApiModule {}
