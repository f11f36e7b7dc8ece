'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Conditions, degradation } from '@/components/clusters';
import { BrokersTable, ClientConfig, ProvisioningProgress, parseBootstrap } from '@/components/cluster-connect';
import { ErrorNotice, FormError, fieldError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Button, Callout, Card, CopyButton, CopyValue, DescriptionList, Icon, SelectField, Spinner, TextField } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useAction } from '@/lib/hooks';
import { useClusterKeys } from '@/lib/queries';
import { apiKeys } from '@/lib/resources';
import type { ApiKey } from '@/lib/types';
import { useCluster } from './cluster-context';

function NewKeyForm({ clusterId, envId, onCreated, onCancel }: { clusterId: string; envId: string; onCreated: (k: ApiKey) => void; onCancel: () => void }) {
  const { me } = useSession();
  const [name, setName] = useState('');
  const a = useAction(() =>
    apiKeys.create({ display_name: name.trim(), description: `Kafka clients of ${clusterId}`, owner: { id: me.user.id }, resource: { id: clusterId, environment: envId } }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await a.run();
    if (r.ok) onCreated(r.value);
  };
  return (
    <form className="form form-inline" onSubmit={submit} noValidate aria-label="New cluster API key">
      <FormError error={a.error} action="create API keys" />
      <TextField label="Key name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. orders-service" optional maxLength={64} error={fieldError(a.error, 'display_name')} autoFocus />
      <div className="form-inline-action row-wrap">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" pending={a.pending}>
          Create key
        </Button>
      </div>
    </form>
  );
}

function Connect() {
  const { cluster, clusterId, envId } = useCluster();
  const { canWrite } = useSession();
  const keys = useClusterKeys(clusterId);
  const [selected, setSelected] = useState<string>('');
  const [created, setCreated] = useState<ApiKey | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useMemo(() => keys.data ?? [], [keys.data]);
  useEffect(() => {
    if (!selected && list.length > 0) setSelected(list[0].id);
  }, [list, selected]);
  const secret = created && created.id === selected ? created.spec.secret : undefined;

  return (
    <Card title="Connect a client" id="connect">
      <div className="stack">
        <p className="muted small">
          Kafka clients authenticate with a <strong>cluster API key</strong> over SASL (SCRAM-SHA-512): the key is the user name, its secret the password.
        </p>
        {keys.error ? <ErrorNotice error={keys.error} action="list API keys" onRetry={() => void keys.reload()} compact /> : null}
        <div className="key-picker">
          <SelectField
            label="API key"
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            disabled={list.length === 0}
            hint={list.length === 0 ? (keys.loading ? 'Loading keys…' : 'This cluster has no API keys yet: create one.') : undefined}
          >
            {list.length === 0 ? <option value="">No keys for this cluster</option> : null}
            {list.map((k) => (
              <option key={k.id} value={k.id}>
                {k.id}
                {k.spec.display_name ? ` · ${k.spec.display_name}` : ''}
              </option>
            ))}
          </SelectField>
          {!creating ? (
            <div className="key-picker-action">
              <Button onClick={() => setCreating(true)} disabled={!canWrite} title={canWrite ? undefined : 'Viewers cannot create API keys'}>
                <Icon name="plus" size={16} />
                Create a key for this cluster
              </Button>
            </div>
          ) : null}
        </div>
        {creating ? (
          <NewKeyForm
            clusterId={clusterId}
            envId={envId}
            onCancel={() => setCreating(false)}
            onCreated={(k) => {
              setCreated(k);
              setCreating(false);
              setSelected(k.id);
              keys.setData((prev) => [k, ...(prev ?? []).filter((x) => x.id !== k.id)]);
            }}
          />
        ) : null}
        {created?.spec.secret ? (
          <Callout tone="warning" title="Copy the secret now: you won't see it again">
            <div className="secret-box">
              <div className="secret-row">
                <span className="secret-label">API key</span>
                <code data-testid="api-key-id">{created.id}</code>
                <CopyButton value={created.id} label="Copy key" />
              </div>
              <div className="secret-row">
                <span className="secret-label">API secret</span>
                <code data-testid="api-key-secret" className="secret-value">
                  {created.spec.secret}
                </code>
                <CopyButton value={created.spec.secret} label="Copy secret" />
              </div>
            </div>
            <p className="small">Tributary keeps only a hash. The configuration below includes the secret until you leave this page.</p>
          </Callout>
        ) : null}
        <ClientConfig cluster={cluster} apiKey={selected || undefined} secret={secret} />
        <p className="muted small">
          Manage every key, and keys owned by service accounts, in <Link href="/app/api-keys">API keys</Link>.
        </p>
      </div>
    </Card>
  );
}

export default function ClusterOverview() {
  const { cluster, envId } = useCluster();
  const [justCreated, setJustCreated] = useState(false);
  useEffect(() => setJustCreated(new URLSearchParams(window.location.search).has('created')), []);
  const phase = cluster.status?.phase;
  const failed = phase === 'FAILED';
  const running = phase === 'PROVISIONED';
  const boot = parseBootstrap(cluster.spec.kafka_bootstrap_endpoint);
  const brokers = cluster.status?.brokers ?? [];
  const healthy = brokers.filter((b) => b.state === 'RUNNING').length;
  const resizing = cluster.status?.conditions?.find((c) => c.type === 'Resizing' && c.status === 'True');
  const degraded = degradation(cluster);

  return (
    <div className="stack-lg">
      {phase === 'PROVISIONING' ? (
        <Callout tone="info" title={justCreated ? 'Your cluster is being created' : 'Provisioning'}>
          <Spinner label="Starting the brokers. This page updates by itself; you can leave it and come back." />
        </Callout>
      ) : null}
      {phase === 'DEPROVISIONING' ? (
        <Callout tone="warning" title="Deleting">
          This cluster is being deleted. Its data and keys are going away.
        </Callout>
      ) : null}
      {degraded ? (
        <Callout tone="danger" title="Degraded">
          <span data-testid="degraded-reason">{degraded.message}</span>
          {/[.!?]$/.test(degraded.message) ? ' ' : '. '}
          Tributary is repairing it; clients may see errors or slower responses until then.
        </Callout>
      ) : null}
      {failed ? (
        <Callout tone="danger" title="Provisioning failed">
          {cluster.status?.failure_reason ?? 'Tributary could not create this cluster.'} Delete it from <Link href={`/app/environments/${envId}/clusters/${cluster.id}/settings`}>Settings</Link> and
          try again; if it fails again, contact support with the cluster id <code className="id">{cluster.id}</code>.
        </Callout>
      ) : null}

      {!running || resizing || degraded ? (
        <Card title={resizing ? 'Resizing' : degraded ? 'Status' : failed ? 'What happened' : 'Progress'}>
          {degraded && !resizing ? <Conditions conditions={cluster.status?.conditions} /> : <ProvisioningProgress cluster={cluster} />}
        </Card>
      ) : null}

      <div className="grid-2-3">
        <Card title="Bootstrap server">
          {boot ? (
            <div className="stack">
              <CopyValue value={boot.servers} label="bootstrap server" />
              <p className="muted small">
                Protocol <code>{boot.protocol}</code>, SASL mechanism <code>SCRAM-SHA-512</code>.
              </p>
            </div>
          ) : (
            <p className="muted">The bootstrap endpoint appears here once the brokers are running.</p>
          )}
        </Card>
        <Card title={`Brokers${brokers.length ? ` · ${healthy} of ${brokers.length} healthy` : ''}`}>
          <BrokersTable brokers={brokers} />
        </Card>
      </div>

      {running ? <Connect /> : null}

      <Card title="Details">
        <DescriptionList
          items={[
            { term: 'Cluster ID', value: <code className="id">{cluster.id}</code> },
            { term: 'Type', value: cluster.spec.config.kind },
            ...(cluster.spec.config.kind === 'Dedicated' ? [{ term: 'CKUs', value: `${cluster.status?.cku ?? '—'} running · ${cluster.spec.config.cku ?? '—'} requested` }] : []),
            { term: 'Cloud', value: cluster.spec.cloud === 'LOCAL' ? 'Local' : cluster.spec.cloud },
            { term: 'Region', value: cluster.spec.region },
            { term: 'Availability', value: cluster.spec.availability === 'MULTI_ZONE' ? 'Multi zone' : 'Single zone' },
            { term: 'Environment', value: <code className="id">{envId}</code> },
            { term: 'REST endpoint', value: cluster.spec.http_endpoint ? <code>{cluster.spec.http_endpoint}/kafka/v3/clusters/{cluster.id}</code> : '—' },
            { term: 'Created', value: formatDate(cluster.metadata?.created_at) },
          ]}
        />
      </Card>
    </div>
  );
}
