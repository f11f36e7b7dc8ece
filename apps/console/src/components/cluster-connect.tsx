'use client';

import { useId, useState } from 'react';
import type { Broker, Cluster, Condition } from '@/lib/types';
import { Badge, CopyButton, Icon } from './ui';
import { formatDate } from '@/lib/format';

/** "SASL_PLAINTEXT://h1:p1,h2:p2" → protocol and the host:port list clients want. */
export function parseBootstrap(endpoint: string | undefined): { protocol: string; servers: string } | null {
  if (!endpoint) return null;
  const m = /^([A-Za-z_]+):\/\/(.*)$/.exec(endpoint.trim());
  return m ? { protocol: m[1].toUpperCase(), servers: m[2] } : { protocol: 'SASL_SSL', servers: endpoint.trim() };
}

export const SECRET_PLACEHOLDER = '<API secret>';
export const KEY_PLACEHOLDER = '<API key>';

type Format = 'java' | 'kafkajs' | 'kcat';
const FORMATS: Array<{ id: Format; label: string; hint: string }> = [
  { id: 'java', label: 'Java properties', hint: 'For the Java client, Kafka Connect, Kafka Streams and the kafka-*.sh tools (--command-config).' },
  { id: 'kafkajs', label: 'KafkaJS', hint: 'Node.js, with the kafkajs package.' },
  { id: 'kcat', label: 'kcat', hint: 'Lists the cluster’s metadata; add -t <topic> -P to produce or -C to consume.' },
];

/** Kafka authenticates cluster API keys with SCRAM-SHA-512: the key id is the user name, its secret the password. */
export function clientConfig(format: Format, servers: string, protocol: string, key: string, secret: string): string {
  const list = servers.split(',').filter(Boolean);
  const q = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  switch (format) {
    case 'java':
      return [
        `bootstrap.servers=${servers}`,
        `security.protocol=${protocol}`,
        'sasl.mechanism=SCRAM-SHA-512',
        `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${q(key)}" password="${q(secret)}";`,
        '# Recommended for durability',
        'acks=all',
        'client.dns.lookup=use_all_dns_ips',
      ].join('\n');
    case 'kafkajs':
      return [
        "const { Kafka } = require('kafkajs');",
        '',
        'const kafka = new Kafka({',
        "  clientId: 'my-app',",
        `  brokers: [${list.map((b) => `'${b}'`).join(', ')}],`,
        `  ssl: ${protocol === 'SASL_SSL' ? 'true' : 'false'},`,
        `  sasl: { mechanism: 'scram-sha-512', username: '${key}', password: '${secret.replace(/'/g, "\\'")}' },`,
        '});',
      ].join('\n');
    case 'kcat':
      return [
        `kcat -b ${servers} \\`,
        `  -X security.protocol=${protocol} -X sasl.mechanism=SCRAM-SHA-512 \\`,
        `  -X sasl.username=${key} -X 'sasl.password=${secret.replace(/'/g, "'\\''")}' \\`,
        '  -L',
      ].join('\n');
  }
}

