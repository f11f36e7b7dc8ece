'use client';

import Link from 'next/link';
import { useParams, usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { ComingSoon, PhaseBadge, cloudLabel, kindLabel } from '@/components/clusters';
import { ErrorNotice } from '@/components/error-notice';
import { ButtonLink, Card, EmptyState, Loading, PageHeader, Tabs } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { isNotAvailable } from '@/lib/errors';
import { useClusterQuery } from '@/lib/queries';
import { ClusterContext } from './cluster-context';

export default function ClusterLayout({ children }: { children: ReactNode }) {
  const { envId, clusterId } = useParams<{ envId: string; clusterId: string }>();
  const pathname = usePathname();
  const base = `/app/environments/${envId}/clusters/${clusterId}`;
  // Polled while the cluster is changing (see clusterPollMs); refetched on focus otherwise.
  const query = useClusterQuery(envId, clusterId);
  const back = (
    <Link href={`/app/environments/${envId}/clusters`} className="back-link">
      ← Clusters
    </Link>
  );

  if (isNotAvailable(query.error)) {
    return (
      <div className="page">
        <PageHeader eyebrow={back} title="Cluster" />
        <ComingSoon what="Kafka clusters" />
      </div>
    );
  }
  if (query.error && !query.data) {
    const gone = isApiError(query.error) && query.error.status === 404;
    return (
      <div className="page">
        <PageHeader eyebrow={back} title={gone ? 'Cluster not found' : 'Cluster'} />
        <Card>
          {gone ? (
            <EmptyState title={`There is no cluster ${clusterId} here`} action={<ButtonLink href={`/app/environments/${envId}/clusters`}>Back to clusters</ButtonLink>}>
              It may have been deleted, or it lives in another environment.
            </EmptyState>
          ) : (
            <ErrorNotice error={query.error} action="view this cluster" onRetry={() => void query.reload()} />
          )}
        </Card>
      </div>
    );
  }
  if (!query.data) {
    return (
      <div className="page">
        <PageHeader eyebrow={back} title="Loading cluster…" />
        <Card>
          <Loading rows={4} />
        </Card>
      </div>
    );
  }
  const cluster = query.data;
  const tabs = [
    { href: base, label: 'Overview' },
    { href: `${base}/topics`, label: 'Topics' },
    { href: `${base}/consumer-groups`, label: 'Consumer groups' },
    { href: `${base}/metrics`, label: 'Metrics' },
    { href: `${base}/settings`, label: 'Settings' },
  ].map((t) => ({ ...t, active: t.href === base ? pathname === base : pathname.startsWith(t.href) }));

  return (
    <ClusterContext.Provider value={{ envId, clusterId, cluster, query, base }}>
      <div className="page">
        <PageHeader
          eyebrow={back}
          docTitle={cluster.spec.display_name}
          title={
            <span className="title-with-badge">
              {cluster.spec.display_name} <PhaseBadge cluster={cluster} />
            </span>
          }
          description={
            <span className="meta-line">
              <code className="id">{cluster.id}</code>
              <span>{kindLabel(cluster)}</span>
              <span>{cloudLabel(cluster)}</span>
              <span>{cluster.spec.availability === 'MULTI_ZONE' ? 'Multi zone' : 'Single zone'}</span>
            </span>
          }
        />
        <Tabs items={tabs} />
        {children}
      </div>
    </ClusterContext.Provider>
  );
}
