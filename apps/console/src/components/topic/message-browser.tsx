'use client';

import { Fragment, useMemo, useState, type FormEvent } from 'react';
import { QueryBody } from '@/components/query-body';
import { Badge, Button, Card, EmptyState, SelectField, TextField } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useQuery } from '@/lib/hooks';
import {
  browseQuery,
  DEFAULT_RECORDS,
  filterRecords,
  MAX_RECORDS,
  recordKeys,
  showHeaderValue,
  showPayload,
  topicRecords,
  type BrowseRequest,
  type TopicRecord,
} from '@/lib/topic-records';

type FromKind = BrowseRequest['from']['kind'];

const FROM_LABELS: Record<FromKind, string> = { newest: 'Newest', offset: 'From offset', timestamp: 'From time' };

function PayloadCell({ label, payload }: { label: string; payload: TopicRecord['value'] }) {
  const shown = showPayload(payload);
  return (
    <div className="stack-sm">
      <div className="row-wrap">
        <strong>{label}</strong>
        <Badge tone={shown.kind === 'BINARY' ? 'warning' : shown.kind === 'JSON' ? 'info' : 'neutral'}>{shown.kind === 'BINARY' ? 'bytes (hex)' : shown.kind.toLowerCase()}</Badge>
        {shown.kind !== 'NULL' ? <span className="muted">{shown.size} bytes</span> : null}
      </div>
      <pre className="code-block" data-testid={`record-${label.toLowerCase()}`} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>
        {shown.text}
      </pre>
    </div>
  );
}

