'use client';

import { Card, CopyButton } from '@/components/ui';
import type { Cluster } from '@/lib/types';

/** A ready `prometheus.yml` for the export endpoint (`GET /v2/metrics/cloud/export`), for these clusters. */
export function prometheusConfig(clusters: readonly Pick<Cluster, 'id'>[], origin: string): string {
  const url = new URL(origin);
  const ids = clusters.length ? clusters.map((c) => c.id).join(', ') : 'lkc-…';
  return `scrape_configs:
  - job_name: tributary
    scrape_interval: 1m          # values change once per metering interval
    honor_timestamps: true       # keep the collection's timestamps
    scheme: ${url.protocol.replace(':', '')}
    metrics_path: /v2/metrics/cloud/export
    params:
      resource.kafka.id: [${ids}]
    basic_auth:
      username: <Cloud API key>  # API keys → a Cloud key with a metrics role
      password: <its secret>
    static_configs:
      - targets: ['${url.host}']
`;
}

export function PrometheusSnippet({ clusters }: { clusters: readonly Pick<Cluster, 'id'>[] }) {
  const origin = typeof window === 'undefined' ? 'https://localhost' : window.location.origin;
  const text = prometheusConfig(clusters, origin);
  return (
    <Card title="Scrape with Prometheus" actions={<CopyButton value={text} label="Copy prometheus.yml" name="prometheus.yml" />}>
      <p className="muted small">
        Paste into your <code>prometheus.yml</code>: received and sent bytes (counters: use <code>rate()</code>), retained bytes and partitions, per cluster, from the same meter as your bill.
      </p>
      <pre className="code-block" data-testid="prometheus-yml">
        {text}
      </pre>
    </Card>
  );
}
