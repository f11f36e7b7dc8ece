import type { ClusterPhase } from '@tributary/db';
import { describe, expect, it } from 'vitest';
import { ACCEPTS, assertCanUpgrade, CLUSTER_PHASES, IllegalTransitionError, LIFECYCLE_EVENT_TYPES, initialConditions, isDegraded, nextState, type LifecycleEvent, type LifecycleEventType, type LifecycleState } from './cluster-lifecycle';

const at = new Date('2026-12-01T10:00:00Z');
const EVENTS: Record<LifecycleEventType, LifecycleEvent> = {
  waiting: { type: 'waiting', step: 'nodes', condition: { type: 'NodesReady', status: 'False', reason: 'Starting', message: '0 of 1 brokers running' }, degraded: true },
  provisioned: { type: 'provisioned', generation: 1, at },
  stepFailed: { type: 'stepFailed', step: 'nodes', message: 'host unreachable', permanent: false, failures: 1 },
  provisioningTimedOut: { type: 'provisioningTimedOut', minutes: 15, waitingOn: 'NodesReady: 0 of 1 brokers running' },
  resizeRequested: { type: 'resizeRequested', fromBrokers: 2, toBrokers: 3 },
  deleteRequested: { type: 'deleteRequested', at },
  teardownWaiting: { type: 'teardownWaiting', waitingFor: 'instances to terminate' },
  deleted: { type: 'deleted', at },
};

/** (phase, event) → the phase that follows, for every accepted pair; every other pair is refused. */
const EXPECTED: Partial<Record<ClusterPhase, Partial<Record<LifecycleEventType, ClusterPhase>>>> = {
  PROVISIONING: { waiting: 'PROVISIONING', provisioned: 'PROVISIONED', stepFailed: 'PROVISIONING', provisioningTimedOut: 'FAILED', deleteRequested: 'DEPROVISIONING' },
  PROVISIONED: { waiting: 'PROVISIONED', provisioned: 'PROVISIONED', stepFailed: 'PROVISIONED', resizeRequested: 'PROVISIONED', deleteRequested: 'DEPROVISIONING' },
  FAILED: { deleteRequested: 'DEPROVISIONING' },
  DEPROVISIONING: { waiting: 'DEPROVISIONING', stepFailed: 'DEPROVISIONING', deleteRequested: 'DEPROVISIONING', teardownWaiting: 'DEPROVISIONING', deleted: 'DELETED' },
  DELETED: {},
};

function state(phase: ClusterPhase, over: Partial<LifecycleState> = {}): LifecycleState {
  return { phase, conditions: initialConditions(at), observedGeneration: 1, provisionedAt: phase === 'PROVISIONING' ? null : at, ...over };
}

describe('cluster lifecycle: every (phase, event) pair', () => {
  const pairs = CLUSTER_PHASES.flatMap((phase) => LIFECYCLE_EVENT_TYPES.map((event) => [phase, event] as const));

  it.each(pairs)('%s + %s', (phase, event) => {
    const expected = EXPECTED[phase]?.[event];
    expect(ACCEPTS[phase].includes(event)).toBe(expected !== undefined);
    if (expected === undefined) {
      expect(() => nextState(state(phase), EVENTS[event])).toThrow(IllegalTransitionError);
      return;
    }
    const t = nextState(state(phase), EVENTS[event], at);
    expect(t.phase).toBe(expected);
    // Every transition leaves a Ready condition that says where the cluster stands.
    expect(t.conditions.find((c) => c.type === 'Ready')).toBeDefined();
  });
});

