import type { BrokerAdminConnector } from '../broker-admin';
import { STARTING_RECHECK_MS } from './nodes.step';
import { bootstrapOf, waitFor, type PassContext, type ReconcileStep, type StepResult } from './step';

/** Every desired broker has registered with the controller quorum (so partitions can be placed on it). */
export class BrokersRegisteredStep implements ReconcileStep {
  readonly name = 'brokers-registered';
  constructor(private readonly brokers: BrokerAdminConnector) {}

  async run(ctx: PassContext): Promise<StepResult> {
    const registered = await this.brokers.withAdmin(ctx.cluster, bootstrapOf(ctx), async (admin) => new Set((await admin.describeBrokers()).brokers.map((b) => b.id)));
    const desired = ctx.cluster.brokerCount;
    const count = Array.from({ length: desired }, (_, i) => i + 1).filter((id) => registered.has(id)).length;
    const message = `${count} of ${desired} brokers registered`;
    if (count < desired) return waitFor(this.name, STARTING_RECHECK_MS, { type: 'BrokersRegistered', status: 'False', reason: 'Waiting', message }, true);
    return { kind: 'continue', condition: { type: 'BrokersRegistered', status: 'True', reason: 'Registered', message } };
  }
}
