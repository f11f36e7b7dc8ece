import type { BrokerAdminConnector } from '../broker-admin';
import { bootstrapOf, type PassContext, type ReconcileStep, type StepResult } from './step';

const REASSIGNMENT_RECHECK_MS = 2000;

/**
 * Dedicated resizes: partitions move off brokers about to be removed (then those brokers go), or
 * spread onto new ones. Waiting here is not a health problem: the cluster serves throughout.
 */
export class PlacementStep implements ReconcileStep {
  readonly name = 'placement';
  constructor(private readonly brokers: BrokerAdminConnector) {}

  async run(ctx: PassContext): Promise<StepResult> {
    const { cluster } = ctx;
    const desired = Array.from({ length: cluster.brokerCount }, (_, i) => i + 1);
    const extra = (ctx.nodes?.nodes ?? []).filter((n) => n.nodeId > cluster.brokerCount).map((n) => n.nodeId);
    if (extra.length > 0) {
      const drained = await this.brokers.withAdmin(cluster, bootstrapOf(ctx), async (admin) => {
        if ((await admin.reassignmentsInProgress()).length > 0) return false;
        return (await admin.reassignPartitionsOffBrokers(extra, desired)).length === 0;
      });
      if (!drained) return this.wait(`Moving partitions off brokers ${extra.join(', ')}`, 'Draining');
      await ctx.provider.removeNodesAbove(cluster.id, cluster.brokerCount);
      return { kind: 'requeue', afterMs: 200, event: { type: 'waiting', step: this.name, condition: { type: 'Resizing', status: 'True', reason: 'Removed', message: `Removed brokers ${extra.join(', ')}` }, degraded: false } };
    }
    if (cluster.observedGeneration < cluster.generation && cluster.phase === 'PROVISIONED') {
      const settled = await this.brokers.withAdmin(cluster, bootstrapOf(ctx), async (admin) => {
        if ((await admin.reassignmentsInProgress()).length > 0) return false;
        return (await admin.reassignPartitionsOnto(desired)).length === 0;
      });
      if (!settled) return this.wait(`Spreading partitions over ${desired.length} brokers`, 'Rebalancing');
    }
    return { kind: 'continue' };
  }

  private wait(message: string, reason: string): StepResult {
    return { kind: 'requeue', afterMs: REASSIGNMENT_RECHECK_MS, event: { type: 'waiting', step: this.name, condition: { type: 'Resizing', status: 'True', reason, message }, degraded: false } };
  }
}
