'use client';

import { Badge, type Tone } from '@/components/ui';

const STATES: Record<string, { label: string; tone: Tone }> = {
  STABLE: { label: 'Stable', tone: 'success' },
  EMPTY: { label: 'Empty', tone: 'neutral' },
  PREPARING_REBALANCE: { label: 'Rebalancing', tone: 'warning' },
  COMPLETING_REBALANCE: { label: 'Rebalancing', tone: 'warning' },
  ASSIGNING: { label: 'Assigning', tone: 'warning' },
  RECONCILING: { label: 'Reconciling', tone: 'warning' },
  DEAD: { label: 'Dead', tone: 'danger' },
};

/** A group's state as Kafka names it (STABLE, EMPTY, …), in words, with the raw name for search and tests. */
export function GroupState({ state }: { state: string }) {
  const s = STATES[state] ?? { label: state, tone: 'neutral' as const };
  return (
    <span data-state={state} title={state}>
      <Badge tone={s.tone} dot>
        {s.label}
      </Badge>
    </span>
  );
}

export const count = (n: number) => n.toLocaleString('en-US');
