import { Inject, Injectable, Optional } from '@nestjs/common';
import { TenantRepositories, type Cluster } from '@tributary/db';
import { AppError, LOGGER } from '@tributary/platform';
import type { Logger } from 'pino';
import { CLUSTERS_CONFIG, type ClustersConfig } from '../clusters.config';
import { ClusterKeysStore } from '../keys/cluster-keys.store';
import { AdminCredentialVault } from '../keys/admin-credential-vault';
import { ClusterKeyCredentials } from '../keys/cluster-key-credentials';
import { LIVE_PHASES, type ConditionUpdate, type LifecycleEvent } from '../lifecycle/cluster-lifecycle';
import { readConditions } from '../lifecycle/conditions';
import { ClusterLifecycleWriter, type ObservedNodes } from '../lifecycle/lifecycle-writer';
import { BROKER_ADMIN, type BrokerAdminConnector } from './broker-admin';
import { ClusterRecords } from './cluster-records';
import { CLOUD_PROVIDERS, CloudProviders } from './cloud-providers';
import { backoffMs } from './backoff';
import { AclsStep } from './steps/acls.step';
import { BrokersRegisteredStep } from './steps/brokers-registered.step';
import { CredentialsStep } from './steps/credentials.step';
import { NodesStep } from './steps/nodes.step';
import { PlacementStep } from './steps/placement.step';
import { brokerClientQuotas, clientQuotasInPostgres, QuotasStep } from './steps/quotas.step';
import { RemoveKeysStep } from './steps/remove-keys.step';
import { ReplicationStep } from './steps/replication.step';
import type { PassContext, ReconcileStep } from './steps/step';
import { TeardownStep } from './steps/teardown.step';

export type PassOutcome = { kind: 'done' } | { kind: 'requeue'; afterMs: number; reason: string };

const DONE: PassOutcome = { kind: 'done' };
/** The phase changed under the pass (a delete arrived): look again at once. */
const STALE_RECHECK_MS = 50;

/**
 * One reconcile pass over one cluster, the way Strimzi's reconcilers read: a flat list of named,
 * idempotent steps; each says continue, come back later, or fail. The runner executes them in order
 * and writes status once per pass, through the lifecycle writer. Safe to run again at any point, by
 * any worker; a step that has to wait requeues instead of holding a worker.
 *
 *   converge:  nodes → brokers-registered → credentials → acls → quotas → replication → placement → (provisioned)
 *   delete:    teardown → remove-keys → (deleted)
 */
@Injectable()
export class ClusterReconciler {
  private readonly converge: readonly ReconcileStep[];
  private readonly teardown: readonly ReconcileStep[];

  constructor(
    private readonly records: ClusterRecords,
    @Inject(CLOUD_PROVIDERS) private readonly providers: CloudProviders,
    private readonly lifecycle: ClusterLifecycleWriter,
    vault: AdminCredentialVault,
    keys: ClusterKeysStore,
    credentials: ClusterKeyCredentials,
    @Inject(BROKER_ADMIN) brokers: BrokerAdminConnector,
    @Inject(CLUSTERS_CONFIG) private readonly config: ClustersConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    /** Where desired client quotas live (absent in reconciler unit tests: no quotas desired). */
    @Optional() repos?: TenantRepositories,
  ) {
    this.converge = [new NodesStep((c) => vault.credentialFor(c)), new BrokersRegisteredStep(brokers), new CredentialsStep(keys, credentials, brokers), new AclsStep(keys, brokers), new QuotasStep(repos ? clientQuotasInPostgres(repos) : null, brokerClientQuotas((c) => vault.credentialFor(c))), new ReplicationStep(brokers), new PlacementStep(brokers)];
    this.teardown = [new TeardownStep(), new RemoveKeysStep(keys)];
  }

  /** The step names, in order, for docs and tests. */
  stepNames(): { converge: string[]; teardown: string[] } {
    return { converge: this.converge.map((s) => s.name), teardown: this.teardown.map((s) => s.name) };
  }