describe('cluster lifecycle: what each transition means', () => {
  it('a provisioned cluster that fails is degraded, never FAILED, however many times and however permanent', () => {
    for (const permanent of [false, true]) {
      const t = nextState(state('PROVISIONED'), { type: 'stepFailed', step: 'nodes', message: 'boom', permanent, failures: 50 }, at);
      expect(t.phase).toBe('PROVISIONED');
      expect(isDegraded(t.conditions)).toBe(true);
      expect(t.changes.reconcileFailures).toBe(50);
    }
  });

  it('a provisioning cluster fails only on a permanent error or the timeout', () => {
    expect(nextState(state('PROVISIONING'), { type: 'stepFailed', step: 'nodes', message: 'boom', permanent: false, failures: 99 }, at).phase).toBe('PROVISIONING');
    const permanent = nextState(state('PROVISIONING'), { type: 'stepFailed', step: 'nodes', message: 'bad region', permanent: true, failures: 1 }, at);
    expect(permanent.phase).toBe('FAILED');
    expect(permanent.changes.failureReason).toContain('bad region');
    expect(permanent.audit?.action).toBe('cluster.failed');
    const timedOut = nextState(state('PROVISIONING'), EVENTS.provisioningTimedOut, at);
    expect(timedOut.changes.failureReason).toContain('15 minutes');
  });

  it('waiting on a provisioned cluster is degraded only when it is a health problem', () => {
    const healthy = nextState(state('PROVISIONED'), { ...EVENTS.waiting, degraded: false } as LifecycleEvent, at);
    expect(isDegraded(healthy.conditions)).toBe(false);
    const sick = nextState(state('PROVISIONED'), EVENTS.waiting, at);
    expect(isDegraded(sick.conditions)).toBe(true);
    expect(sick.audit?.action).toBe('cluster.degraded');
    // Already degraded: no second audit event for the same episode.
    expect(nextState({ ...state('PROVISIONED'), conditions: sick.conditions }, EVENTS.waiting, at).audit).toBeUndefined();
  });

  it('provisioned clears degradation and resets the failure count, with the right audit event', () => {
    const degraded = nextState(state('PROVISIONED'), EVENTS.stepFailed, at);
    const healed = nextState({ ...state('PROVISIONED'), conditions: degraded.conditions }, EVENTS.provisioned, at);
    expect(isDegraded(healed.conditions)).toBe(false);
    expect(healed.changes.reconcileFailures).toBe(0);
    expect(healed.audit?.action).toBe('cluster.recovered');
    expect(nextState(state('PROVISIONING'), EVENTS.provisioned, at).audit?.action).toBe('cluster.provisioned');
    expect(nextState(state('PROVISIONING'), EVENTS.provisioned, at).changes.provisionedAt).toEqual(at);
    expect(nextState(state('PROVISIONED', { observedGeneration: 1 }), { type: 'provisioned', generation: 2, at }, at).audit?.action).toBe('cluster.resized');
    expect(nextState(state('PROVISIONED'), EVENTS.provisioned, at).audit).toBeUndefined();
  });

  it('a resize is marked, then cleared when the new size is reached', () => {
    const resizing = nextState(state('PROVISIONED'), EVENTS.resizeRequested, at);
    expect(resizing.conditions.find((c) => c.type === 'Resizing')).toMatchObject({ status: 'True', reason: 'Growing' });
    const done = nextState({ ...state('PROVISIONED'), conditions: resizing.conditions }, { type: 'provisioned', generation: 2, at }, at);
    expect(done.conditions.find((c) => c.type === 'Resizing')).toMatchObject({ status: 'False' });
    expect(done.changes.observedGeneration).toBe(2);
  });

  it('an in-place upgrade is a resize marked Upgrading, from one kind to the other', () => {
    const upgrading = nextState(state('PROVISIONED'), { type: 'resizeRequested', fromBrokers: 1, toBrokers: 3, fromKind: 'Basic', toKind: 'Standard' }, at);
    expect(upgrading.phase).toBe('PROVISIONED');
    expect(upgrading.conditions.find((c) => c.type === 'Resizing')).toMatchObject({ status: 'True', reason: 'Upgrading', message: 'Upgrading from Basic to Standard: from 1 to 3 brokers' });
  });

  it('allows Basic → Standard only, once PROVISIONED, and says why otherwise', () => {
    expect(() => assertCanUpgrade({ kind: 'Basic', phase: 'PROVISIONED' }, 'Standard')).not.toThrow();
    expect(() => assertCanUpgrade({ kind: 'Basic', phase: 'PROVISIONING' }, 'Standard')).toThrow(/can be upgraded once it is PROVISIONED/);
    expect(() => assertCanUpgrade({ kind: 'Standard', phase: 'PROVISIONED' }, 'Basic')).toThrow(/^Standard clusters cannot be downgraded to Basic/);
    expect(() => assertCanUpgrade({ kind: 'Basic', phase: 'PROVISIONED' }, 'Dedicated')).toThrow('A Basic cluster can be upgraded in place to Standard only');
    expect(() => assertCanUpgrade({ kind: 'Dedicated', phase: 'PROVISIONED' }, 'Standard')).toThrow(/kind cannot change/);
  });

  it('delete is accepted from every live phase and FAILED, idempotently once deleting', () => {
    for (const phase of ['PROVISIONING', 'PROVISIONED', 'FAILED'] as const) {
      const t = nextState(state(phase), EVENTS.deleteRequested, at);
      expect(t.phase).toBe('DEPROVISIONING');
      expect(t.changes.deletionRequestedAt).toEqual(at);
    }
    expect(nextState(state('DEPROVISIONING'), EVENTS.deleteRequested, at).changes).toEqual({});
    expect(() => nextState(state('DELETED'), EVENTS.deleteRequested, at)).toThrow('The cluster was deleted');
  });

  it('a condition keeps its transition time while its status stays the same', () => {
    const first = nextState(state('PROVISIONING'), EVENTS.waiting, new Date('2026-12-01T10:00:00Z'));
    const second = nextState({ ...state('PROVISIONING'), conditions: first.conditions }, EVENTS.waiting, new Date('2026-12-01T10:05:00Z'));
    expect(second.conditions).toEqual(first.conditions);
  });
});
