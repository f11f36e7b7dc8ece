import type { ClusterPhase } from '@tributary/db';
import { kindProfile, type ClusterKind } from '@tributary/catalog';
import { AppError } from '@tributary/platform';
import { setCondition, type Condition, type ConditionType } from './conditions';

/**
 * The cluster lifecycle, in one place: a state machine that takes an event and returns the next
 * phase and conditions. `ClusterLifecycleWriter` is the only code that writes them, with
 * compare-and-set on the phase it read. Nothing else decides which phase may follow which.
 *
 *                 provisioned                 deleteRequested            deleted
 *   PROVISIONING ─────────────▶ PROVISIONED ─────────────────▶ DEPROVISIONING ──────▶ DELETED
 *     │  ▲   │                    │  ▲                              ▲  │
 *     │  └───┘ waiting,           └──┘ waiting, stepFailed          │  └─┘ waiting, stepFailed,
 *     │        stepFailed (retry)      (Degraded, retried forever),  │      deleteRequested
 *     │                                resizeRequested, provisioned  │
 *     │ provisioningTimedOut,                                        │
 *     │ stepFailed (permanent)                                       │ deleteRequested
 *     ▼                                                              │
 *   FAILED ──────────────────────────────────────────────────────────┘
 *
 * FAILED is only for a cluster that never became ready. A cluster that has been PROVISIONED is never
 * given up on: a failing pass marks it degraded (`Ready=False`, reason `Degraded`) and is retried with
 * capped backoff until it heals.
 */
export type LifecycleEvent =
  /** A step is waiting (brokers starting, partitions moving); `degraded` when it is a health problem. */
  | { type: 'waiting'; step: string; condition: ConditionUpdate; degraded: boolean }
  /** Every step of a pass succeeded: the cluster takes clients as specified. */
  | { type: 'provisioned'; generation: number; at: Date }
  /** A step threw or failed. `failures` counts consecutive failed passes, this one included. */
  | { type: 'stepFailed'; step: string; message: string; permanent: boolean; failures: number }
  | { type: 'provisioningTimedOut'; minutes: number; waitingOn: string }
  /** A Dedicated resize (cku), or an in-place upgrade to another kind (`toKind`: Basic → Standard). */
  | { type: 'resizeRequested'; fromBrokers: number; toBrokers: number; fromKind?: string; toKind?: string }
  | { type: 'deleteRequested'; at: Date }
  | { type: 'teardownWaiting'; waitingFor: string }
  | { type: 'deleted'; at: Date };

export type LifecycleEventType = LifecycleEvent['type'];
export const LIFECYCLE_EVENT_TYPES: readonly LifecycleEventType[] = [
  'waiting',
  'provisioned',
  'stepFailed',
  'provisioningTimedOut',
  'resizeRequested',
  'deleteRequested',
  'teardownWaiting',
  'deleted',
];
export const CLUSTER_PHASES: readonly ClusterPhase[] = ['PROVISIONING', 'PROVISIONED', 'FAILED', 'DEPROVISIONING', 'DELETED'];

export type ConditionUpdate = Omit<Condition, 'last_transition_time'>;

/** What the state machine reads of a cluster. */
export interface LifecycleState {
  phase: ClusterPhase;
  conditions: Condition[];
  observedGeneration: number;
  provisionedAt: Date | null;
}

/** Columns a transition sets besides phase and conditions (undefined: unchanged). */
export interface LifecycleChanges {
  failureReason?: string | null;
  reconcileFailures?: number;
  observedGeneration?: number;
  provisionedAt?: Date;
  deletionRequestedAt?: Date;
  deletedAt?: Date;
}

/** A system audit event the transition is worth (user actions are audited by their use case). */
export interface LifecycleAudit {
  action: 'cluster.provisioned' | 'cluster.resized' | 'cluster.failed' | 'cluster.deleted' | 'cluster.degraded' | 'cluster.recovered';
  details: Record<string, unknown>;
}

export interface Transition {
  phase: ClusterPhase;
  conditions: Condition[];
  changes: LifecycleChanges;
  audit?: LifecycleAudit;
}

export class IllegalTransitionError extends AppError {
  constructor(
    readonly from: ClusterPhase,
    readonly event: LifecycleEventType,
  ) {
    super('conflict', describeRefusal(from, event));
  }
}

function describeRefusal(from: ClusterPhase, event: LifecycleEventType): string {
  if (from === 'DELETED') return 'The cluster was deleted';
  if (event === 'resizeRequested') return `The cluster is ${from}: it can be resized once it is PROVISIONED`;
  return `A ${from} cluster cannot take '${event}'`;
}

