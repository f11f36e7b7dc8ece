'use client';

import { useState, type FormEvent } from 'react';
import { DeleteCluster } from '@/components/cluster-settings/delete-cluster';
import { DeletionProtection } from '@/components/cluster-settings/deletion-protection';
import { FormError, fieldError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Button, Callout, Card, TextField } from '@/components/ui';
import { useAction, useInvalidate } from '@/lib/hooks';
import { keys, useClusterOfferings } from '@/lib/queries';
import { clusters } from '@/lib/resources';
import { useCluster } from '../cluster-context';

export default function ClusterSettings() {
  const { cluster, clusterId, envId, query } = useCluster();
  const invalidate = useInvalidate();
  const { canWrite } = useSession();
  const readOnly = canWrite ? undefined : 'Viewers cannot change clusters';
  const [name, setName] = useState(cluster.spec.display_name);
  const [cku, setCku] = useState(cluster.spec.config.cku ?? cluster.status?.cku ?? 1);
  const [saved, setSaved] = useState<string | null>(null);
  const dedicated = cluster.spec.config.kind === 'Dedicated';
  const busy = cluster.status?.phase === 'PROVISIONING' || cluster.status?.phase === 'DEPROVISIONING';
  // CKU bounds from the catalog; rules it doesn't state (multi zone needs more) come back as the API's field error.
  const offerings = useClusterOfferings();
  const ckuRange = offerings.data?.kinds.find((k) => k.kind === 'Dedicated')?.cku ?? null;
  const minCku = ckuRange?.min ?? 1;
  const maxCku = ckuRange?.max;
  const outOfRange = cku < minCku || (maxCku !== undefined && cku > maxCku);

  const rename = useAction(() => clusters.update(clusterId, { display_name: name.trim(), environment: { id: envId } }));
  const resize = useAction(() => clusters.update(clusterId, { config: { kind: 'Dedicated', cku }, environment: { id: envId } }));

  const submitRename = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const r = await rename.run();
    if (r.ok) {
      query.setData(r.value);
      void invalidate(keys.clusters(envId));
      setSaved('Name saved.');
    }
  };
  const submitResize = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const r = await resize.run();
    if (r.ok) {
      query.setData(r.value);
      setSaved(`Resizing to ${cku} CKUs. Brokers are added or drained one at a time; the cluster stays available.`);
    }
  };

  return (
    <div className="stack-lg">
      {saved ? <Callout tone="success">{saved}</Callout> : null}
      <Card title="Name">
        <form className="form form-inline" onSubmit={submitRename} noValidate>
          <FormError error={rename.error} action="rename clusters" />
          <TextField label="Cluster name" value={name} onChange={(e) => setName(e.target.value)} error={fieldError(rename.error, 'display_name')} maxLength={64} />
          <div className="form-inline-action">
            <Button type="submit" variant="primary" pending={rename.pending} disabled={!canWrite || !name.trim() || name.trim() === cluster.spec.display_name} title={readOnly}>
              Save name
            </Button>
          </div>
        </form>
      </Card>

      <Card title="Capacity">
        {dedicated ? (
          <form className="form form-inline" onSubmit={submitResize} noValidate>
            <FormError error={resize.error} action="resize clusters" />
            <TextField
              label="CKUs"
              type="number"
              min={minCku}
              max={maxCku}
              value={String(cku)}
              onChange={(e) => setCku(Number.parseInt(e.target.value, 10) || 0)}
              error={fieldError(resize.error, 'config.cku', 'cku') ?? (outOfRange ? (maxCku !== undefined ? `Between ${minCku} and ${maxCku} CKUs` : `At least ${minCku} CKU`) : undefined)}
              hint="Each CKU adds throughput and partition capacity. Billing follows the new size from the next hour."
            />
            <div className="form-inline-action">
              <Button type="submit" variant="primary" pending={resize.pending} disabled={!canWrite || busy || outOfRange || cku === (cluster.spec.config.cku ?? cluster.status?.cku)} title={readOnly}>
                Resize
              </Button>
            </div>
          </form>
        ) : (
          <p className="muted">
            {cluster.spec.config.kind} clusters scale automatically with use. Create a Dedicated cluster for reserved capacity you can resize.
          </p>
        )}
      </Card>

      <DeletionProtection cluster={cluster} envId={envId} onSaved={(c) => query.setData(c)} />

      <DeleteCluster cluster={cluster} envId={envId} reload={query.reload} />
    </div>
  );
}
