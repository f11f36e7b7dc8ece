import { Injectable } from '@nestjs/common';
import { CLUSTER_KINDS, DEDICATED_CKU_MAX, DEDICATED_CKU_MIN, KIND_PROFILES, type Availability, type ClusterKind } from '@tributary/catalog';
import { formatFixed, parseFixed, USAGE_LINE_TYPES, type UsageLineType } from '@tributary/metering';
import { PRICE_SCALE } from './money';
import { PriceList } from './price-list.service';

/**
 * Where clusters can be created, as the clusters library's `CloudProviders` answers it (matched
 * structurally, so billing does not depend on clusters).
 */
export interface OfferedClouds {
  clouds(): readonly string[];
  regions(cloud: string): readonly string[];
}

export interface KindOffering {
  kind: ClusterKind;
  summary: string;
  availabilities: Availability[];
  /** Brokers of every cluster of the kind; null where the size is chosen (Dedicated: one per CKU). */
  brokers: number | null;
  cku: { min: number; max: number } | null;
  /** Copies of each partition: for a sized kind, at its largest size. */
  replicationFactor: number;
  maxPartitions: number;
  storageGiBPerBroker: number;
  prices: { lineType: UsageLineType; unit: string; unitPrice: string; effectiveFrom: Date }[];
}

export interface ClusterOfferingsView {
  clouds: { cloud: string; regions: string[] }[];
  kinds: KindOffering[];
}

/** '0.750000000' → '0.75': the price list's scale is storage detail, not something to show. */
const plainDecimal = (fixed: string) => formatFixed(parseFixed(fixed, PRICE_SCALE), PRICE_SCALE);

/**
 * What a customer can create and what it costs now: every cluster kind with its limits (from
 * @tributary/catalog), the clouds and regions this deployment offers, and the prices in force.
 * The console's create flow renders exactly this.
 */
@Injectable()
export class ClusterOfferings {
  constructor(private readonly priceList: PriceList) {}

  async describe(clouds: OfferedClouds, now: Date = new Date()): Promise<ClusterOfferingsView> {
    const prices = await this.priceList.at(now);
    const billOrder = (t: UsageLineType) => USAGE_LINE_TYPES.indexOf(t as (typeof USAGE_LINE_TYPES)[number]);
    return {
      clouds: clouds.clouds().map((cloud) => ({ cloud, regions: [...clouds.regions(cloud)] })),
      kinds: CLUSTER_KINDS.map((kind) => {
        const p = KIND_PROFILES[kind];
        const largest = p.resizable ? p.brokers(DEDICATED_CKU_MAX) : p.brokers(1);
        return {
          kind,
          summary: p.summary,
          availabilities: [...p.availabilities],
          brokers: p.resizable ? null : p.brokers(1),
          cku: p.resizable ? { min: DEDICATED_CKU_MIN, max: DEDICATED_CKU_MAX } : null,
          replicationFactor: p.replicationFactor(largest),
          maxPartitions: p.maxPartitions,
          storageGiBPerBroker: p.storageGiBPerBroker,
          prices: prices
            .forKind(kind)
            .sort((a, b) => billOrder(a.lineType) - billOrder(b.lineType))
            .map((r) => ({ lineType: r.lineType, unit: r.unit, unitPrice: plainDecimal(r.unitPrice), effectiveFrom: r.effectiveFrom })),
        };
      }),
    };
  }
}
