import { AppError } from '@tributary/platform';
import type { CloudName, CloudProvider } from '@tributary/provisioning';

export const CLOUD_PROVIDERS = Symbol('CLOUD_PROVIDERS');

export interface OfferedCloud {
  provider: CloudProvider;
  /** Regions clusters may be created in on this cloud. */
  regions: string[];
}

/** The providers this deployment runs clusters on, by `spec.cloud`, with the regions each offers. */
export class CloudProviders {
  private readonly byCloud: Map<CloudName, OfferedCloud>;
  constructor(offered: OfferedCloud[]) {
    this.byCloud = new Map(offered.map((o) => [o.provider.cloud, o]));
  }

  get(cloud: string): CloudProvider {
    return this.offered(cloud).provider;
  }

  regions(cloud: string): string[] {
    return this.offered(cloud).regions;
  }

  clouds(): CloudName[] {
    return [...this.byCloud.keys()];
  }

  all(): CloudProvider[] {
    return [...this.byCloud.values()].map((o) => o.provider);
  }

  private offered(cloud: string): OfferedCloud {
    const o = this.byCloud.get(cloud as CloudName);
    if (!o) throw AppError.invalid(`Cloud '${cloud}' is not offered here; choose one of: ${this.clouds().join(', ')}`, '/spec/cloud');
    return o;
  }
}