/** Which events each phase accepts: the table docs/ARCHITECTURE.md shows, and the tests walk. */
export const ACCEPTS: Record<ClusterPhase, readonly LifecycleEventType[]> = {
  PROVISIONING: ['waiting', 'provisioned', 'stepFailed', 'provisioningTimedOut', 'deleteRequested'],
  PROVISIONED: ['waiting', 'provisioned', 'stepFailed', 'resizeRequested', 'deleteRequested'],
  FAILED: ['deleteRequested'],
  DEPROVISIONING: ['waiting', 'stepFailed', 'deleteRequested', 'teardownWaiting', 'deleted'],
  DELETED: [],
};

export function accepts(phase: ClusterPhase, event: LifecycleEventType): boolean {
  return ACCEPTS[phase].includes(event);
}

/** The next phase and conditions for `event` in `state`; throws IllegalTransitionError otherwise. */
export function nextState(state: LifecycleState, event: LifecycleEvent, now: Date = new Date()): Transition {
  const { phase } = state;
  if (!accepts(phase, event.type)) throw new IllegalTransitionError(phase, event.type);
  const set = (list: Condition[], update: ConditionUpdate) => setCondition(list, update, now);
  const degradedBefore = isDegraded(state.conditions);

  switch (event.type) {
    case 'waiting': {
      let conditions = set(state.conditions, event.condition);
      if (phase === 'PROVISIONED' && event.degraded) {
        conditions = set(conditions, { type: 'Ready', status: 'False', reason: 'Degraded', message: event.condition.message });
        return { phase, conditions, changes: {}, ...(degradedBefore ? {} : { audit: { action: 'cluster.degraded', details: { step: event.step, reason: event.condition.message } } }) };
      }
      if (phase === 'PROVISIONING') conditions = set(conditions, { type: 'Ready', status: 'False', reason: 'Provisioning', message: event.condition.message });
      return { phase, conditions, changes: {} };
    }

    case 'provisioned': {
      let conditions = state.conditions;
      const resized = phase === 'PROVISIONED' && state.observedGeneration < event.generation;
      if (conditions.some((c) => c.type === 'Resizing' && c.status === 'True')) {
        conditions = set(conditions, { type: 'Resizing', status: 'False', reason: 'Done', message: 'The cluster has its new size' });
      }
      conditions = set(conditions, { type: 'Ready', status: 'True', reason: 'Provisioned', message: 'The cluster accepts clients' });
      const changes: LifecycleChanges = { observedGeneration: event.generation, failureReason: null, reconcileFailures: 0 };
      if (!state.provisionedAt) changes.provisionedAt = event.at;
      const audit: LifecycleAudit | undefined =
        phase === 'PROVISIONING'
          ? { action: 'cluster.provisioned', details: {} }
          : resized
            ? { action: 'cluster.resized', details: {} }
            : degradedBefore
              ? { action: 'cluster.recovered', details: {} }
              : undefined;
      return { phase: 'PROVISIONED', conditions, changes, ...(audit ? { audit } : {}) };
    }

    case 'stepFailed': {
      const what = `${event.step}: ${event.message}`;
      if (phase === 'PROVISIONING' && event.permanent) {
        const reason = `Provisioning failed (${what}). Delete the cluster to clean up, then create it again.`;
        return failed(state, reason, set);
      }
      if (phase === 'PROVISIONED') {
        const conditions = set(state.conditions, { type: 'Ready', status: 'False', reason: 'Degraded', message: `Retrying after ${plural(event.failures, 'failed attempt')}: ${what}` });
        return { phase, conditions, changes: { reconcileFailures: event.failures }, ...(degradedBefore ? {} : { audit: { action: 'cluster.degraded', details: { step: event.step, reason: event.message } } }) };
      }
      if (phase === 'DEPROVISIONING') {
        const conditions = set(state.conditions, { type: 'Deleting', status: 'True', reason: 'Retrying', message: `Retrying after ${plural(event.failures, 'failed attempt')}: ${what}` });
        return { phase, conditions, changes: { reconcileFailures: event.failures } };
      }
      const conditions = set(state.conditions, { type: 'Ready', status: 'False', reason: 'Retrying', message: `Attempt ${event.failures} failed: ${what}` });
      return { phase, conditions, changes: { reconcileFailures: event.failures } };
    }

    case 'provisioningTimedOut':
      return failed(state, `The cluster did not become ready within ${event.minutes} minutes (${event.waitingOn}). Delete it and create it again; if it keeps happening, contact support with the cluster id.`, set);

    case 'resizeRequested': {
      const upgrade = event.toKind !== undefined && event.toKind !== event.fromKind;
      const conditions = set(state.conditions, {
        type: 'Resizing',
        status: 'True',
        reason: upgrade ? 'Upgrading' : event.toBrokers > event.fromBrokers ? 'Growing' : 'Shrinking',
        message: upgrade ? `Upgrading from ${event.fromKind} to ${event.toKind}: from ${event.fromBrokers} to ${event.toBrokers} brokers` : `From ${event.fromBrokers} to ${event.toBrokers} brokers`,
      });
      return { phase, conditions, changes: {} };
    }

    case 'deleteRequested': {
      if (phase === 'DEPROVISIONING') return { phase, conditions: state.conditions, changes: {} };
      const conditions = set(set(state.conditions, { type: 'Ready', status: 'False', reason: 'Deleting', message: 'The cluster is being deleted' }), {
        type: 'Deleting',
        status: 'True',
        reason: 'Requested',
        message: 'Removing brokers and data',
      });
      return { phase: 'DEPROVISIONING', conditions, changes: { deletionRequestedAt: event.at, reconcileFailures: 0 } };
    }

    case 'teardownWaiting': {
      const conditions = set(state.conditions, { type: 'Deleting', status: 'True', reason: 'Waiting', message: `Waiting for ${event.waitingFor}` });
      return { phase, conditions, changes: {} };
    }

    case 'deleted': {
      const conditions = set(state.conditions, { type: 'Deleting', status: 'False', reason: 'Deleted', message: 'Brokers and data removed' });
      return { phase: 'DELETED', conditions, changes: { deletedAt: event.at, reconcileFailures: 0 }, audit: { action: 'cluster.deleted', details: {} } };
    }
  }
}

