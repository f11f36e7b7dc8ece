import { type PassContext, type ReconcileStep, type StepResult } from './step';

/** Brokers, data, ports and network go. A cloud that needs time answers "not yet": the pass requeues. */
export class TeardownStep implements ReconcileStep {
  readonly name = 'teardown';

  async run(ctx: PassContext): Promise<StepResult> {
    const progress = await ctx.provider.deleteCluster(ctx.cluster.id);
    if (!progress.done) return { kind: 'requeue', afterMs: progress.retryAfterMs, event: { type: 'teardownWaiting', waitingFor: progress.waitingFor } };
    return { kind: 'continue' };
  }
}
