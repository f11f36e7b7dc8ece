import { Controller, Headers, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import { StripeWebhooks } from '@tributary/billing';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { ApiDoc } from '../openapi/route-schemas';

/** Stripe's webhook endpoint: authenticated by its signature over the raw body, not by a key. */
@Controller('billing/v1/stripe')
export class StripeWebhooksController {
  constructor(private readonly webhooks: StripeWebhooks) {}

  @Post('webhooks')
  @Public()
  @HttpCode(200)
  @ApiDoc({ tag: 'Billing', summary: 'Stripe webhook (signed with Stripe-Signature)', auth: 'public', response: z.object({ received: z.literal(true), duplicate: z.boolean() }), errors: [400, 404, 503] })
  async receive(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature: string | undefined) {
    const r = await this.webhooks.handle(req.rawBody, signature);
    return { received: r.received, duplicate: r.duplicate };
  }
}
