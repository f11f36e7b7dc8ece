'use client';

import type { Consumer, ConsumerLag } from '@/lib/consumer-groups';

/**
 * The group's members. Their partitions come from the lag rows (the member each committed partition is
 * assigned to): a partition the group has never committed is not listed.
 */
export function MembersTable({ consumers, lags }: { consumers: Consumer[]; lags: ConsumerLag[] }) {
  if (consumers.length === 0) return <p className="muted">No active members: no consumer of this group is running.</p>;
  return (
    <div className="table-wrap">
      <table className="table table-dense" data-testid="members-table">
        <thead>
          <tr>
            <th scope="col">Consumer id</th>
            <th scope="col">Client id</th>
            <th scope="col" className="hide-sm">
              Instance id
            </th>
            <th scope="col">Assigned partitions</th>
          </tr>
        </thead>
        <tbody>
          {consumers.map((c) => {
            const assigned = lags.filter((l) => l.consumer_id === c.consumer_id).sort((a, b) => a.topic_name.localeCompare(b.topic_name) || a.partition_id - b.partition_id);
            return (
              <tr key={c.consumer_id}>
                <td>
                  <code className="id">{c.consumer_id}</code>
                </td>
                <td>{c.client_id || <span className="muted">—</span>}</td>
                <td className="hide-sm">{c.instance_id ?? <span className="muted">—</span>}</td>
                <td>{assigned.length ? assigned.map((l) => `${l.topic_name}-${l.partition_id}`).join(', ') : <span className="muted">none committed yet</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
