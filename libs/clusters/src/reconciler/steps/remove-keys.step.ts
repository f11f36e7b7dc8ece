import { type PassContext, type ReconcileStep, type StepResult } from './step';

export interface ClusterKeysRemover {
  /** Deletes the cluster's API key rows; returns how many. */
  removeAllFor(cluster: PassContext['cluster']): Promise<number>;
}

/** The brokers (and every credential on them) are gone: the keys' rows go too. */
export class RemoveKeysStep implements ReconcileStep {
  readonly name = 'remove-keys';
  constructor(private readonly keys: ClusterKeysRemover) {}

  async run(ctx: PassContext): Promise<StepResult> {
    await this.keys.removeAllFor(ctx.cluster);
    return { kind: 'continue' };
  }
}
