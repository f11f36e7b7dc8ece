'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ComingSoon } from '@/components/clusters';
import { count, GroupState } from '@/components/consumer-groups/group-state';
import { ErrorNotice } from '@/components/error-notice';
import { QueryBody } from '@/components/query-body';
import { Card, EmptyState, Icon } from '@/components/ui';
import { useConsumerGroups, useGroupOverviews } from '@/lib/consumer-groups';
import { isNotAvailable } from '@/lib/errors';
import { useCluster } from '../cluster-context';

export default function ConsumerGroupsPage() {
  const { cluster, clusterId, base } = useCluster();
  const running = cluster.status?.phase === 'PROVISIONED';
  const q = useConsumerGroups(clusterId, running);
  const [filter, setFilter] = useState('');
  const all = [...(q.data?.data ?? [])].sort((a, b) => a.consumer_group_id.localeCompare(b.consumer_group_id));
  const overviews = useGroupOverviews(
    clusterId,
    all.map((g) => g.consumer_group_id),
  );

  if (!running) {
    return (
      <Card>
        <EmptyState icon={<Icon name="users" size={28} />} title="Consumer groups are available once the cluster is running">
          {cluster.status?.phase === 'FAILED' ? 'This cluster failed to provision.' : 'Provisioning is in progress: this page will be ready when it finishes.'}
        </EmptyState>
      </Card>
    );
  }
  if (isNotAvailable(q.error)) return <ComingSoon what="Consumer groups" />;

  const list = all.filter((g) => g.consumer_group_id.toLowerCase().includes(filter.toLowerCase()));
  const firstError = overviews.map((o) => o.summary.error ?? o.members.error).find(Boolean);

  return (
    <Card title={`Consumer groups${q.data ? ` (${all.length})` : ''}`}>
      <QueryBody
        query={q}
        action="list consumer groups"
        empty={
          all.length === 0 && (
            <EmptyState icon={<Icon name="users" size={28} />} title="No consumer groups yet">
              A group appears here when a consumer with a <code>group.id</code> joins it or commits offsets, using a cluster API key. Its members, lag and offsets then show on its
              own page. Groups whose consumers commit no offsets (or that read without a group) are not listed.
            </EmptyState>
          )
        }
      >
        <>
          {firstError ? <ErrorNotice error={firstError} action="read consumer lag" compact /> : null}
          <div className="toolbar">
            <input className="input input-search" type="search" placeholder="Filter groups" aria-label="Filter consumer groups by id" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          <div className="table-wrap">
            <table className="table" data-testid="consumer-groups-table">
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">State</th>
                  <th scope="col" className="num">
                    Members
                  </th>
                  <th scope="col" className="num">
                    Total lag
                  </th>
                  <th scope="col" className="hide-sm">
                    Largest lag
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((g) => {
                  const o = overviews.find((x) => x.groupId === g.consumer_group_id);
                  const s = o?.summary.data;
                  const members = o?.members.data?.data.length;
                  return (
                    <tr key={g.consumer_group_id} data-group={g.consumer_group_id}>
                      <td>
                        <Link className="row-title" href={`${base}/consumer-groups/${encodeURIComponent(g.consumer_group_id)}`}>
                          {g.consumer_group_id}
                        </Link>
                      </td>
                      <td>
                        <GroupState state={g.state} />
                      </td>
                      <td className="num" data-col="members">
                        {members === undefined ? '…' : members}
                      </td>
                      <td className="num" data-col="total-lag">
                        {s ? count(s.total_lag) : '…'}
                      </td>
                      <td className="hide-sm" data-col="max-lag">
                        {!s ? '…' : s.max_lag > 0 ? `${count(s.max_lag)} on ${s.max_lag_topic_name}-${s.max_lag_partition_id}` : <span className="muted">{s.max_lag_topic_name ? 'caught up' : 'no committed offsets'}</span>}
                      </td>
                    </tr>
                  );
                })}
                {list.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="muted center">
                      No group matches “{filter}”.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </>
      </QueryBody>
    </Card>
  );
}
