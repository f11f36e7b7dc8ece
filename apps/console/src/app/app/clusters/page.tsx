'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { useEnvironments } from '@/components/shell';
import { ButtonLink, Card, EmptyState, Loading, PageHeader } from '@/components/ui';

/** "Clusters" before the environments have loaded: goes to the current environment's clusters. */
export default function ClustersRedirect() {
  const router = useRouter();
  const { currentId, loading, error, environments, reload } = useEnvironments();
  useEffect(() => {
    if (currentId) router.replace(`/app/environments/${currentId}/clusters`);
  }, [currentId, router]);
  return (
    <div className="page">
      <PageHeader title="Kafka clusters" />
      <Card>
        {error ? (
          <ErrorNotice error={error} action="list environments" onRetry={() => void reload()} />
        ) : !loading && environments.length === 0 ? (
          <EmptyState title="No environment yet" action={<ButtonLink href="/app/environments" variant="primary">Create an environment</ButtonLink>}>
            Clusters live in environments. Create one first.
          </EmptyState>
        ) : (
          <Loading rows={2} />
        )}
      </Card>
    </div>
  );
}
