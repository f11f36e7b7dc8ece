'use client';

import Link from 'next/link';
import { useState } from 'react';
import { CopyValue, DescriptionList } from '@/components/ui';
import type { SchemaRegistryCluster } from '@/lib/schema-registry';

const KEY = '<registry API key>';
const SECRET = '<registry API secret>';

type Client = 'js' | 'java' | 'curl';
const CLIENTS: Array<{ id: Client; label: string }> = [
  { id: 'js', label: 'JavaScript' },
  { id: 'java', label: 'Java properties' },
  { id: 'curl', label: 'curl' },
];

function snippet(client: Client, url: string): string {
  switch (client) {
    case 'js':
      return [
        "import { SchemaRegistryClient } from '@confluentinc/schemaregistry';",
        '',
        'const registry = new SchemaRegistryClient({',
        `  baseURLs: ['${url}'],`,
        `  basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo: '${KEY}:${SECRET}' },`,
        '});',
      ].join('\n');
    case 'java':
      return [`schema.registry.url=${url}`, 'basic.auth.credentials.source=USER_INFO', `basic.auth.user.info=${KEY}:${SECRET}`].join('\n');
    case 'curl':
      return `curl -u '${KEY}:${SECRET}' ${url}/subjects`;
  }
}

/** The registry's endpoint, and what a client needs besides it: a key made for this registry. */
export function RegistryConnect({ registry }: { registry: SchemaRegistryCluster }) {
  const [client, setClient] = useState<Client>('js');
  const url = registry.spec.http_endpoint;
  return (
    <div className="stack">
      <DescriptionList
        items={[
          { term: 'Endpoint', value: <CopyValue value={url} label="registry endpoint" /> },
          { term: 'Registry id', value: <code>{registry.id}</code> },
          { term: 'API', value: "Confluent's Schema Registry REST API: Confluent's serializers and tools work given this URL and a registry key." },
        ]}
      />
      <div className="segmented" role="tablist" aria-label="Client">
        {CLIENTS.map((c) => (
          <button key={c.id} type="button" role="tab" aria-selected={c.id === client} className={`segment${c.id === client ? ' segment-active' : ''}`} onClick={() => setClient(c.id)}>
            {c.label}
          </button>
        ))}
      </div>
      <div className="code-wrap">
        <pre className="code-block">{snippet(client, url)}</pre>
      </div>
      <p className="muted small">
        Clients authenticate with an API key whose resource is this registry (HTTP Basic, key and secret). The{' '}
        <Link href="/app/api-keys">API keys page</Link> creates Cloud and cluster keys only for now: registry keys cannot be created from the console or{' '}
        <code>POST /iam/v2/api-keys</code> yet. Cloud and cluster keys are refused here. In the console you use the registry with your own sign-in.
      </p>
    </div>
  );
}
