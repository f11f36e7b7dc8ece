'use client';

import type { ReactNode } from 'react';
import type { Cluster, ClusterKind, Condition } from '@/lib/types';
import { Badge, Card, EmptyState, Icon } from './ui';
import { formatDate } from '@/lib/format';

export const KIND_INFO: Record<ClusterKind, { title: string; blurb: string; points: string[]; multiZone: boolean }> = {
  Basic: {
    title: 'Basic',
    blurb: 'For development and getting started.',
    points: ['Single zone', 'Up to 4,096 partitions', '99.5% uptime SLA'],
    multiZone: false,
  },
  Standard: {
    title: 'Standard',
    blurb: 'For production workloads that scale with use.',
    points: ['Single or multi zone', 'Up to 4,096 partitions', '99.99% SLA when multi zone'],
    multiZone: true,
  },
  Dedicated: {
    title: 'Dedicated',
    blurb: 'Reserved capacity in CKUs, isolated brokers.',
    points: ['Scale CKUs up and down', 'Up to 100,000 partitions', 'Multi zone needs 2+ CKUs'],
    multiZone: true,
  },
};

export const REGIONS: Record<'LOCAL' | 'AWS', Array<{ id: string; label: string }>> = {
  LOCAL: [{ id: 'local', label: 'Local (development)' }],
  AWS: [
    { id: 'us-east-1', label: 'N. Virginia (us-east-1)' },
    { id: 'us-east-2', label: 'Ohio (us-east-2)' },
    { id: 'us-west-2', label: 'Oregon (us-west-2)' },
    { id: 'eu-west-1', label: 'Ireland (eu-west-1)' },
    { id: 'eu-central-1', label: 'Frankfurt (eu-central-1)' },
    { id: 'ap-southeast-1', label: 'Singapore (ap-southeast-1)' },
  ],
};

export function isBusy(c: Cluster | undefined): boolean {
  const p = c?.status?.phase;
  return p === 'PROVISIONING' || p === 'DEPROVISIONING';
}

const PHASES: Record<string, { tone: 'success' | 'warning' | 'danger' | 'neutral'; label: string }> = {
  PROVISIONED: { tone: 'success', label: 'Running' },
  PROVISIONING: { tone: 'warning', label: 'Provisioning' },
  FAILED: { tone: 'danger', label: 'Failed' },
  DEPROVISIONING: { tone: 'neutral', label: 'Deleting' },
};

/** The phase in words; `data-phase` carries the API's own value (PROVISIONED, …) for tests and tools. */
export function PhaseBadge({ phase }: { phase: string | undefined }) {
  const p = PHASES[phase ?? ''] ?? { tone: 'neutral' as const, label: phase ?? 'Unknown' };
  return (
    <span className="phase" data-phase={phase ?? 'UNKNOWN'} title={phase}>
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
