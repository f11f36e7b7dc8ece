'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { ComingSoon, PhaseBadge, cloudLabel, degradation, kindLabel } from '@/components/clusters';
import { LoadMore, QueryBody } from '@/components/query-body';
import { useSession } from '@/components/session';
import { useEnvironments } from '@/components/shell';
import { Button, ButtonLink, Card, EmptyState, Icon, PageHeader } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { useClusterList } from '@/lib/queries';
import type { Cluster } from '@/lib/types';

function brokerSummary(c: Cluster): string {
  const brokers = c.status?.brokers ?? [];
  if (c.status?.phase === 'DEPROVISIONING') return 'Stopping';
  if (brokers.length === 0) return c.status?.phase === 'PROVISIONING' ? 'Starting…' : '—';
  const up = brokers.filter((b) => b.state === 'RUNNING').length;
  return up === brokers.length ? `${up} healthy` : `${up} of ${brokers.length} healthy`;
}

export default function ClustersPage() {
  const { envId } = useParams<{ envId: string }>();
  const { environments, loading: envLoading } = useEnvironments();
  const { canWrite } = useSession();
  const env = environments.find((e) => e.id === envId);
  const q = useClusterList(envId);
  const list = q.data ?? [];
  const unknownEnv = !envLoading && environments.length > 0 && !env;

  return (
    <div className="page">
      <PageHeader
        eyebrow={env ? `Environment · ${env.display_name}` : 'Environment'}
        title="Kafka clusters"
        description="Each cluster is a managed Apache Kafka deployment with its own bootstrap endpoint, topics and keys."
        actions={
          isNotAvailable(q.error) || unknownEnv ? null : canWrite ? (
            <ButtonLink href={`/app/environments/${envId}/clusters/new`} variant="primary">
              <Icon name="plus" size={16} />
              Create cluster
            </ButtonLink>
          ) : (
            <div className="action-with-note">
              <Button variant="primary" disabled aria-describedby="viewer-note">
                <Icon name="plus" size={16} />
                Create cluster
              </Button>
              <span id="viewer-note" className="muted small">
                Viewers can&apos;t create clusters
              </span>
            </div>
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
      ) : (
        <QueryBody
          query={q}
          action="list clusters"
          frame={(n) => <Card>{n}</Card>}
          empty={
            list.length === 0 && (
              <Card>
          <EmptyState
            icon={<Icon name="cluster" size={28} />}
            title={`No clusters in ${env?.display_name ?? 'this environment'} yet`}
            action={
              canWrite ? (
                <ButtonLink href={`/app/environments/${envId}/clusters/new`} variant="primary">
                  Create your first cluster
                </ButtonLink>
              ) : undefined
            }
          >
            {canWrite ? null : 'Your role is Viewer: ask an Organization admin or an Operator to create one. '}A Basic cluster is the quickest way to start: single zone, pay as you go. You can create Standard or Dedicated clusters for production.
          </EmptyState>
              </Card>
            )
          }
        >
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
                <PhaseBadge cluster={c} />
              </div>
              {degradation(c) ? <p className="cluster-card-alert">{degradation(c)?.message}</p> : null}
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
                  <dt>Brokers</dt>
                  <dd>{brokerSummary(c)}</dd>
                </div>
              </dl>
            </Link>
          ))}
        </div>
        <LoadMore query={q} noun="clusters" />
        </QueryBody>
      )}
    </div>
  );
}
