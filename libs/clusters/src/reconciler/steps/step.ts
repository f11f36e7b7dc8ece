import type { Cluster } from '@tributary/db';
import type { CloudProvider, ClusterNodesStatus } from '@tributary/provisioning';
import type { ConditionUpdate, LifecycleEvent } from '../../lifecycle/cluster-lifecycle';

/** What a step tells the runner: go on, come back later, or stop the pass with a failure. */
export type StepResult =
  | { kind: 'continue'; condition?: ConditionUpdate }
  | { kind: 'requeue'; afterMs: number; event: WaitEvent }
  | { kind: 'fail'; message: string; permanent: boolean };

export type WaitEvent = Extract<LifecycleEvent, { type: 'waiting' | 'teardownWaiting' }>;

/** One pass over one cluster: the row as read when the pass began, and what steps learn on the way. */
export interface PassContext {
  readonly cluster: Cluster;
  readonly provider: CloudProvider;
  readonly now: Date;
  /** Set by the nodes step: what the provider reports now. */
  nodes?: ClusterNodesStatus;
}

/** A named, idempotent piece of a reconcile pass: safe to run again at any point, by any worker. */
export interface ReconcileStep {
  readonly name: string;
  run(ctx: PassContext): Promise<StepResult>;
}

export const CONTINUE: StepResult = { kind: 'continue' };

export function waitFor(step: string, afterMs: number, condition: ConditionUpdate, degraded: boolean): StepResult {
  return { kind: 'requeue', afterMs, event: { type: 'waiting', step, condition, degraded } };
}

/** The brokers' client bootstrap as this pass sees it (the nodes step runs first). */
export function bootstrapOf(ctx: PassContext): string {
  const bootstrap = ctx.nodes?.bootstrapEndpoint ?? ctx.cluster.bootstrapEndpoint;
  if (!bootstrap) throw new Error(`cluster ${ctx.cluster.id} has no running broker to talk to`);
  return bootstrap;
}