function failed(state: LifecycleState, reason: string, set: (l: Condition[], u: ConditionUpdate) => Condition[]): Transition {
  const conditions = set(state.conditions, { type: 'Ready', status: 'False', reason: 'Failed', message: reason });
  return { phase: 'FAILED', conditions, changes: { failureReason: reason }, audit: { action: 'cluster.failed', details: { reason } } };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A new cluster's conditions (its phase starts as PROVISIONING). */
export function initialConditions(now: Date = new Date()): Condition[] {
  return setCondition([], { type: 'Ready', status: 'False', reason: 'Provisioning', message: 'Waiting for the reconciler' }, now);
}

// --- predicates, for readers -------------------------------------------------------------------

/** Phases in which the reconciler has work to do or drift to heal. FAILED clusters wait for a delete. */
export const LIVE_PHASES: readonly ClusterPhase[] = ['PROVISIONING', 'PROVISIONED', 'DEPROVISIONING'];

export function isDegraded(conditions: readonly Condition[]): boolean {
  return conditions.some((c) => c.type === 'Ready' && c.status === 'False' && c.reason === 'Degraded');
}

export function canAcceptKeysAndTopics(phase: ClusterPhase): boolean {
  return phase === 'PROVISIONED';
}

export function conditionOf(conditions: readonly Condition[], type: ConditionType): Condition | undefined {
  return conditions.find((c) => c.type === type);
}

/** The API's checks before an in-place kind upgrade (Basic → Standard); the state machine refuses the rest. */
export function assertCanUpgrade(cluster: { kind: string; phase: ClusterPhase }, toKind: ClusterKind): void {
  const allowed = kindProfile(cluster.kind).upgradesTo;
  if (!allowed.includes(toKind)) {
    const why =
      allowed.length > 0
        ? `A ${cluster.kind} cluster can be upgraded in place to ${allowed.join(' or ')} only`
        : cluster.kind === 'Standard' && toKind === 'Basic'
          ? 'Standard clusters cannot be downgraded to Basic (three copies of every partition cannot become one without losing redundancy): create a Basic cluster and move the data instead'
          : `A ${cluster.kind} cluster's kind cannot change (only Basic → Standard is done in place)`;
    throw AppError.invalid(why, '/spec/config/kind');
  }
  if (!accepts(cluster.phase, 'resizeRequested')) throw new AppError('conflict', `The cluster is ${cluster.phase}: it can be upgraded once it is PROVISIONED`);
}

/** The API's checks before it asks for a resize (the state machine refuses the rest). */
export function assertCanResize(cluster: { kind: string; phase: ClusterPhase }): void {
  if (cluster.kind !== 'Dedicated') {
    throw AppError.invalid(`Only Dedicated clusters can be resized; this cluster is ${cluster.kind}`, '/spec/config/cku');
  }
  if (!accepts(cluster.phase, 'resizeRequested')) throw new IllegalTransitionError(cluster.phase, 'resizeRequested');
}
