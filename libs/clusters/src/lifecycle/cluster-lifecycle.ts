import type { ClusterPhase } from '@tributary/db';
import { AppError } from '@tributary/platform';

/**
 * The cluster lifecycle, in one place. Nothing else decides which phase may follow which.
 *
 *   PROVISIONING ──▶ PROVISIONED ──▶ DEPROVISIONING ──▶ DELETED
 *        │   ▲            │ (resize: stays PROVISIONED, condition Resizing)
 *        ▼   │            ▼
 *      FAILED ────────▶ DEPROVISIONING
 */
const ALLOWED: Record<ClusterPhase, readonly ClusterPhase[]> = {
  PROVISIONING: ['PROVISIONED', 'FAILED', 'DEPROVISIONING'],
  PROVISIONED: ['PROVISIONING', 'FAILED', 'DEPROVISIONING'],
  FAILED: ['DEPROVISIONING'],
  DEPROVISIONING: ['DELETED'],
  DELETED: [],
};

export function canTransition(from: ClusterPhase, to: ClusterPhase): boolean {
  return from === to || ALLOWED[from].includes(to);
}

export function assertTransition(from: ClusterPhase, to: ClusterPhase): void {
  if (!canTransition(from, to)) throw new Error(`Illegal cluster phase transition ${from} → ${to}`);
}

/** Phases in which the reconciler has work to do or drift to heal. */
export const LIVE_PHASES: readonly ClusterPhase[] = ['PROVISIONING', 'PROVISIONED', 'DEPROVISIONING'];

export function isTerminal(phase: ClusterPhase): boolean {
  return phase === 'DELETED';
}

/** Brokers exist and should be kept running. */
export function wantsNodes(phase: ClusterPhase): boolean {
  return phase === 'PROVISIONING' || phase === 'PROVISIONED';
}

export function canAcceptKeysAndTopics(phase: ClusterPhase): boolean {
  return phase === 'PROVISIONED';
}

export function assertCanResize(cluster: { kind: string; phase: ClusterPhase }): void {
  if (cluster.kind !== 'Dedicated') {
    throw AppError.invalid(`Only Dedicated clusters can be resized; this cluster is ${cluster.kind}`, '/spec/config/cku');
  }
  if (cluster.phase !== 'PROVISIONED') {
    throw AppError.conflict(`The cluster is ${cluster.phase}: it can be resized once it is PROVISIONED`);
  }
}

export function assertCanDelete(phase: ClusterPhase): void {
  if (phase === 'DELETED') throw new AppError('not_found', 'The cluster was deleted');
}
