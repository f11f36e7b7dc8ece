'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { ComingSoon, PhaseBadge, cloudLabel, isBusy, kindLabel } from '@/components/clusters';
import { ErrorNotice } from '@/components/error-notice';
import { useEnvironments } from '@/components/shell';
import { ButtonLink, Card, EmptyState, Icon, Loading, PageHeader } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { isNotAvailable } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useQuery } from '@/lib/hooks';
import { clusters } from '@/lib/resources';

export default function ClustersPage() {
  const { envId } = useParams<{ envId: string }>();
  const { environments, loading: envLoading } = useEnvironments();
  const env = environments.find((e) => e.id === envId);
  const q = useQuery(`clusters:${envId}`, () => clusters.list(envId), {
    pollMs: (d) => (d?.data.some((c) => isBusy(c)) ? 4000 : false),
  });
  const list = q.data?.data ?? [];
  const unknownEnv = !envLoading && environments.length > 0 && !env;

  return (
    <div className="page">
      <PageHeader
        eyebrow={env ? `Environment · ${env.display_name}` : 'Environment'}
        title="Kafka clusters"
        description="Each cluster is a managed Apache Kafka deployment with its own bootstrap endpoint, topics and keys."
        actions={
          isNotAvailable(q.error) || unknownEnv ? null : (
            <ButtonLink href={`/app/environments/${envId}/clusters/new`} variant="primary">
              <Icon name="plus" size={16} />
              Create cluster
            </ButtonLink>
          )
        }
      />
      {unknownEnv ? (
        <Card>
          <EmptyState title="This environment doesn't exist" action={<ButtonLink href="/app/environments">See your environments</ButtonLink>}>
            It may have been deleted, or it belongs to another organization.
          </EmptyState>
        </Card>
      ) : isNotAvailable(q.error) ? (
        <ComingSoon what="Kafka clusters">
          <p>
            Cluster provisioning isn&apos;t enabled on this Tributary deployment yet. Meanwhile you can organize <Link href="/app/environments">environments</Link>,
            create <Link href="/app/service-accounts">service accounts</Link> and <Link href="/app/api-keys">API keys</Link>, and invite your{' '}
            <Link href="/app/team">team</Link>.
          </p>
        </ComingSoon>
      ) : q.error && !(isApiError(q.error) && q.data) ? (
        <Card>
          <ErrorNotice error={q.error} action="list clusters" onRetry={() => void q.reload()} />
        </Card>
      ) : q.loading && !q.data ? (
        <Card>
          <Loading />
        </Card>
      ) : list.length === 0 ? (
        <Card>
          <EmptyState
            icon={<Icon name="cluster" size={28} />}
            title={`No clusters in ${env?.display_name ?? 'this environment'} yet`}
            action={
              <ButtonLink href={`/app/environments/${envId}/clusters/new`} variant="primary">
                Create your first cluster
              </ButtonLink>
            }
          >
            A Basic cluster is the quickest way to start: single zone, pay as you go. You can create Standard or Dedicated clusters for production.
          </EmptyState>
        </Card>
      ) : (
        <div className="cluster-grid">
          {list.map((c) => (
            <Link key={c.id} href={`/app/environments/${envId}/clusters/${c.id}`} className="cluster-card">
              <div className="cluster-card-head">
                <span className="cluster-card-icon" aria-hidden="true">
                  <Icon name="cluster" size={20} />
                </span>
                <div className="cluster-card-title">
                  <strong>{c.spec.display_name}</strong>
                  <code className="id">{c.id}</code>
                </div>
                <PhaseBadge phase={c.status?.phase} />
              </div>
              <dl className="cluster-card-meta">
                <div>
                  <dt>Type</dt>
                  <dd>{kindLabel(c)}</dd>
                </div>
                <div>
                  <dt>Cloud</dt>
                  <dd>{cloudLabel(c)}</dd>
                </div>
                <div>
                  <dt>Availability</dt>
                  <dd>{c.spec.availability === 'MULTI_ZONE' ? 'Multi zone' : 'Single zone'}</dd>
                </div>
                <div>
                  <dt>Created</dt>
                  <dd>{formatDate(c.metadata?.created_at)}</dd>
                </div>
              </dl>
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
