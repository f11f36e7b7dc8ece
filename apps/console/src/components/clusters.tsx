'use client';

import type { ReactNode } from 'react';
import type { Cluster, Condition } from '@/lib/types';
import { Badge, Card, EmptyState, Icon } from './ui';
import { formatDate } from '@/lib/format';

/** A cluster's condition of `type`, if the reconciler reported one. */
function condition(c: Cluster | undefined, type: string): Condition | undefined {
  return c?.status?.conditions?.find((x) => x.type === type);
}

/**
 * PROVISIONED but unhealthy: the reconciler keeps the phase and says why in a `Ready=False`,
 * reason `Degraded` condition. Such a cluster is shown as Degraded, never as Running.
 */
export function degradation(c: Cluster | undefined): { message: string } | null {
  if (c?.status?.phase !== 'PROVISIONED') return null;
  const ready = condition(c, 'Ready');
  if (ready && ready.status === 'False' && ready.reason === 'Degraded') return { message: ready.message || 'Some brokers are not healthy.' };
  return null;
}

export function isResizing(c: Cluster | undefined): boolean {
  return condition(c, 'Resizing')?.status === 'True';
}

export function isBusy(c: Cluster | undefined): boolean {
  const p = c?.status?.phase;
  return p === 'PROVISIONING' || p === 'DEPROVISIONING';
}

/**
 * How often to poll a cluster: fast while it is changing (provisioning, deleting, resizing), slower while
 * degraded (the reconciler is healing it), and not at all when it is settled: focus refetch keeps a
 * settled page fresh.
 */
export function clusterPollMs(c: Cluster | undefined): number | false {
  if (isBusy(c) || isResizing(c)) return 2000;
  if (degradation(c)) return 5000;
  return false;
}

const PHASES: Record<string, { tone: 'success' | 'warning' | 'danger' | 'neutral'; label: string }> = {
  PROVISIONED: { tone: 'success', label: 'Running' },
  PROVISIONING: { tone: 'warning', label: 'Provisioning' },
  FAILED: { tone: 'danger', label: 'Failed' },
  DEPROVISIONING: { tone: 'neutral', label: 'Deleting' },
};

/**
 * The cluster's state in words; `data-phase` carries the API's own phase (PROVISIONED, …) for tests and
 * tools, `data-health="DEGRADED"` marks a running cluster that is not healthy (the reason in the title).
 */
export function PhaseBadge({ cluster }: { cluster: Cluster }) {
  const phase = cluster.status?.phase;
  const degraded = degradation(cluster);
  const p = degraded ? { tone: 'danger' as const, label: 'Degraded' } : (PHASES[phase ?? ''] ?? { tone: 'neutral' as const, label: phase ?? 'Unknown' });
  return (
    <span className="phase" data-phase={phase ?? 'UNKNOWN'} data-health={degraded ? 'DEGRADED' : undefined} title={degraded ? degraded.message : phase}>
      <Badge tone={p.tone} dot>
        {p.label}
      </Badge>
    </span>
  );
}

export function kindLabel(c: Cluster): string {
  const k = c.spec.config.kind;
  if (k === 'Dedicated') {
    const cku = c.status?.cku ?? c.spec.config.cku;
    return cku ? `Dedicated · ${cku} CKU` : 'Dedicated';
  }
  return k;
}

export function cloudLabel(c: Cluster): string {
  const cloud = c.spec.cloud === 'LOCAL' ? 'Local' : c.spec.cloud;
  return `${cloud} · ${c.spec.region}`;
}

export function ComingSoon({ what, children }: { what: string; children?: ReactNode }) {
  return (
    <Card>
      <EmptyState icon={<Icon name="clock" size={28} />} title={`${what} are coming soon`}>
        {children ?? (
          <p>
            This Tributary deployment doesn&apos;t serve the {what.toLowerCase()} API yet. Everything else in the console works; check back after the next
            release.
          </p>
        )}
      </EmptyState>
    </Card>
  );
}

export function Conditions({ conditions }: { conditions: Condition[] | undefined }) {
  if (!conditions || conditions.length === 0) return <p className="muted">No status conditions reported yet.</p>;
  return (
    <ol className="conditions">
      {conditions.map((c, i) => {
        const ok = c.status === 'True';
        const unknown = c.status === 'Unknown';
        return (
          <li key={`${c.type}-${i}`} className={`condition ${ok ? 'condition-ok' : unknown ? 'condition-pending' : 'condition-bad'}`}>
            <span className="condition-mark" aria-hidden="true">
              {ok ? <Icon name="check" size={14} /> : unknown ? <span className="spinner spinner-xs" /> : <Icon name="x" size={14} />}
            </span>
            <div>
              <div className="condition-type">
                {c.type}
                <span className="sr-only">: {ok ? 'done' : unknown ? 'in progress' : 'not met'}</span>
                {c.reason ? <span className="condition-reason"> · {c.reason}</span> : null}
              </div>
              {c.message ? <div className="condition-message">{c.message}</div> : null}
              {c.last_transition_time ? <div className="cell-sub">{formatDate(c.last_transition_time)}</div> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
