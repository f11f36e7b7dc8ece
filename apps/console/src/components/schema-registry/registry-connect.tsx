'use client';

import Link from 'next/link';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorNotice, FormError, fieldError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Button, Callout, CopyButton, CopyValue, DescriptionList, Icon, SelectField, TextField } from '@/components/ui';
import { useAction } from '@/lib/hooks';
import { useRegistryKeys, type SchemaRegistryCluster } from '@/lib/schema-registry';
import { apiKeys } from '@/lib/resources';
import type { ApiKey } from '@/lib/types';

const KEY = '<registry API key>';
const SECRET = '<registry API secret>';

type Client = 'js' | 'java' | 'curl';
const CLIENTS: Array<{ id: Client; label: string }> = [
  { id: 'js', label: 'JavaScript' },
  { id: 'java', label: 'Java properties' },
  { id: 'curl', label: 'curl' },
];

function snippet(client: Client, url: string, key: string, secret: string): string {
  switch (client) {
    case 'js':
      return [
        "import { SchemaRegistryClient } from '@confluentinc/schemaregistry';",
        '',
        'const registry = new SchemaRegistryClient({',
        `  baseURLs: ['${url}'],`,
        `  basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo: '${key}:${secret.replace(/'/g, "\\'")}' },`,
        '});',
      ].join('\n');
    case 'java':
      return [`schema.registry.url=${url}`, 'basic.auth.credentials.source=USER_INFO', `basic.auth.user.info=${key}:${secret}`].join('\n');
    case 'curl':
      return `curl -u '${key}:${secret.replace(/'/g, "'\\''")}' ${url}/subjects`;
  }
}

function NewRegistryKey({ registry, onCreated, onCancel }: { registry: SchemaRegistryCluster; onCreated: (k: ApiKey) => void; onCancel: () => void }) {
  const { me } = useSession();
  const [name, setName] = useState('');
  const a = useAction(() =>
    apiKeys.create({
      display_name: name.trim(),
      description: `Schema Registry clients of ${registry.id}`,
      owner: { id: me.user.id },
      resource: { id: registry.id, environment: registry.spec.environment.id },
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await a.run();
    if (r.ok) onCreated(r.value);
  };
  return (
    <form className="form form-inline" onSubmit={submit} noValidate aria-label="New registry API key">
      <FormError error={a.error} action="create API keys" />
      <TextField label="Key name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. orders-serializer" optional maxLength={64} error={fieldError(a.error, 'display_name')} autoFocus />
      <div className="form-inline-action row-wrap">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" pending={a.pending}>
          Create key
        </Button>
      </div>
    </form>
  );
}

/**
 * The registry's endpoint, and what a client needs besides it: an API key whose resource is this
 * registry (Cloud and cluster keys are refused here), created in place; the secret is shown once.
 */
export function RegistryConnect({ registry }: { registry: SchemaRegistryCluster }) {
  const { canWrite } = useSession();
  const keys = useRegistryKeys(registry.id);
  const [client, setClient] = useState<Client>('js');
  const [selected, setSelected] = useState('');
  const [created, setCreated] = useState<ApiKey | null>(null);
  const [creating, setCreating] = useState(false);
  const list = keys.data ?? [];
  useEffect(() => {
    const first = keys.data?.[0];
    if (!selected && first) setSelected(first.id);
  }, [keys.data, selected]);
  const url = registry.spec.http_endpoint;
  const secret = created && created.id === selected ? created.spec.secret : undefined;
  return (
    <div className="stack">
      <DescriptionList
        items={[
          { term: 'Endpoint', value: <CopyValue value={url} label="registry endpoint" /> },
          { term: 'Registry id', value: <code>{registry.id}</code> },
        ]}
      />
      <p className="muted small">
        Confluent&apos;s Schema Registry REST API: Confluent&apos;s serializers and tools work given this URL and a <strong>registry API key</strong> (HTTP Basic, key
        and secret). Cloud and cluster keys are refused here; in the console you use the registry with your own sign-in.
      </p>
      {keys.error ? <ErrorNotice error={keys.error} action="list API keys" onRetry={() => void keys.reload()} compact /> : null}
      <div className="key-picker">
        <SelectField
          label="Registry API key"
          value={selected}
          onChange={(e) => setSelected(e.target.value)}
          disabled={list.length === 0}
          hint={list.length === 0 ? (keys.loading ? 'Loading keys…' : 'This registry has no API keys yet: create one.') : undefined}
        >
          {list.length === 0 ? <option value="">No keys for this registry</option> : null}
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
              Create a registry key
            </Button>
          </div>
        ) : null}
      </div>
      {creating ? (
        <NewRegistryKey
          registry={registry}
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
              <code data-testid="registry-key-id">{created.id}</code>
              <CopyButton value={created.id} label="Copy key" />
            </div>
            <div className="secret-row">
              <span className="secret-label">API secret</span>
              <code data-testid="registry-key-secret" className="secret-value">
                {created.spec.secret}
              </code>
              <CopyButton value={created.spec.secret} label="Copy secret" />
            </div>
          </div>
        </Callout>
      ) : null}
      <div className="segmented" role="tablist" aria-label="Client">
        {CLIENTS.map((c) => (
          <button key={c.id} type="button" role="tab" aria-selected={c.id === client} className={`segment${c.id === client ? ' segment-active' : ''}`} onClick={() => setClient(c.id)}>
            {c.label}
          </button>
        ))}
      </div>
      <div className="code-wrap">
        <pre className="code-block" data-testid="registry-client-config">
          {snippet(client, url, selected || KEY, secret ?? SECRET)}
        </pre>
      </div>
      <p className="muted small">
        Every key, with its owner, is also on the <Link href="/app/api-keys">API keys page</Link> (which creates Cloud and cluster keys).
      </p>
    </div>
  );
}
