'use client';

import Link from 'next/link';
import { QueryBody } from '@/components/query-body';
import { topicOfSubject, useWhereUsed } from '@/lib/schema-registry';

/**
 * Where a subject is used, by the topic name strategy (Confluent's serializers' default): subject
 * `<topic>-value` (or `-key`) holds the schemas of topic `<topic>`. Lists the topics of that name in
 * the environment's clusters, and says so when there is none.
 */
export function WhereUsed({ envId, subject }: { envId: string; subject: string }) {
  const parsed = topicOfSubject(subject);
  const q = useWhereUsed(envId, parsed?.topic ?? null);
  if (!parsed) {
    return (
      <p className="muted" data-testid="where-used">
        <code>{subject}</code> does not end in <code>-key</code> or <code>-value</code>, so it is not named by the topic name strategy: it may be used under the record
        name strategy (or another), which the console cannot trace to a topic.
      </p>
    );
  }
  const part = parsed.part === 'key' ? 'keys' : 'values';
  return (
    <div className="stack-sm" data-testid="where-used">
      <p className="muted small">
        By the topic name strategy, this subject holds the schemas of the {part} of topic <code>{parsed.topic}</code>.
      </p>
      <QueryBody query={q} action="list the topics of this environment" loadingRows={2}>
        {q.data ? (
          <>
            {q.data.topics.length ? (
              <ul className="stack-sm">
                {q.data.topics.map((t) => (
                  <li key={t.clusterId}>
                    <Link className="row-title" href={`/app/environments/${encodeURIComponent(envId)}/clusters/${encodeURIComponent(t.clusterId)}/topics/${encodeURIComponent(t.topic)}`}>
                      {t.topic}
                    </Link>{' '}
                    <span className="muted small">
                      in {t.clusterName} (<code>{t.clusterId}</code>)
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                No topic named <code>{parsed.topic}</code> exists in this environment&apos;s {q.data.unchecked.length ? 'running ' : ''}clusters.
              </p>
            )}
            {q.data.unchecked.length ? (
              <p className="muted small">
                Not checked: {q.data.unchecked.map((u) => `${u.clusterName} (${u.reason})`).join('; ')}.
              </p>
            ) : null}
          </>
        ) : null}
      </QueryBody>
    </div>
  );
}
