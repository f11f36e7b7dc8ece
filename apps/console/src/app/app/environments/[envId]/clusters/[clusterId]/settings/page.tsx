'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { FormError, fieldError } from '@/components/error-notice';
import { Button, Callout, Card, TextField } from '@/components/ui';
import { useAction, useInvalidate } from '@/lib/hooks';
import { keys, useClusterOfferings } from '@/lib/queries';
import { clusters } from '@/lib/resources';
import { useCluster } from '../cluster-context';

export default function ClusterSettings() {
  const { cluster, clusterId, envId, query } = useCluster();
  const router = useRouter();
  const invalidate = useInvalidate();
  const [name, setName] = useState(cluster.spec.display_name);
  const [cku, setCku] = useState(cluster.spec.config.cku ?? cluster.status?.cku ?? 1);
  const [deleting, setDeleting] = useState(false);
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
            <Button type="submit" variant="primary" pending={rename.pending} disabled={!name.trim() || name.trim() === cluster.spec.display_name}>
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
              <Button type="submit" variant="primary" pending={resize.pending} disabled={busy || outOfRange || cku === (cluster.spec.config.cku ?? cluster.status?.cku)}>
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

      <Card title="Delete cluster" className="card-danger">
        <p>Deleting a cluster deletes all its topics and data, and its API keys stop working. Billing stops at the end of the current hour.</p>
        <div>
          <Button variant="danger" onClick={() => setDeleting(true)} disabled={cluster.status?.phase === 'DEPROVISIONING'}>
            Delete this cluster
          </Button>
        </div>
      </Card>

      {deleting ? (
        <ConfirmDialog
          open
          title={`Delete ${cluster.spec.display_name}?`}
          confirmLabel="Delete cluster"
          requireText={cluster.spec.display_name}
          action="delete clusters"
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await clusters.remove(clusterId, envId);
            await invalidate(keys.clusters(envId));
            await invalidate(keys.cluster(envId, clusterId));
            router.push(`/app/environments/${envId}/clusters`);
          }}
        >
          <p>
            This permanently deletes <code className="id">{clusterId}</code> with every topic and message in it.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
