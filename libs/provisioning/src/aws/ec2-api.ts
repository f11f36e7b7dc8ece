import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVolumesCommand,
  EC2Client,
  type EC2ClientConfig,
  type Filter,
} from '@aws-sdk/client-ec2';
import type { ClusterResources } from './cluster-resources';
import { awsErrorCode, isTransientAwsError, withRetry, type RetryOptions } from './retry';

export type Ec2Log = (message: string, fields?: Record<string, unknown>) => void;

export interface Ec2ApiOptions {
  endpoint?: string;
  credentials?: EC2ClientConfig['credentials'];
  retry: Pick<RetryOptions, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>;
  configureClient?: (client: EC2Client, region: string) => void;
  log: Ec2Log;
}

/**
 * Every EC2 call the provider makes goes through here: one client per region, and one retry layer
 * (ours: throttling and 5xx with backoff; the SDK's own retries are off so attempts do not multiply).
 */
export class Ec2Api {
  private readonly clients = new Map<string, EC2Client>();

  constructor(private readonly options: Ec2ApiOptions) {}

  /** One EC2 call with backoff on throttling and 5xx (and on `alsoRetry` codes: eventual consistency). */
  call<T>(region: string, call: (ec2: EC2Client) => Promise<T>, alsoRetry: readonly string[] = []): Promise<T> {
    const ec2 = this.client(region);
    return withRetry(() => call(ec2), {
      ...this.options.retry,
      isRetryable: (err) => isTransientAwsError(err) || alsoRetry.includes(awsErrorCode(err) ?? ''),
      onRetry: ({ attempt, delayMs, error }) => this.options.log('retrying EC2 call', { region, attempt, delayMs, code: awsErrorCode(error) }),
    });
  }

  /** Everything matching `filter` in the region (one paginated describe per resource type). */
  async scan(region: string, filter: Filter): Promise<ClusterResources> {
    const Filters = [filter];
    const [groups, instances, enis, volumes, addresses] = await Promise.all([
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeSecurityGroupsCommand({ Filters, NextToken }));
        return [out.SecurityGroups ?? [], out.NextToken];
      }),
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeInstancesCommand({ Filters, NextToken }));
        return [(out.Reservations ?? []).flatMap((r) => r.Instances ?? []), out.NextToken];
      }),
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeNetworkInterfacesCommand({ Filters, NextToken }));
        return [out.NetworkInterfaces ?? [], out.NextToken];
      }),
      this.paginate(region, async (ec2, NextToken) => {
        const out = await ec2.send(new DescribeVolumesCommand({ Filters, NextToken }));
        return [out.Volumes ?? [], out.NextToken];
      }),
      this.call(region, async (ec2) => (await ec2.send(new DescribeAddressesCommand({ Filters }))).Addresses ?? []),
    ]);
    return { region, groups, instances, enis, volumes, addresses };
  }

  /** Close the regional clients' sockets. */
  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private client(region: string): EC2Client {
    let client = this.clients.get(region);
    if (!client) {
      client = new EC2Client({
        region,
        maxAttempts: 1,
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
        ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
      });
      this.options.configureClient?.(client, region);
      this.clients.set(region, client);
    }
    return client;
  }

  private async paginate<T>(region: string, page: (ec2: EC2Client, token: string | undefined) => Promise<[T[], string | undefined]>): Promise<T[]> {
    const all: T[] = [];
    let token: string | undefined;
    do {
      const [items, next] = await this.call(region, (ec2) => page(ec2, token));
      all.push(...items);
      token = next;
    } while (token);
    return all;
  }
}

/** Errors meaning the resource is already gone. */
export function isGoneCode(code: string): boolean {
  return /NotFound$/.test(code) || code === 'InvalidInstanceID.NotFound' || code === 'InvalidAllocationID.NotFound' || code === 'InvalidAssociationID.NotFound';
}

/** A delete that finds the resource already gone succeeded. */
export async function ignoreGone(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if (!isGoneCode(awsErrorCode(err) ?? '')) throw err;
  }
}
