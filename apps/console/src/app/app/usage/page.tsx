'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { LiveMeterStats } from '@/components/live-meter';
import { QueryBody } from '@/components/query-body';
import { UsageCharts } from '@/components/usage-charts';
import { Card, EmptyState, Icon, PageHeader } from '@/components/ui';
import { useQuery } from '@/lib/hooks';
import { clusters as clustersApi, environments, listAll } from '@/lib/resources';
import type { Cluster } from '@/lib/types';
import { CostBreakdown } from './cost-breakdown';
import { PrometheusSnippet } from './prometheus-snippet';

/** Every cluster of every environment, each list followed to its last page. */
async function allClusters(): Promise<Cluster[]> {
  const envs = await listAll((p) => environments.list(p));
  const lists = await Promise.all(envs.map((e) => listAll((p) => clustersApi.list(e.id, p))));
  return lists.flat();
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
      <QueryBody
        query={cl}
        action="list clusters"
        frame={(n) => <Card>{n}</Card>}
        loadingRows={4}
        empty={
          list.length === 0 && (
            <Card>
              <EmptyState icon={<Icon name="chart" size={28} />} title="No clusters, no usage yet" action={<Link className="btn btn-primary" href="/app/environments">Create a cluster</Link>}>
                Usage appears here a few seconds after a cluster starts, and grows as you produce and consume.
              </EmptyState>
            </Card>
          )
        }
      >
        <div className="stack-lg">
          <LiveMeterStats />
          <UsageCharts clusters={list} />
          <CostBreakdown />
          <PrometheusSnippet clusters={list} />
        </div>
      </QueryBody>
    </div>
  );
}
