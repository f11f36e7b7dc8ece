import { Injectable } from '@nestjs/common';
import { AuditLog } from '@tributary/accounts';
import { OrgScope, Prisma, TenantRepositories, type Cluster } from '@tributary/db';
import type { NodeStatus } from '@tributary/provisioning';
import { nextState, type ConditionUpdate, type LifecycleEvent, type Transition } from './cluster-lifecycle';
import { readConditions, setCondition } from './conditions';

/** What the reconciler saw of the brokers this pass (written with the transition, in one statement). */
export interface ObservedNodes {
  nodes: NodeStatus[];
  bootstrapEndpoint: string | null;
  observedBrokerCount: number;
}

/** Desired-state changes that go with an event (a resize's new broker count; an upgrade's new kind). */
export interface SpecChange {
  brokerCount: number;
  kind?: string;
  storageGiBPerBroker?: number;
}

export interface ApplyOptions {
  /** Conditions the pass's steps reported, applied before the event's own. */
  stepConditions?: ConditionUpdate[];
  observed?: ObservedNodes;
  spec?: SpecChange;
  /** Join the caller's transaction (so its audit entry commits with the phase change). */
  scope?: OrgScope;
}

/**
 * The only writer of a cluster's phase and conditions. It asks the state machine for the next state
 * and writes it with compare-and-set on the phase (and organization) it was computed from: a delete
 * that arrived meanwhile is never overwritten by a stale pass. Returns the row as written, or null
 * when the cluster changed under it (nothing written; read again).
 */
@Injectable()
export class ClusterLifecycleWriter {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
  ) {}

  async apply(cluster: Cluster, event: LifecycleEvent, opts: ApplyOptions = {}): Promise<Cluster | null> {
    const now = new Date();
    const before = readConditions(cluster.conditions);
    const conditions = (opts.stepConditions ?? []).reduce((list, update) => setCondition(list, update, now), before);
    const transition = nextState({ phase: cluster.phase, conditions, observedGeneration: cluster.observedGeneration, provisionedAt: cluster.provisionedAt }, event, now);
    const data = toColumns(cluster, transition, opts);
    // A steady cluster's resync pass changes nothing: no write, so a thousand clusters cost reads only.
    if (!opts.scope && isNoOp(cluster, data)) return cluster;
    const scope = opts.scope ?? this.repos.for(cluster.organizationId);
    return scope.transaction(async (tx) => {
      // Compare-and-set: by (organization, id) and the phase the event was computed from.
      if ((await tx.clusters.updateWhere({ id: cluster.id, phase: cluster.phase }, data)) === 0) return null;
      if (transition.audit) {
        await this.audit.recordSystem(
          cluster.organizationId,
          { action: transition.audit.action, resourceKind: 'Cluster', resourceId: cluster.id, details: { ...transition.audit.details, ...auditFacts(cluster, event, opts) } as Prisma.InputJsonObject },
          tx,
        );
      }
      return tx.clusters.find(cluster.id);
    });
  }
}

function toColumns(cluster: Cluster, t: Transition, opts: ApplyOptions): Prisma.ClusterUpdateManyMutationInput {
  const data: Prisma.ClusterUpdateManyMutationInput = { phase: t.phase, conditions: t.conditions as unknown as Prisma.InputJsonValue };
  const c = t.changes;
  if (c.failureReason !== undefined) data.failureReason = c.failureReason;
  if (c.reconcileFailures !== undefined && c.reconcileFailures !== cluster.reconcileFailures) data.reconcileFailures = c.reconcileFailures;
  if (c.observedGeneration !== undefined) data.observedGeneration = c.observedGeneration;
  if (c.provisionedAt) data.provisionedAt = c.provisionedAt;
  if (c.deletionRequestedAt) data.deletionRequestedAt = c.deletionRequestedAt;
  if (c.deletedAt) Object.assign(data, { deletedAt: c.deletedAt, nodes: [], bootstrapEndpoint: null, observedBrokerCount: 0 });
  else if (opts.observed) {
    Object.assign(data, { nodes: opts.observed.nodes as unknown as Prisma.InputJsonValue, bootstrapEndpoint: opts.observed.bootstrapEndpoint, observedBrokerCount: opts.observed.observedBrokerCount });
  }
  if (opts.spec) {
    const { brokerCount, kind, storageGiBPerBroker } = opts.spec;
    Object.assign(data, { brokerCount, generation: { increment: 1 }, ...(kind !== undefined ? { kind } : {}), ...(storageGiBPerBroker !== undefined ? { storageGiBPerBroker } : {}) });
  }
  return data;
}

function auditFacts(cluster: Cluster, event: LifecycleEvent, opts: ApplyOptions): Record<string, unknown> {
  if (event.type === 'provisioned') {
    return { brokers: opts.observed?.observedBrokerCount ?? cluster.brokerCount, seconds: Math.round((event.at.getTime() - cluster.provisioningStartedAt.getTime()) / 1000) };
  }
  return {};
}

/** True when writing `data` would leave the row as it is (phase, conditions and observations equal). */
function isNoOp(cluster: Cluster, data: Prisma.ClusterUpdateManyMutationInput): boolean {
  const row = cluster as unknown as Record<string, unknown>;
  return Object.entries(data).every(([key, value]) => canonical(row[key] ?? null) === canonical(value ?? null));
}

/** JSON with sorted keys: jsonb columns come back with their keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
