'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { UsageCharts } from '@/components/usage-charts';
import { Card, EmptyState, Icon, Loading, PageHeader } from '@/components/ui';
import { useQuery } from '@/lib/hooks';
import { clusters as clustersApi, environments } from '@/lib/resources';
import type { Cluster } from '@/lib/types';

async function allClusters(): Promise<Cluster[]> {
  const envs = await environments.list();
  const lists = await Promise.all(envs.data.map((e) => clustersApi.list(e.id)));
  return lists.flatMap((l) => l.data);
}

export default function UsagePage() {
  const cl = useQuery('usage-clusters', () => allClusters());
  const list = useMemo(() => (cl.data ?? []).filter((c) => c.status?.phase !== 'DEPROVISIONING'), [cl.data]);
  return (
    <div className="page">
      <PageHeader
        title="Usage"
        description="What your clusters do: data in and out, storage and partitions, per cluster. Metered continuously; costs follow from these numbers."
      />
      {cl.error ? (
        <Card>
          <ErrorNotice error={cl.error} action="list clusters" onRetry={() => void cl.reload()} />
        </Card>
      ) : !cl.data ? (
        <Card>
          <Loading rows={4} />
        </Card>
      ) : list.length === 0 ? (
        <Card>
          <EmptyState icon={<Icon name="chart" size={28} />} title="No clusters, no usage yet" action={<Link className="btn btn-primary" href="/app/environments">Create a cluster</Link>}>
            Usage appears here a few seconds after a cluster starts, and grows as you produce and consume.
          </EmptyState>
        </Card>
      ) : (
        <UsageCharts clusters={list} />
      )}
    </div>
  );
}
