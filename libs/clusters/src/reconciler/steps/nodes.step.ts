import type { AdminCredential } from '@tributary/provisioning';
import { toNodesSpec } from '../nodes-spec';
import { waitFor, type PassContext, type ReconcileStep, type StepResult } from './step';

/** How soon to look again while brokers start: they come up in about a second here. */
export const STARTING_RECHECK_MS = 300;

/** Nodes exist and run: creates missing ones, restarts dead ones (the provider converges). */
export class NodesStep implements ReconcileStep {
  readonly name = 'nodes';
  constructor(private readonly adminCredential: (cluster: PassContext['cluster']) => AdminCredential) {}

  async run(ctx: PassContext): Promise<StepResult> {
    ctx.nodes = await ctx.provider.ensureNodes(toNodesSpec(ctx.cluster, this.adminCredential(ctx.cluster)));
    const running = new Set(ctx.nodes.nodes.filter((n) => n.state === 'RUNNING').map((n) => n.nodeId));
    const desired = ctx.cluster.brokerCount;
    const ready = Array.from({ length: desired }, (_, i) => i + 1).filter((id) => running.has(id)).length;
    const message = `${ready} of ${desired} brokers running`;
    if (ready < desired) return waitFor(this.name, STARTING_RECHECK_MS, { type: 'NodesReady', status: 'False', reason: 'Starting', message }, true);
    return { kind: 'continue', condition: { type: 'NodesReady', status: 'True', reason: 'AllRunning', message } };
  }
}
