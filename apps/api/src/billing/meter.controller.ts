import { Controller, Get } from '@nestjs/common';
import { assertIsOrgAdmin, type Principal } from '@tributary/accounts';
import { CostsService, formatUsd, microsToCents, microsToDollars } from '@tributary/billing';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';

const MeterSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('Meter'),
  as_of: z.string(),
  period: z.object({ start_date: z.string(), end_date: z.string() }),
  currency: z.literal('USD'),
  /** Usage priced so far this month, the open hour included, before credits (USD). */
  spend_so_far: z.number(),
  credits_applied: z.number(),
  /** What an hour costs now: the last complete hour (or the current one so far, if nothing ran before). */
  hourly_rate: z.number(),
  rate_hour: z.string(),
  /** Spend so far plus the hourly rate for every hour left in the month, before and after credit. */
  projected_month_end: z.number(),
  projected_month_end_net: z.number(),
  display: z.object({ spend_so_far: z.string(), hourly_rate: z.string(), projected_month_end: z.string() }),
});

const usd = (micros: bigint) => `$${formatUsd(microsToCents(micros))}`;

/** The live meter: what this month has cost so far, the rate now, and where the month ends at that rate. */
@Controller('billing/v1')
export class MeterController {
  constructor(private readonly costs: CostsService) {}

  @Get('meter')
  @Policy('billing.read')
  @ApiDoc({ tag: 'Billing', summary: 'Live meter: spend so far this month, the current hourly rate, and a projection to the month’s end', response: MeterSchema })
  async meter(@CurrentPrincipal() p: Principal) {
    assertIsOrgAdmin(p);
    const m = await this.costs.liveMeter(p.organizationId);
    return {
      api_version: 'billing/v1' as const,
      kind: 'Meter' as const,
      as_of: m.asOf.toISOString(),
      period: { start_date: m.periodStart.toISOString().slice(0, 10), end_date: m.periodEnd.toISOString().slice(0, 10) },
      currency: 'USD' as const,
      spend_so_far: microsToDollars(m.spendSoFarMicros),
      credits_applied: microsToDollars(m.creditsAppliedMicros),
      hourly_rate: microsToDollars(m.hourlyRateMicros),
      rate_hour: m.rateHour.toISOString(),
      projected_month_end: microsToDollars(m.projectedMicros),
      projected_month_end_net: microsToDollars(m.projectedNetMicros),
      // An hourly rate is often a fraction of a cent: shown to the tenth of a cent.
      display: { spend_so_far: usd(m.spendSoFarMicros), hourly_rate: `$${(Number(m.hourlyRateMicros) / 1e6).toFixed(3)}`, projected_month_end: usd(m.projectedMicros) },
    };
  }
}
