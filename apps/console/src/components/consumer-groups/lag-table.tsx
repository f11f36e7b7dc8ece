'use client';

import type { ConsumerLag } from '@/lib/consumer-groups';
import { count } from './group-state';

/** Committed offset, log end offset and lag of every partition the group has committed. */
export function LagTable({ lags }: { lags: ConsumerLag[] }) {
  const rows = [...lags].sort((a, b) => a.topic_name.localeCompare(b.topic_name) || a.partition_id - b.partition_id);
  if (rows.length === 0) return <p className="muted">This group has committed no offsets yet: lag appears once its consumers commit.</p>;
  return (
    <div className="table-wrap">
      <table className="table table-dense" data-testid="lag-table">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" className="num">
              Partition
            </th>
            <th scope="col" className="num">
              Current offset
            </th>
            <th scope="col" className="num">
              Log end offset
            </th>
            <th scope="col" className="num">
              Lag
            </th>
            <th scope="col" className="hide-sm">
              Consumer
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => (
            <tr key={`${l.topic_name}/${l.partition_id}`} data-topic={l.topic_name} data-partition={l.partition_id}>
              <td>{l.topic_name}</td>
              <td className="num">{l.partition_id}</td>
              <td className="num" data-col="current">
                {count(l.current_offset)}
              </td>
              <td className="num" data-col="end">
                {count(l.log_end_offset)}
              </td>
              <td className="num" data-col="lag">
                <strong>{count(l.lag)}</strong>
              </td>
              <td className="hide-sm">{l.consumer_id ? <code title={l.consumer_id}>{l.client_id || l.consumer_id}</code> : <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