function RecordDetail({ record }: { record: TopicRecord }) {
  return (
    <div className="stack" style={{ padding: '8px 0' }}>
      <PayloadCell label="Key" payload={record.key} />
      <PayloadCell label="Value" payload={record.value} />
      <div className="stack-sm">
        <strong>Headers</strong>
        {record.headers.length === 0 ? (
          <span className="muted">No headers</span>
        ) : (
          <table className="table table-dense" aria-label="Headers">
            <tbody>
              {record.headers.map((h, i) => (
                <tr key={`${h.name}-${i}`}>
                  <td>
                    <code>{h.name}</code>
                  </td>
                  <td>
                    <code style={{ overflowWrap: 'anywhere' }}>{showHeaderValue(h.value)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <span className="muted">
        {record.timestamp_type === 'LOG_APPEND_TIME' ? 'Broker time' : 'Producer time'} {record.timestamp}
      </span>
    </div>
  );
}

/**
 * The topic's records: the newest N, from an offset or from a time, in one partition or all; a
 * search in what was loaded; each record's key, value (text, JSON pretty-printed, bytes as hex),
 * headers, timestamp, partition and offset. Newest first on screen.
 */
export function MessageBrowser({ clusterId, topic, partitionsCount }: { clusterId: string; topic: string; partitionsCount: number }) {
  const [fromKind, setFromKind] = useState<FromKind>('newest');
  const [offset, setOffset] = useState('0');
  const [timestamp, setTimestamp] = useState('');
  const [partition, setPartition] = useState('');
  const [limit, setLimit] = useState(String(DEFAULT_RECORDS));
  const [request, setRequest] = useState<BrowseRequest>({ from: { kind: 'newest' }, partition: '', limit: DEFAULT_RECORDS });
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);

  const query = browseQuery(request);
  const records = useQuery(`${recordKeys.records(clusterId, topic)}:${JSON.stringify(query)}`, () => topicRecords.read(clusterId, topic, query));
  const loaded = useMemo(() => [...(records.data?.data ?? [])].reverse(), [records.data]);
  const shown = useMemo(() => filterRecords(loaded, search), [loaded, search]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const from: BrowseRequest['from'] = fromKind === 'offset' ? { kind: 'offset', offset } : fromKind === 'timestamp' ? { kind: 'timestamp', timestamp } : { kind: 'newest' };
    const next = { from, partition, limit: Number(limit) };
    // The same request again is a refresh.
    if (JSON.stringify(browseQuery(next)) === JSON.stringify(query)) void records.reload();
    else setRequest(next);
  };

  const nextPage = records.data?.metadata.next ? new URL(records.data.metadata.next, 'http://x').searchParams : null;
  const loadNext = () => {
    if (!nextPage) return;
    const nextOffset = nextPage.get('offset') ?? '0';
    setFromKind('offset');
    setOffset(nextOffset);
    setRequest({ from: { kind: 'offset', offset: nextOffset }, partition: nextPage.get('partition_id') ?? '', limit: request.limit });
  };

  return (
    <Card title="Messages" id="messages">
      <form className="stack" onSubmit={submit} aria-label="Browse messages">
        <div className="segmented" role="group" aria-label="Start from">
          {(Object.keys(FROM_LABELS) as FromKind[]).map((k) => (
            <button key={k} type="button" className={`segment${k === fromKind ? ' segment-active' : ''}`} aria-pressed={k === fromKind} onClick={() => setFromKind(k)}>
              {FROM_LABELS[k]}
            </button>
          ))}
        </div>
        <div className="filters">
          {fromKind === 'offset' ? <TextField label="Offset" inputMode="numeric" pattern="\d{1,15}" value={offset} onChange={(e) => setOffset(e.target.value)} required /> : null}
          {fromKind === 'timestamp' ? <TextField label="From time" type="datetime-local" step="1" value={timestamp} onChange={(e) => setTimestamp(e.target.value)} required /> : null}
          {fromKind === 'newest' ? <TextField label="How many" type="number" min={1} max={MAX_RECORDS} value={limit} onChange={(e) => setLimit(e.target.value)} /> : null}
          <SelectField label="Partition" value={partition} onChange={(e) => setPartition(e.target.value)}>
            <option value="">All partitions</option>
            {Array.from({ length: partitionsCount }, (_, p) => (
              <option key={p} value={String(p)}>
                Partition {p}
              </option>
            ))}
          </SelectField>
          {fromKind !== 'newest' ? <TextField label="How many" type="number" min={1} max={MAX_RECORDS} value={limit} onChange={(e) => setLimit(e.target.value)} /> : <span />}
          <div className="filters-actions">
            <Button type="submit" variant="primary">
              Load messages
            </Button>
          </div>
        </div>
      </form>
      <div className="toolbar" style={{ marginTop: 14 }}>
        <TextField label="Search loaded messages" type="search" placeholder="Key, value or header contains…" value={search} onChange={(e) => setSearch(e.target.value)} />
        <span className="muted" aria-live="polite" data-testid="records-count">
          {records.data ? `${shown.length} of ${loaded.length} loaded` : ''}
        </span>
      </div>
      <QueryBody
        query={records}
        action="read messages"
        empty={
          records.data && shown.length === 0 ? (
            <EmptyState title={loaded.length === 0 ? 'No messages here' : 'No loaded message matches'}>
              {loaded.length === 0 ? 'Nothing in this range yet: produce a test message below, or start from an earlier offset or time.' : 'Clear the search or load other messages.'}
            </EmptyState>
          ) : null
        }
      >
        <div className="table-wrap">
          <table className="table table-dense" aria-label="Messages">
            <thead>
              <tr>
                <th scope="col">Partition</th>
                <th scope="col">Offset</th>
                <th scope="col">Timestamp</th>
                <th scope="col">Key</th>
                <th scope="col">Value</th>
                <th scope="col">Headers</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const id = `${r.partition_id}:${r.offset}`;
                const expanded = open === id;
                return (
                  <Fragment key={id}>
                    <tr data-testid="record-row" data-partition={r.partition_id} data-offset={r.offset}>
                      <td>{r.partition_id}</td>
                      <td>
                        <button type="button" className="link-strong" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : id)} style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}>
                          {r.offset}
                        </button>
                      </td>
                      <td title={r.timestamp}>{formatDate(r.timestamp)}</td>
                      <td>
                        <code>{showPayload(r.key).preview}</code>
                      </td>
                      <td>
                        <code>{showPayload(r.value).preview}</code>
                      </td>
                      <td>{r.headers.length > 0 ? <Badge>{r.headers.length}</Badge> : <span className="muted">—</span>}</td>
                    </tr>
                    {expanded ? (
                      <tr>
                        <td colSpan={6}>
                          <RecordDetail record={r} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      </QueryBody>
      {records.data ? (
        <div className="toolbar" style={{ marginTop: 14 }}>
          <span className="muted">
            {records.data.partitions.map((p) => `p${p.partition_id}: ${p.beginning_offset}–${p.end_offset}`).join(' · ')}
          </span>
          {nextPage ? (
            <Button size="sm" onClick={loadNext}>
              Next messages →
            </Button>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
