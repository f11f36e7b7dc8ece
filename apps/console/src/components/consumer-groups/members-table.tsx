'use client';

import { useMemberAssignments, type Consumer, type ConsumerLag } from '@/lib/consumer-groups';

/**
 * The group's members, each with the partitions its coordinator assigned it (read per member; until
 * that answer arrives, the partitions its committed lag rows name).
 */
export function MembersTable({ clusterId, groupId, consumers, lags }: { clusterId: string; groupId: string; consumers: Consumer[]; lags: ConsumerLag[] }) {
  const assignments = useMemberAssignments(clusterId, groupId, consumers.map((c) => c.consumer_id));
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
            <th scope="col" className="hide-sm">
              Host
            </th>
            <th scope="col">Assigned partitions</th>
          </tr>
        </thead>
        <tbody>
          {consumers.map((c) => {
            const assigned = (assignments.get(c.consumer_id) ?? lags.filter((l) => l.consumer_id === c.consumer_id)).slice().sort((a, b) => a.topic_name.localeCompare(b.topic_name) || a.partition_id - b.partition_id);
            return (
              <tr key={c.consumer_id}>
                <td>
                  <code className="id">{c.consumer_id}</code>
                </td>
                <td>{c.client_id || <span className="muted">—</span>}</td>
                <td className="hide-sm">{c.instance_id ?? <span className="muted">—</span>}</td>
                <td className="hide-sm">{c.host.replace(/^\//, '') || <span className="muted">—</span>}</td>
                <td>{assigned.length ? assigned.map((l) => `${l.topic_name}-${l.partition_id}`).join(', ') : <span className="muted">none</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
