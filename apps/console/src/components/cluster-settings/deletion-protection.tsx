'use client';

import { useId, useState } from 'react';
import { FormError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Card } from '@/components/ui';
import { useAction } from '@/lib/hooks';
import { clusters } from '@/lib/resources';
import type { Cluster } from '@/lib/types';

/**
 * cmk/v2's `spec.deletion_protection` as a switch: each change is one PATCH, and the cluster the API
 * answers replaces the cached one (so the Delete card below follows at once).
 */
export function DeletionProtection({ cluster, envId, onSaved }: { cluster: Cluster; envId: string; onSaved: (c: Cluster) => void }) {
  const { canWrite } = useSession();
  const id = useId();
  const set = useAction((on: boolean) => clusters.update(cluster.id, { deletion_protection: on, environment: { id: envId } }));
  // The switch shows the value asked for while the PATCH runs, then the cluster's (back to it if refused).
  const [asked, setAsked] = useState<boolean | null>(null);
  const on = asked ?? cluster.spec.deletion_protection;
  const change = async (next: boolean) => {
    setAsked(next);
    const r = await set.run(next);
    if (r.ok) onSaved(r.value);
    setAsked(null);
  };
  return (
    <Card title="Deletion protection">
      <div className="stack">
        <FormError error={set.error} action="change clusters" />
        <label className="checkbox" htmlFor={`${id}-switch`}>
          <input
            id={`${id}-switch`}
            type="checkbox"
            role="switch"
            checked={on}
            disabled={!canWrite || set.pending}
            aria-describedby={`${id}-hint`}
            title={canWrite ? undefined : 'Viewers cannot change clusters'}
            onChange={(e) => void change(e.target.checked)}
          />
          <strong>Deletion protection</strong>
        </label>
        <p id={`${id}-hint`} className="muted small" data-testid="deletion-protection-state">
          {cluster.spec.deletion_protection
            ? 'On: the cluster cannot be deleted, from the console or the API, until someone turns this off.'
            : 'Off: anyone who can change clusters can delete this one. Turn it on for clusters that must not be deleted by mistake.'}
          {set.pending ? ' Saving…' : ''}
        </p>
      </div>
    </Card>
  );
}
