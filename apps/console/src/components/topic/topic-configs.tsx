'use client';

import { useState } from 'react';
import { QueryBody } from '@/components/query-body';
import { Badge, Card, EmptyState } from '@/components/ui';
import { useQuery } from '@/lib/hooks';
import { configRows, recordKeys, sourceLabel, topicRecords, type ConfigRow } from '@/lib/topic-records';

type View = 'changed' | 'all';

function Value({ row, value }: { row: ConfigRow; value: string | null | undefined }) {
  if (row.isSensitive) return <span className="muted">hidden</span>;
  if (value === undefined) return <span className="muted">—</span>;
  return <code>{value ?? 'null'}</code>;
}

/**
 * The topic's configuration with where each value comes from (Kafka's source names), and the
 * settings changed on this topic beside the default they replace (from `default-configs`: what a
 * topic created now would get).
 */
export function TopicConfigs({ clusterId, topic }: { clusterId: string; topic: string }) {
  const [view, setView] = useState<View>('changed');
  const key = recordKeys.configs(clusterId, topic);
  const configs = useQuery(key, () => topicRecords.configs(clusterId, topic));
  const defaults = useQuery(`${key}:defaults`, () => topicRecords.defaultConfigs(clusterId, topic));
  const rows = configRows(configs.data?.data ?? [], defaults.data?.data ?? []);
  const changed = rows.filter((r) => r.changed);
  const list = view === 'changed' ? changed : rows;

  return (
    <Card
      title="Configuration"
      actions={
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" className={`segment${view === 'changed' ? ' segment-active' : ''}`} aria-pressed={view === 'changed'} onClick={() => setView('changed')}>
            Changed from default ({changed.length})
          </button>
          <button type="button" className={`segment${view === 'all' ? ' segment-active' : ''}`} aria-pressed={view === 'all'} onClick={() => setView('all')}>
            All settings ({rows.length})
          </button>
        </div>
      }
    >
      <QueryBody
        query={configs}
        action="read topic configuration"
        empty={
          configs.data && list.length === 0 ? (
            <EmptyState title="Every setting is at its default">Nothing is set on this topic: it follows the cluster&apos;s defaults.</EmptyState>
          ) : null
        }
      >
        <div className="table-wrap">
          <table className="table table-dense" aria-label={view === 'changed' ? 'Changed from default' : 'All settings'}>
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Value</th>
                <th scope="col">Default</th>
                <th scope="col" className="hide-sm">
                  Source
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.name} data-testid="config-row" data-config={r.name}>
                  <td>
                    <code>{r.name}</code>
                  </td>
                  <td>
                    <Value row={r} value={r.value} /> {r.changed ? <Badge tone="info">changed</Badge> : null}
                    {r.isReadOnly ? <span className="muted"> (read-only)</span> : null}
                  </td>
                  <td>{defaults.error ? <span className="muted">unavailable</span> : <Value row={r} value={r.defaultValue} />}</td>
                  <td className="hide-sm muted" title={r.source}>
                    {sourceLabel(r.source)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryBody>
    </Card>
  );
}
