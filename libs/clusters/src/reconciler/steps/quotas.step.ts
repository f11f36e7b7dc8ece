import type { Cluster, TenantRepositories } from '@tributary/db';
import { syncDefaultUserQuotas, type ClientQuotaRates } from '@tributary/kafka-admin';
import { readConditions } from '../../lifecycle/conditions';
import type { BrokerAdminTarget, ClientQuotasConnector, DesiredClientQuotas } from '../broker-admin';
import { bootstrapOf, CONTINUE, type PassContext, type ReconcileStep, type StepResult } from './step';

/**
 * Desired client quotas from Postgres (`client_quotas`, written by billing when a THROTTLE budget
 * reaches its cap): the organization's, or the cluster's environment's. Several: the lowest rates.
 */
export function clientQuotasInPostgres(repos: TenantRepositories): (cluster: Cluster) => Promise<DesiredClientQuotas | null> {
  return async (cluster) => {
    const rows = await repos.for(cluster.organizationId).db.clientQuota.findMany({ where: { OR: [{ environmentId: null }, { environmentId: cluster.environmentId }] } });
    if (rows.length === 0) return null;
    return {
      rates: { producerByteRate: Math.min(...rows.map((r) => r.producerByteRate)), consumerByteRate: Math.min(...rows.map((r) => r.consumerByteRate)) },
      reason: rows.map((r) => r.reason).join('; '),
    };
  };
}

/** The control plane's own connection, opened for one sync (credentials from the admin vault). */
export function brokerClientQuotas(credentialFor: (c: BrokerAdminTarget) => { username: string; password: string }): ClientQuotasConnector {
  return { sync: (cluster, bootstrap, rates: ClientQuotaRates | null) => syncDefaultUserQuotas({ bootstrap, ...credentialFor(cluster) }, rates) };
}

/**
 * Client quotas (producer_byte_rate / consumer_byte_rate on the default user entity) are on the
 * brokers exactly while they are desired: a budget's THROTTLE slows every client down, Kafka delays
 * responses instead of refusing them, so nothing acknowledged is lost. The `Throttled` condition
 * records what was applied, so a cluster that was never throttled costs no broker call.
 */
export class QuotasStep implements ReconcileStep {
  readonly name = 'quotas';
  constructor(
    private readonly desiredFor: ((cluster: Cluster) => Promise<DesiredClientQuotas | null>) | null,
    private readonly connector: ClientQuotasConnector,
  ) {}

  async run(ctx: PassContext): Promise<StepResult> {
    if (!this.desiredFor) return CONTINUE;
    const desired = await this.desiredFor(ctx.cluster);
    const known = readConditions(ctx.cluster.conditions).find((c) => c.type === 'Throttled');
    if (!desired && known?.status !== 'True') return CONTINUE;
    const outcome = await this.connector.sync(ctx.cluster, bootstrapOf(ctx), desired?.rates ?? null);
    if (!desired) return { kind: 'continue', condition: { type: 'Throttled', status: 'False', reason: 'Lifted', message: 'Client quotas lifted: clients run at full speed' } };
    const { producerByteRate, consumerByteRate } = desired.rates;
    if (outcome === 'unchanged' && known?.status === 'True') return CONTINUE;
    return {
      kind: 'continue',
      condition: { type: 'Throttled', status: 'True', reason: 'BudgetCap', message: `Clients are throttled to ${producerByteRate} B/s produce and ${consumerByteRate} B/s fetch per broker: ${desired.reason}` },
    };
  }
}
