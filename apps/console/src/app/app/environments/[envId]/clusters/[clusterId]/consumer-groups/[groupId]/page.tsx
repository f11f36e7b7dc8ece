'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { ComingSoon } from '@/components/clusters';
import { count, GroupState } from '@/components/consumer-groups/group-state';
import { LagAlertBanner, LagAlertSettingsForm } from '@/components/consumer-groups/lag-alert';
import { LagChart } from '@/components/consumer-groups/lag-chart';
import { LagTable } from '@/components/consumer-groups/lag-table';
import { MembersTable } from '@/components/consumer-groups/members-table';
import { ResetOffsetsForm } from '@/components/consumer-groups/reset-offsets';
import { ErrorNotice } from '@/components/error-notice';
import { QueryBody } from '@/components/query-body';
import { useSession } from '@/components/session';
import { ButtonLink, Card, DescriptionList, EmptyState } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { hasActiveMembers, lagAlert, useAlertSettings, useConsumerGroup, useLagHistory, useRefreshGroup, useResetRefusal } from '@/lib/consumer-groups';
import { isNotAvailable } from '@/lib/errors';
import { useCluster } from '../../cluster-context';

export default function ConsumerGroupPage() {
  const { clusterId, base } = useCluster();
  const { canWrite } = useSession();
  const { groupId: raw } = useParams<{ groupId: string }>();
  const groupId = decodeURIComponent(raw);
  const { group, consumers, lags } = useConsumerGroup(clusterId, groupId);
  const { summary, samples, openedAt } = useLagHistory(clusterId, groupId);
  const [alertSettings, saveAlertSettings] = useAlertSettings(clusterId, groupId);
  const refresh = useRefreshGroup(clusterId, groupId);
  const active = hasActiveMembers(group.data, consumers.data?.data);
  const refusal = useResetRefusal(clusterId, groupId, active, canWrite);
  const alert = lagAlert(samples, alertSettings);
  const back = (
    <Link href={`${base}/consumer-groups`} className="back-link">
      ← All consumer groups
    </Link>
  );

  if (isNotAvailable(group.error)) return <ComingSoon what="Consumer groups" />;
  if (isApiError(group.error) && group.error.status === 404 && !group.data) {
    return (
      <div className="stack-lg">
        {back}
        <Card>
          <EmptyState title={`There is no consumer group ${groupId} on this cluster`} action={<ButtonLink href={`${base}/consumer-groups`}>Back to consumer groups</ButtonLink>}>
            A group exists while it has members or committed offsets; it may have expired after its offsets&apos; retention.
          </EmptyState>
        </Card>
      </div>
    );
  }
  const s = summary.data;

  return (
    <div className="stack-lg">
      {back}
      <LagAlertBanner alert={alert} />
      <Card title={groupId}>
        <QueryBody query={group} action="view this consumer group" loadingRows={2}>
          {group.data ? (
            <DescriptionList
              items={[
                { term: 'State', value: <GroupState state={group.data.state} /> },
                { term: 'Members', value: <span data-testid="member-count">{consumers.data ? consumers.data.data.length : '…'}</span> },
                { term: 'Total lag', value: <strong data-testid="total-lag">{s ? count(s.total_lag) : '…'}</strong> },
                { term: 'Largest lag', value: s ? (s.max_lag > 0 ? `${count(s.max_lag)} on ${s.max_lag_topic_name}-${s.max_lag_partition_id}` : 'none: caught up') : '…' },
                { term: 'Protocol', value: `${group.data.type === 'CONSUMER' ? 'Consumer (KIP-848)' : 'Classic'}${group.data.partition_assignor ? ` · ${group.data.partition_assignor}` : ''}` },
              ]}
            />
          ) : null}
        </QueryBody>
      </Card>
      <Card title="Lag since you opened this page">
        {summary.error ? <ErrorNotice error={summary.error} action="read consumer lag" onRetry={() => void summary.refetch()} compact={Boolean(s)} /> : null}
        <LagChart samples={samples} openedAt={openedAt} />
        <details className="stack-sm">
          <summary>Alert settings</summary>
          <LagAlertSettingsForm key={`${alertSettings.threshold}:${alertSettings.growingSamples}`} settings={alertSettings} onSave={saveAlertSettings} />
        </details>
      </Card>
      <Card title="Lag per partition">
        <QueryBody query={lags} action="read consumer lag" loadingRows={3}>
          <LagTable lags={lags.data?.data ?? []} />
        </QueryBody>
      </Card>
      <Card title="Members">
        <QueryBody query={consumers} action="list the group's members" loadingRows={2}>
          <MembersTable clusterId={clusterId} groupId={groupId} consumers={consumers.data?.data ?? []} lags={lags.data?.data ?? []} />
        </QueryBody>
      </Card>
      <Card title="Reset offsets">
        <ResetOffsetsForm
          clusterId={clusterId}
          groupId={groupId}
          lags={lags.data?.data ?? []}
          refusal={refusal}
          blockedFor={canWrite ? undefined : 'Viewers cannot reset offsets'}
          onReset={refresh}
        />
      </Card>
    </div>
  );
}
