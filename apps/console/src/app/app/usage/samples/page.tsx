'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { QueryBody } from '@/components/query-body';
import { Badge, Card, PageHeader } from '@/components/ui';
import { typedApi as api } from '@/lib/api';
import { bytes, formatDate, formatDay } from '@/lib/format';
import { useQuery } from '@/lib/hooks';
import type { ResponseOf } from '@/lib/types';

type Samples = ResponseOf<'/billing/v1/cost-samples', 'get'>;
type LineType = 'KAFKA_BASE' | 'KAFKA_NUM_CKUS' | 'KAFKA_NETWORK_WRITE' | 'KAFKA_NETWORK_READ' | 'KAFKA_STORAGE' | 'KAFKA_PARTITION';

const LINE_LABELS: Record<string, string> = {
  KAFKA_NETWORK_WRITE: 'Data in (GB)',
  KAFKA_NETWORK_READ: 'Data out (GB)',
  KAFKA_STORAGE: 'Storage (GB-hours)',
  KAFKA_PARTITION: 'Partitions (partition-hours)',
  KAFKA_BASE: 'Cluster hours',
  KAFKA_NUM_CKUS: 'CKU hours',
};

async function allSamples(resourceId: string, lineType: LineType, date: string): Promise<Samples> {
  const first = await api.get('/billing/v1/cost-samples', { query: { resource_id: resourceId, line_type: lineType, date, page_size: 5000 } });
  let next = first.metadata.next;
  const data = [...first.data];
  for (let i = 0; next && i < 50; i++) {
    const token = new URL(next).searchParams.get('page_token') ?? undefined;
    const page = await api.get('/billing/v1/cost-samples', { query: { resource_id: resourceId, line_type: lineType, date, page_size: 5000, page_token: token } });
    data.push(...page.data);
    next = page.metadata.next;
  }
  return { ...first, data };
}

function Drilldown() {
  const params = useSearchParams();
  const resourceId = params.get('resource_id') ?? '';
  const lineType = (params.get('line_type') ?? '') as LineType;
  const date = params.get('date') ?? '';
  const q = useQuery(resourceId && lineType && date ? `cost-samples:${resourceId}:${lineType}:${date}` : null, () => allSamples(resourceId, lineType, date));
  const counter = lineType === 'KAFKA_NETWORK_WRITE' || lineType === 'KAFKA_NETWORK_READ';
  const inbound = lineType === 'KAFKA_NETWORK_WRITE';
  return (
    <div className="page">
      <PageHeader
        eyebrow={<Link href="/app/usage">Usage</Link>}
        title={`${LINE_LABELS[lineType] ?? lineType} on ${date ? formatDay(date) : '—'}`}
        description={`Cluster ${resourceId}: the broker samples this cost line was computed from — each broker's own counters and gauges, the deltas metering took from them, and the restarts it detected.`}
      />
      <QueryBody query={q} action="read the samples" loadingRows={6} frame={(n) => <Card>{n}</Card>}>
        {q.data ? (
          <div className="stack-lg">
            <Card title="Per hour">
              <p className="muted small">Each hour&apos;s quantity recomputed from the samples below, beside the one the ledger recorded and billed.</p>
              <div className="table-wrap">
                <table className="table table-dense" data-testid="sample-hours">
                  <thead>
                    <tr>
                      <th scope="col">Hour (UTC)</th>
                      <th scope="col" className="num">
                        From the samples
                      </th>
                      <th scope="col" className="num">
                        Recorded
                      </th>
                      <th scope="col">State</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.data.hours.map((h) => (
                      <tr key={h.hour}>
                        <td>{h.hour.slice(11, 16)}</td>
                        <td className="num">{h.computed_quantity}</td>
                        <td className="num">{h.recorded_quantity}</td>
                        <td>{h.closed ? <Badge tone="success">Closed</Badge> : <Badge>Open</Badge>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
            <Card title={`Samples (${q.data.metadata.total_size})`}>
              <div className="table-wrap table-scroll">
                <table className="table table-dense" data-testid="samples">
                  <thead>
                    <tr>
                      <th scope="col">Scraped</th>
                      <th scope="col">Broker</th>
                      <th scope="col">State</th>
                      {counter ? (
                        <>
                          <th scope="col" className="num">
                            Counter reading
                          </th>
                          <th scope="col" className="num">
                            Delta
                          </th>
                        </>
                      ) : (
                        <>
                          <th scope="col" className="num">
                            Retained
                          </th>
                          <th scope="col" className="num">
                            Partitions
                          </th>
                        </>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {q.data.data.map((s) => (
                      <tr key={`${s.broker_id}|${s.interval_start}`}>
                        <td>{formatDate(s.scraped_at)}</td>
                        <td>{s.broker_id}</td>
                        <td>
                          {s.up ? <Badge tone="success">Up</Badge> : <Badge tone="warning">Unreadable</Badge>} {s.estimated ? <Badge tone="warning">Estimated</Badge> : null}{' '}
                          {s.restart_detected ? <Badge tone="accent">Restart detected</Badge> : null}
                        </td>
                        {counter ? (
                          <>
                            <td className="num">{(inbound ? s.bytes_in_total : s.bytes_out_total) ?? '—'}</td>
                            <td className="num">{inbound ? s.bytes_in_delta : s.bytes_out_delta}</td>
                          </>
                        ) : (
                          <>
                            <td className="num">{bytes(Number(s.retained_bytes))}</td>
                            <td className="num">{s.partition_count}</td>
                          </>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
          </div>
        ) : null}
      </QueryBody>
    </div>
  );
}

export default function CostSamplesPage() {
  return (
    <Suspense fallback={null}>
      <Drilldown />
    </Suspense>
  );
}
