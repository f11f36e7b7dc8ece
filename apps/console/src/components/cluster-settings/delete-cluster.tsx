'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { useSession } from '@/components/session';
import { Button, Callout, Card } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { useInvalidate } from '@/lib/hooks';
import { keys } from '@/lib/queries';
import { clusters } from '@/lib/resources';
import type { Cluster } from '@/lib/types';

/**
 * Deleting a cluster. While deletion protection is on the button is disabled and says why; if the
 * console's copy was stale (someone turned protection on meanwhile), the API's 409 is shown here, in
 * its own words, and the cluster is read again so the switch above shows the truth.
 */
export function DeleteCluster({ cluster, envId, reload }: { cluster: Cluster; envId: string; reload: () => Promise<void> }) {
  const router = useRouter();
  const invalidate = useInvalidate();
  const { canWrite } = useSession();
  const [deleting, setDeleting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const protectedNow = cluster.spec.deletion_protection;
  const why = !canWrite ? 'Viewers cannot delete clusters' : protectedNow ? 'Deletion protection is on: turn it off above to delete this cluster' : undefined;

  return (
    <>
      <Card title="Delete cluster" className="card-danger">
        <div className="stack">
          <p>Deleting a cluster deletes all its topics and data, and its API keys stop working. Billing stops at the end of the current hour.</p>
          {refusal ? (
            <div data-testid="delete-refusal">
              <Callout tone="danger" title="Tributary refused to delete this cluster">
                {refusal}
              </Callout>
            </div>
          ) : null}
          {protectedNow ? <p className="muted small">Deletion protection is on: turn it off above before deleting this cluster.</p> : null}
          <div>
            <Button
              variant="danger"
              onClick={() => {
                setRefusal(null);
                setDeleting(true);
              }}
              disabled={cluster.status?.phase === 'DEPROVISIONING' || why !== undefined}
              title={why}
            >
              Delete this cluster
            </Button>
          </div>
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
            try {
              await clusters.remove(cluster.id, envId);
            } catch (e) {
              // A refusal (protection turned on elsewhere, or the cluster changed): shown on the page, not in a closed dialog.
              if (!isApiError(e) || e.status !== 409) throw e;
              setRefusal(e.generalMessages[0] ?? e.message);
              await reload();
              return;
            }
            await invalidate(keys.clusters(envId));
            await invalidate(keys.cluster(envId, cluster.id));
            router.push(`/app/environments/${envId}/clusters`);
          }}
        >
          <p>
            This permanently deletes <code className="id">{cluster.id}</code> with every topic and message in it.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