  async reconcile(clusterId: string): Promise<PassOutcome> {
    const cluster = await this.records.find(clusterId);
    if (!cluster || !LIVE_PHASES.includes(cluster.phase)) return DONE;
    const now = new Date();

    if (cluster.phase === 'PROVISIONING' && now.getTime() - cluster.provisioningStartedAt.getTime() > this.config.provisioningTimeoutMs) {
      const waitingOn = readConditions(cluster.conditions).filter((c) => c.status !== 'True').map((c) => `${c.type}: ${c.message}`).join('; ') || 'no progress reported';
      await this.lifecycle.apply(cluster, { type: 'provisioningTimedOut', minutes: Math.round(this.config.provisioningTimeoutMs / 60_000), waitingOn });
      return DONE;
    }

    const ctx: PassContext = { cluster, provider: this.providers.get(cluster.cloud), now };
    const deleting = cluster.phase === 'DEPROVISIONING';
    const conditions: ConditionUpdate[] = [];
    let current = 'start';
    try {
      for (const step of deleting ? this.teardown : this.converge) {
        current = step.name;
        const result = await step.run(ctx);
        if (result.kind === 'continue') {
          if (result.condition) conditions.push(result.condition);
          continue;
        }
        if (result.kind === 'requeue') {
          const written = await this.write(ctx, result.event, conditions);
          return written ? { kind: 'requeue', afterMs: result.afterMs, reason: `${step.name}: ${describe(result.event)}` } : { kind: 'requeue', afterMs: STALE_RECHECK_MS, reason: 'changed meanwhile' };
        }
        return this.failed(ctx, conditions, step.name, result.message, result.permanent);
      }
    } catch (e) {
      return this.failed(ctx, conditions, current, errorMessage(e), isPermanent(e));
    }
    const done: LifecycleEvent = deleting ? { type: 'deleted', at: new Date() } : { type: 'provisioned', generation: cluster.generation, at: new Date() };
    const written = await this.write(ctx, done, conditions);
    return written ? DONE : { kind: 'requeue', afterMs: STALE_RECHECK_MS, reason: 'changed meanwhile' };
  }

  private async failed(ctx: PassContext, conditions: ConditionUpdate[], step: string, message: string, permanent: boolean): Promise<PassOutcome> {
    const failures = ctx.cluster.reconcileFailures + 1;
    this.logger.warn({ cluster: ctx.cluster.id, phase: ctx.cluster.phase, step, failures, permanent, err: message }, 'reconcile step failed');
    const written = await this.write(ctx, { type: 'stepFailed', step, message, permanent, failures }, conditions);
    if (!written) return { kind: 'requeue', afterMs: STALE_RECHECK_MS, reason: 'changed meanwhile' };
    if (written.phase === 'FAILED') return DONE;
    return { kind: 'requeue', afterMs: backoffMs(failures, this.config.backoffMaxMs), reason: `retry after failure in ${step}: ${message}` };
  }

  private write(ctx: PassContext, event: LifecycleEvent, stepConditions: ConditionUpdate[]): Promise<Cluster | null> {
    return this.lifecycle.apply(ctx.cluster, event, { stepConditions, ...(ctx.nodes ? { observed: observedOf(ctx) } : {}) });
  }
}

function observedOf(ctx: PassContext): ObservedNodes {
  const nodes = ctx.nodes!.nodes;
  return { nodes, bootstrapEndpoint: ctx.nodes!.bootstrapEndpoint, observedBrokerCount: nodes.filter((n) => n.state === 'RUNNING').length };
}

function describe(event: LifecycleEvent): string {
  if (event.type === 'waiting') return event.condition.message;
  if (event.type === 'teardownWaiting') return `waiting for ${event.waitingFor}`;
  return event.type;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Errors that retrying cannot fix: invalid requests (4xx) and providers' permanent refusals. */
function isPermanent(e: unknown): boolean {
  if (e instanceof AppError) return e.status < 500 && e.status !== 409 && e.status !== 429;
  return e instanceof Error && (e as Error & { permanent?: boolean }).permanent === true;
}
