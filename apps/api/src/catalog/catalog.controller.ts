import { Controller, Get } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ClusterOfferings, type OfferedClouds } from '@tributary/billing';
import { CLOUD_PROVIDERS } from '@tributary/clusters';
import { z } from 'zod';
import { ApiDoc } from '../openapi/route-schemas';

import { Policy } from '../auth/policy.decorator';
const Offerings = z.object({
  api_version: z.literal('catalog/v1'),
  kind: z.literal('ClusterOfferings'),
  clouds: z.array(z.object({ cloud: z.string(), regions: z.array(z.string()) })),
  kinds: z.array(
    z.object({
      kind: z.enum(['Basic', 'Standard', 'Dedicated']),
      summary: z.string(),
      availabilities: z.array(z.enum(['SINGLE_ZONE', 'MULTI_ZONE'])),
      brokers: z.number().int().nullable().describe('Brokers of every cluster of this kind; null where the size is chosen (Dedicated: one broker per CKU)'),
      cku: z.object({ min: z.number().int(), max: z.number().int() }).nullable().describe('The CKU range a Dedicated cluster can be created with and resized within; null for other kinds'),
      replication_factor: z.number().int().describe('Copies of each partition (for Dedicated, from 3 CKUs up; smaller clusters keep one per broker)'),
      max_partitions: z.number().int(),
      storage_gib_per_broker: z.number().int(),
      prices: z.array(
        z.object({
          line_type: z.string(),
          unit: z.string(),
          unit_price: z.string().describe('USD per unit, an exact decimal string'),
          effective_from: z.string().describe('When this price took effect (ISO 8601)'),
        }),
      ),
    }),
  ),
});

/** `catalog/v1`: what can be created here and what it costs now, for the console's create flow. */
@Controller('catalog/v1')
export class CatalogController {
  constructor(
    private readonly offerings: ClusterOfferings,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Get('cluster-offerings')
  @Policy('organization.read')
  @ApiDoc({ tag: 'Catalog', summary: 'Cluster kinds with their limits, the clouds and regions offered, and the prices in force now', response: Offerings })
  async clusterOfferings(): Promise<z.infer<typeof Offerings>> {
    const view = await this.offerings.describe(this.clouds());
    return {
      api_version: 'catalog/v1',
      kind: 'ClusterOfferings',
      clouds: view.clouds,
      kinds: view.kinds.map((k) => ({
        kind: k.kind,
        summary: k.summary,
        availabilities: k.availabilities,
        brokers: k.brokers,
        cku: k.cku,
        replication_factor: k.replicationFactor,
        max_partitions: k.maxPartitions,
        storage_gib_per_broker: k.storageGiBPerBroker,
        prices: k.prices.map((p) => ({ line_type: p.lineType, unit: p.unit, unit_price: p.unitPrice, effective_from: p.effectiveFrom.toISOString() })),
      })),
    };
  }

  /**
   * The clusters feature's own CloudProviders (the ones clusters are created on), found in the
   * application rather than imported: importing ClustersModule here would build a second set.
   */
  private clouds(): OfferedClouds {
    return this.moduleRef.get<OfferedClouds>(CLOUD_PROVIDERS, { strict: false });
  }
}
