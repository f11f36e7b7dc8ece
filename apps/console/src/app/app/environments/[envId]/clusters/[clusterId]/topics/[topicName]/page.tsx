'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { ComingSoon } from '@/components/clusters';
import { QueryBody } from '@/components/query-body';
import { MessageBrowser } from '@/components/topic/message-browser';
import { ProduceMessage } from '@/components/topic/produce-message';
import { TopicConfigs } from '@/components/topic/topic-configs';
import { Badge, Card, DescriptionList } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { useQuery } from '@/lib/hooks';
import { topics } from '@/lib/resources';
import { useCluster } from '../../cluster-context';

export default function TopicPage() {
  const { clusterId, base } = useCluster();
  const { topicName: raw } = useParams<{ topicName: string }>();
  const topicName = decodeURIComponent(raw);
  const topic = useQuery(`topic:${clusterId}:${topicName}`, () => topics.get(clusterId, topicName));
  const partitions = useQuery(`topic-partitions:${clusterId}:${topicName}`, () => topics.partitions(clusterId, topicName));

  if (isNotAvailable(topic.error)) return <ComingSoon what="Topics" />;
  const partitionsCount = topic.data?.partitions_count ?? 0;

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
      {topic.data ? (
        <>
          <MessageBrowser clusterId={clusterId} topic={topicName} partitionsCount={partitionsCount} />
          <ProduceMessage clusterId={clusterId} topic={topicName} partitionsCount={partitionsCount} />
        </>
      ) : null}
      <TopicConfigs clusterId={clusterId} topic={topicName} />
    </div>
  );
}
