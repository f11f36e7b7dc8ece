import { Module } from '@nestjs/common';
import { BillingModule } from '@tributary/billing';
import { MeteringModule } from '@tributary/metering';
import { BillingController } from './billing.controller';
import { MetricsController } from './metrics.controller';
import { MetricsExportModule } from './metrics-export.module';
import { StripeWebhooksController } from './stripe-webhooks.controller';

/** billing/v1 (costs, invoice preview, payment method, Stripe webhooks) and the metrics query. */
@Module({
  imports: [BillingModule, MeteringModule.forRoot(), MetricsExportModule],
  controllers: [BillingController, StripeWebhooksController, MetricsController],
})
export class BillingApiModule {}