/** Ready-to-paste configuration for one API key, in the user's client's format. */
export function ClientConfig({ cluster, apiKey, secret }: { cluster: Cluster; apiKey: string | undefined; secret: string | undefined }) {
  const [format, setFormat] = useState<Format>('java');
  const id = useId();
  const boot = parseBootstrap(cluster.spec.kafka_bootstrap_endpoint);
  if (!boot) return <p className="muted">The configuration appears here once the cluster is running.</p>;
  const text = clientConfig(format, boot.servers, boot.protocol, apiKey ?? KEY_PLACEHOLDER, secret ?? SECRET_PLACEHOLDER);
  const info = FORMATS.find((f) => f.id === format) ?? FORMATS[0];
  return (
    <div className="stack">
      <div className="segmented" role="tablist" aria-label="Client">
        {FORMATS.map((f) => (
          <button
            key={f.id}
            type="button"
            role="tab"
            id={`${id}-${f.id}`}
            aria-selected={f.id === format}
            aria-controls={`${id}-panel`}
            className={`segment${f.id === format ? ' segment-active' : ''}`}
            onClick={() => setFormat(f.id)}
          >
            {f.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${format}`} className="stack-sm">
        <p className="muted small">{info.hint}</p>
        <div className="code-wrap">
          <pre className="code-block" data-testid={`client-config-${format}`}>
            {text}
          </pre>
          <div className="code-copy">
            <CopyButton value={text} label="Copy" name={`Copy ${info.label} configuration`} />
          </div>
        </div>
        {secret ? null : (
          <p className="muted small">
            Replace <code>{SECRET_PLACEHOLDER}</code> with the key&apos;s secret: Tributary showed it once, when the key was created.
          </p>
        )}
      </div>
    </div>
  );
}

const STEPS: Array<{ type: string; label: string }> = [
  { type: 'NodesReady', label: 'Start brokers' },
  { type: 'BrokersRegistered', label: 'Brokers join the cluster' },
  { type: 'Ready', label: 'Accept clients' },
];

function fraction(message: string | undefined): number | null {
  const m = message ? /(\d+) of (\d+)/.exec(message) : null;
  if (!m) return null;
  const total = Number(m[2]);
  return total > 0 ? Number(m[1]) / total : null;
}

/** Provisioning as steps, from the cluster's conditions, with an overall progress bar. */
export function ProvisioningProgress({ cluster }: { cluster: Cluster }) {
  const conditions = cluster.status?.conditions ?? [];
  const by = new Map(conditions.map((c) => [c.type, c] as const));
  const failed = cluster.status?.phase === 'FAILED';
  const resizing = by.get('Resizing');
  let progress = 0.1; // accepted
  const rows = STEPS.map((s, i) => {
    const c = by.get(s.type);
    const done = c?.status === 'True';
    const frac = done ? 1 : fraction(c?.message) ?? 0;
    progress += (0.9 / STEPS.length) * frac;
    const previousDone = i === 0 || by.get(STEPS[i - 1].type)?.status === 'True';
    const state: 'done' | 'active' | 'failed' | 'waiting' = done ? 'done' : failed && previousDone ? 'failed' : previousDone ? 'active' : 'waiting';
    return { ...s, c, state };
  });
  if (cluster.status?.phase === 'PROVISIONED') progress = 1;
  const pct = Math.round(progress * 100);
  return (
    <div className="stack">
      <div className="progress" role="progressbar" aria-label="Provisioning progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className={`progress-bar${failed ? ' progress-bar-failed' : ''}`} style={{ width: `${pct}%` }} />
      </div>
      <ol className="steps">
        <li className="step step-done">
          <StepMark state="done" />
          <div>
            <div className="step-label">Request accepted</div>
            <div className="cell-sub">{formatDate(cluster.metadata?.created_at)}</div>
          </div>
        </li>
        {rows.map((r) => (
          <li key={r.type} className={`step step-${r.state}`}>
            <StepMark state={r.state} />
            <div>
              <div className="step-label">
                {r.label}
                <span className="sr-only">: {r.state === 'done' ? 'done' : r.state === 'active' ? 'in progress' : r.state === 'failed' ? 'failed' : 'waiting'}</span>
              </div>
              {r.c?.message && r.state !== 'waiting' ? <div className="step-message">{r.c.message}</div> : null}
            </div>
          </li>
        ))}
        {resizing ? <ConditionStep c={resizing} /> : null}
      </ol>
    </div>
  );
}

function ConditionStep({ c }: { c: Condition }) {
  const state = c.status === 'True' ? 'active' : 'done';
  return (
    <li className={`step step-${state}`}>
      <StepMark state={state} />
      <div>
        <div className="step-label">{c.status === 'True' ? `Resizing (${c.reason})` : 'Resized'}</div>
        {c.message ? <div className="step-message">{c.message}</div> : null}
      </div>
    </li>
  );
}

function StepMark({ state }: { state: 'done' | 'active' | 'failed' | 'waiting' }) {
  return (
    <span className="step-mark" aria-hidden="true">
      {state === 'done' ? <Icon name="check" size={14} /> : state === 'active' ? <span className="spinner spinner-xs" /> : state === 'failed' ? <Icon name="x" size={14} /> : null}
    </span>
  );
}

export function brokerHealth(b: Broker): { tone: 'success' | 'warning' | 'danger' | 'neutral'; label: string } {
  switch (b.state) {
    case 'RUNNING':
      return { tone: 'success', label: 'Healthy' };
    case 'STARTING':
    case 'PENDING':
      return { tone: 'warning', label: 'Starting' };
    case 'STOPPED':
    case 'FAILED':
    case 'DEAD':
      return { tone: 'danger', label: b.state === 'STOPPED' ? 'Stopped' : 'Down' };
    default:
      return { tone: 'neutral', label: b.state.charAt(0) + b.state.slice(1).toLowerCase() };
  }
}

export function BrokersTable({ brokers }: { brokers: Broker[] }) {
  if (brokers.length === 0) return <p className="muted">Brokers appear here as they start.</p>;
  return (
    <div className="table-wrap">
      <table className="table table-dense">
        <thead>
          <tr>
            <th scope="col">Broker</th>
            <th scope="col">Health</th>
            <th scope="col">Address</th>
            <th scope="col" className="hide-sm">
              Zone
            </th>
            <th scope="col" className="hide-sm">
              Role
            </th>
          </tr>
        </thead>
        <tbody>
          {brokers.map((b) => {
            const h = brokerHealth(b);
            return (
              <tr key={b.id}>
                <td>
                  <strong>#{b.id}</strong>
                </td>
                <td>
                  <Badge tone={h.tone} dot>
                    {h.label}
                  </Badge>
                </td>
                <td>
                  <code>
                    {b.host}:{b.port}
                  </code>
                </td>
                <td className="hide-sm">{b.zone}</td>
                <td className="hide-sm muted">{b.controller ? 'Controller' : 'Broker'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
