'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { ComingSoon } from '@/components/clusters';
import { QueryBody } from '@/components/query-body';
import { Badge, Card, DescriptionList } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { useQuery } from '@/lib/hooks';
import { topics } from '@/lib/resources';
import { useCluster } from '../../cluster-context';

const SOURCES: Record<string, string> = {
  TOPIC_CONFIG: 'Set on this topic',
  DYNAMIC_TOPIC_CONFIG: 'Set on this topic',
  DYNAMIC_DEFAULT_BROKER_CONFIG: 'Cluster default',
  DYNAMIC_BROKER_CONFIG: 'Broker setting',
  STATIC_BROKER_CONFIG: 'Broker setting',
  DEFAULT_CONFIG: 'Kafka default',
};
function sourceLabel(source: string | undefined, isDefault: boolean | undefined): string {
  if (source) return SOURCES[source] ?? source;
  return isDefault ? 'Kafka default' : 'Set on this topic';
}

export default function TopicPage() {
  const { clusterId, base } = useCluster();
  const { topicName: raw } = useParams<{ topicName: string }>();
  const topicName = decodeURIComponent(raw);
  const topic = useQuery(`topic:${clusterId}:${topicName}`, () => topics.get(clusterId, topicName));
  const configs = useQuery(`topic-configs:${clusterId}:${topicName}`, () => topics.configs(clusterId, topicName));
  const partitions = useQuery(`topic-partitions:${clusterId}:${topicName}`, () => topics.partitions(clusterId, topicName));

  if (isNotAvailable(topic.error)) return <ComingSoon what="Topics" />;
  const list = [...(configs.data?.data ?? [])].sort((a, b) => Number(a.is_default ?? false) - Number(b.is_default ?? false) || a.name.localeCompare(b.name));

  return (
    <div className="stack-lg">
      <Link href={`${base}/topics`} className="back-link">
        ← All topics
      </Link>
      <Card title={topicName}>
        <QueryBody query={topic} action="view this topic" loadingRows={2}>
          {topic.data ? (
          <DescriptionList
            items={[
              { term: 'Partitions', value: String(topic.data.partitions_count) },
              { term: 'Replication factor', value: String(topic.data.replication_factor) },
              { term: 'Internal', value: topic.data.is_internal ? 'Yes' : 'No' },
            ]}
          />
          ) : null}
        </QueryBody>
      </Card>
      <Card title="Partitions">
        <QueryBody query={partitions} action="read partitions" loadingRows={2}>
          <div className="table-wrap">
            <table className="table table-dense">
              <thead>
                <tr>
                  <th scope="col">Partition</th>
                  <th scope="col">Leader</th>
                  <th scope="col">Replicas</th>
                  <th scope="col">In sync</th>
                </tr>
              </thead>
              <tbody>
                {(partitions.data?.data ?? []).map((p) => {
                  const replicas = p.replica_ids ?? [];
                  const isr = p.isr_ids ?? [];
                  const under = isr.length < replicas.length;
                  return (
                    <tr key={p.partition_id}>
                      <td>{p.partition_id}</td>
                      <td>{p.leader_id !== null && p.leader_id >= 0 ? `#${p.leader_id}` : <Badge tone="danger">none</Badge>}</td>
                      <td>{replicas.map((r) => `#${r}`).join(', ')}</td>
                      <td>
                        {isr.map((r) => `#${r}`).join(', ')} {under ? <Badge tone="warning">under-replicated</Badge> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </QueryBody>
      </Card>
      <Card title="Configuration">
        <QueryBody query={configs} action="read topic configuration">
          <div className="table-wrap">
            <table className="table table-dense">
              <thead>
                <tr>
                  <th scope="col">Setting</th>
                  <th scope="col">Value</th>
                  <th scope="col" className="hide-sm">
                    Source
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.name}>
                    <td>
                      <code>{c.name}</code>
                    </td>
                    <td>
                      {c.is_sensitive ? <span className="muted">hidden</span> : <code>{c.value ?? '—'}</code>}{' '}
                      {!c.is_default ? <Badge tone="info">custom</Badge> : null}
                    </td>
                    <td className="hide-sm muted">{sourceLabel(c.source, c.is_default)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </QueryBody>
      </Card>
    </div>
  );
}
