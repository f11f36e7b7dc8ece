import type { Page, Route } from '@playwright/test';

/**
 * Stand-ins for the APIs that are not served yet (clusters, topics, costs, metrics), shaped after
 * REFERENCE-API.md. Only the screenshot tour uses them, to show those pages with data; the behaviour
 * specs run against the real API.
 */
export async function mockComingSoonApis(page: Page, envId: string) {
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const cluster = (id: string, name: string, kind: 'Basic' | 'Standard' | 'Dedicated', phase: string, extra: Record<string, unknown> = {}) => ({
    api_version: 'cmk/v2',
    kind: 'Cluster',
    id,
    metadata: { self: '', resource_name: '', created_at: iso(now - 86400_000 * 3), updated_at: iso(now) },
    spec: {
      display_name: name,
      availability: kind === 'Basic' ? 'SINGLE_ZONE' : 'MULTI_ZONE',
      cloud: kind === 'Basic' ? 'LOCAL' : 'AWS',
      region: kind === 'Basic' ? 'local' : 'eu-west-1',
      config: kind === 'Dedicated' ? { kind, cku: 2 } : { kind },
      kafka_bootstrap_endpoint: phase === 'PROVISIONED' ? `SASL_SSL://${id}.eu-west-1.aws.tributary.cloud:9092` : '',
      http_endpoint: phase === 'PROVISIONED' ? `https://${id}.eu-west-1.aws.tributary.cloud` : '',
      environment: { id: envId },
    },
    status: {
      phase,
      ...(kind === 'Dedicated' ? { cku: 2 } : {}),
      conditions:
        phase === 'PROVISIONED'
          ? [
              { type: 'BrokersReady', status: 'True', reason: 'AllBrokersUp', message: '3 of 3 brokers are serving' },
              { type: 'ListenersReady', status: 'True', reason: 'TlsIssued', message: 'Bootstrap endpoint reachable' },
              { type: 'MeteringReady', status: 'True', reason: 'Exporting', message: 'Usage is being metered' },
            ]
          : [
              { type: 'BrokersReady', status: 'Unknown', reason: 'Starting', message: '1 of 3 brokers are up' },
              { type: 'ListenersReady', status: 'Unknown', reason: 'Pending', message: 'Waiting for brokers' },
            ],
      ...extra,
    },
  });
  const clusters = [
    cluster('lkc-7x2k9', 'orders-prod', 'Dedicated', 'PROVISIONED'),
    cluster('lkc-m4q1z', 'clickstream', 'Standard', 'PROVISIONED'),
    cluster('lkc-p0w8d', 'sandbox', 'Basic', 'PROVISIONING'),
  ];
  const json = (route: Route, body: unknown, status = 200) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });

  await page.route('**/cmk/v2/clusters**', (route) => {
    const url = new URL(route.request().url());
    const id = url.pathname.split('/')[4];
    if (!id) return json(route, { api_version: 'cmk/v2', kind: 'ClusterList', metadata: { total_size: clusters.length }, data: clusters });
    const c = clusters.find((x) => x.id === id);
    return c ? json(route, c) : json(route, { errors: [{ status: '404', code: 'not_found', title: 'Not Found', detail: `Cluster ${id} not found` }] }, 404);
  });

  const topics = [
    ['orders.created.v1', 12],
    ['orders.paid.v1', 12],
    ['orders.shipped.v1', 6],
    ['inventory.adjustments', 6],
    ['payments.dlq', 3],
    ['_schemas', 1],
  ] as const;
  await page.route('**/kafka/v3/clusters/*/topics**', (route) => {
    const parts = new URL(route.request().url()).pathname.split('/');
    const clusterId = parts[4];
    const name = parts[6] ? decodeURIComponent(parts[6]) : undefined;
    if (name && parts[7] === 'configs') {
      return json(route, {
        kind: 'KafkaTopicConfigList',
        metadata: {},
        data: [
          { name: 'retention.ms', value: '604800000', is_default: false, is_read_only: false, is_sensitive: false, source: 'DYNAMIC_TOPIC_CONFIG' },
          { name: 'cleanup.policy', value: 'delete', is_default: true, is_read_only: false, is_sensitive: false, source: 'DEFAULT_CONFIG' },
          { name: 'min.insync.replicas', value: '2', is_default: false, is_read_only: false, is_sensitive: false, source: 'DYNAMIC_TOPIC_CONFIG' },
          { name: 'max.message.bytes', value: '2097164', is_default: true, is_read_only: false, is_sensitive: false, source: 'DEFAULT_CONFIG' },
        ],
      });
    }
    const all = topics.map(([t, p]) => ({ kind: 'KafkaTopic', cluster_id: clusterId, topic_name: t, is_internal: t.startsWith('_'), replication_factor: 3, partitions_count: p }));
    if (name) return json(route, all.find((t) => t.topic_name === name) ?? all[0]);
    return json(route, { kind: 'KafkaTopicList', metadata: {}, data: all });
  });

  await page.route('**/billing/v1/costs**', (route) => {
    const items: unknown[] = [];
    const start = new Date();
    start.setUTCDate(1);
    const days = Math.max(1, new Date().getUTCDate());
    for (let d = 0; d < days; d++) {
      const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), d + 1));
      const next = new Date(day.getTime() + 86400_000);
      const wobble = 1 + 0.25 * Math.sin(d / 2);
      const line = (resource: { id: string; display_name: string }, line_type: string, amount: number) =>
        items.push({ start_date: day.toISOString(), end_date: next.toISOString(), granularity: 'DAILY', product: 'KAFKA', line_type, amount: Math.round(amount * 100) / 100, resource: { ...resource, environment: { id: envId } } });
      const orders = { id: 'lkc-7x2k9', display_name: 'orders-prod' };
      const click = { id: 'lkc-m4q1z', display_name: 'clickstream' };
      line(orders, 'KAFKA_NUM_CKUS', 79.2);
      line(orders, 'KAFKA_NETWORK_WRITE', 11.4 * wobble);
      line(orders, 'KAFKA_NETWORK_READ', 18.9 * wobble);
      line(orders, 'KAFKA_STORAGE', 6.1 + d * 0.2);
      line(click, 'KAFKA_BASE', 36);
      line(click, 'KAFKA_NETWORK_WRITE', 7.3 * wobble);
      line(click, 'KAFKA_PARTITION', 2.4);
    }
    items.push({ start_date: start.toISOString(), end_date: start.toISOString(), line_type: 'PROMO_CREDIT', amount: -400, resource: { id: 'promo', display_name: 'Welcome credit' } });
    return json(route, { api_version: 'billing/v1', kind: 'CostList', metadata: {}, data: items });
  });

  await page.route('**/v2/metrics/cloud/query', (route) => {
    const body = route.request().postDataJSON() as { aggregations: Array<{ metric: string }>; intervals: string[] };
    const metric = body.aggregations[0]?.metric ?? '';
    const [from, to] = (body.intervals[0] ?? '').split('/');
    const t0 = new Date(from ?? now - 6 * 3600_000).getTime();
    const t1 = new Date(to ?? now).getTime();
    const step = Math.max(60_000, Math.round((t1 - t0) / 72));
    const data = [];
    for (let t = t0, i = 0; t <= t1; t += step, i++) {
      const base = metric.includes('received') ? 42e6 : metric.includes('sent') ? 96e6 : 180e9 + i * 4e8;
      data.push({ timestamp: new Date(t).toISOString(), value: Math.round(base * (metric.includes('retained') ? 1 : 1 + 0.35 * Math.sin(i / 6) + 0.1 * Math.cos(i))) });
    }
    return json(route, { data });
  });
}
