'use client';

import { UsageCharts } from '@/components/usage-charts';
import { Card, EmptyState, Icon } from '@/components/ui';
import { useCluster } from '../cluster-context';

export default function MetricsPage() {
  const { cluster } = useCluster();
  if (cluster.status?.phase !== 'PROVISIONED') {
    return (
      <Card>
        <EmptyState icon={<Icon name="chart" size={28} />} title="Metrics appear once the cluster is running" />
      </Card>
    );
  }
  return <UsageCharts clusters={[cluster]} />;
}
