'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { ComingSoon } from '@/components/clusters';
import { ErrorNotice } from '@/components/error-notice';
import { Badge, Card, DescriptionList, Loading } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { useQuery } from '@/lib/hooks';
import { topics } from '@/lib/resources';
import { useCluster } from '../../cluster-context';

export default function TopicPage() {
  const { clusterId, base } = useCluster();
  const { topicName: raw } = useParams<{ topicName: string }>();
  const topicName = decodeURIComponent(raw);
  const topic = useQuery(`topic:${clusterId}:${topicName}`, () => topics.get(clusterId, topicName));
  const configs = useQuery(`topic-configs:${clusterId}:${topicName}`, () => topics.configs(clusterId, topicName));

  if (isNotAvailable(topic.error)) return <ComingSoon what="Topics" />;
  const list = [...(configs.data?.data ?? [])].sort((a, b) => Number(a.is_default ?? false) - Number(b.is_default ?? false) || a.name.localeCompare(b.name));

  return (
    <div className="stack-lg">
      <Link href={`${base}/topics`} className="back-link">
        ← All topics
      </Link>
      <Card title={topicName}>
        {topic.error ? (
          <ErrorNotice error={topic.error} action="view this topic" onRetry={() => void topic.reload()} />
        ) : !topic.data ? (
          <Loading rows={2} />
        ) : (
          <DescriptionList
            items={[
              { term: 'Partitions', value: String(topic.data.partitions_count) },
              { term: 'Replication factor', value: String(topic.data.replication_factor) },
              { term: 'Internal', value: topic.data.is_internal ? 'Yes' : 'No' },
            ]}
          />
        )}
      </Card>
      <Card title="Configuration">
        {configs.error ? (
          <ErrorNotice error={configs.error} action="read topic configuration" onRetry={() => void configs.reload()} />
        ) : !configs.data ? (
          <Loading />
        ) : (
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
                    <td className="hide-sm muted">{c.source ?? (c.is_default ? 'default' : 'topic')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
