import { kindProfile } from '@tributary/catalog';
import type { BrokerAdminConnector } from '../broker-admin';
import { bootstrapOf, type PassContext, type ReconcileStep, type StepResult } from './step';

const COPY_RECHECK_MS = 2000;

/**
 * In-place upgrades (Basic → Standard): once the new kind's brokers run, every partition is raised
 * to the kind's replication factor, so the cluster really holds three copies, not one copy on three
 * brokers. Only a pending spec change of a kind with a fixed size is an upgrade (Dedicated resizes
 * keep their replication factor and are the placement step's). Waiting is not a health problem.
 */
export class ReplicationStep implements ReconcileStep {
  readonly name = 'replication';
  constructor(private readonly brokers: BrokerAdminConnector) {}

  async run(ctx: PassContext): Promise<StepResult> {
    const { cluster } = ctx;
    if (cluster.phase !== 'PROVISIONED' || cluster.observedGeneration >= cluster.generation) return { kind: 'continue' };
    const profile = kindProfile(cluster.kind);
    const replicationFactor = profile.replicationFactor(cluster.brokerCount);
    if (profile.resizable || replicationFactor <= 1 || !this.brokers.raiseReplicationFactor) return { kind: 'continue' };
    const brokerIds = Array.from({ length: cluster.brokerCount }, (_, i) => i + 1);
    const pending = await this.brokers.raiseReplicationFactor(cluster, bootstrapOf(ctx), replicationFactor, brokerIds);
    if (pending === 0) return { kind: 'continue' };
    return {
      kind: 'requeue',
      afterMs: COPY_RECHECK_MS,
      event: { type: 'waiting', step: this.name, condition: { type: 'Resizing', status: 'True', reason: 'Upgrading', message: `Copying ${pending} partitions to replication factor ${replicationFactor}` }, degraded: false },
    };
  }
}
