'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ComingSoon } from '@/components/clusters';
import { ConfirmDialog } from '@/components/confirm';
import { useSession } from '@/components/session';
import { FormError, fieldError } from '@/components/error-notice';
import { QueryBody } from '@/components/query-body';
import { Badge, Button, Card, EmptyState, Icon, Modal, SelectField, TextField } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { useAction } from '@/lib/hooks';
import { useClusterOfferings, useTopics } from '@/lib/queries';
import { topics } from '@/lib/resources';
import type { Topic } from '@/lib/types';
import { useCluster } from '../cluster-context';

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

const RETENTION = [
  { value: '3600000', label: '1 hour' },
  { value: '86400000', label: '1 day' },
  { value: '604800000', label: '7 days (default)' },
  { value: '2592000000', label: '30 days' },
  { value: '-1', label: 'Forever' },
];

function CreateTopicDialog({ clusterId, maxPartitions, onClose, onCreated }: { clusterId: string; maxPartitions: number | undefined; onClose: () => void; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [partitions, setPartitions] = useState(6);
  const [retention, setRetention] = useState('604800000');
  const [cleanup, setCleanup] = useState('delete');
  const [touched, setTouched] = useState(false);
  const local = {
    name: !name ? 'Name the topic' : TOPIC_NAME.test(name) ? undefined : "Use letters, digits, '.', '_' and '-' only (up to 249)",
    partitions:
      Number.isInteger(partitions) && partitions >= 1 && (maxPartitions === undefined || partitions <= maxPartitions)
        ? undefined
        : maxPartitions === undefined
          ? 'At least 1 partition'
          : `Between 1 and ${maxPartitions.toLocaleString('en-US')} partitions`,
  };
  const a = useAction(() =>
    topics.create(clusterId, {
      topic_name: name,
      partitions_count: partitions,
      configs: [
        { name: 'retention.ms', value: retention },
        { name: 'cleanup.policy', value: cleanup },
      ],
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (local.name || local.partitions) return;
    const r = await a.run();
    if (r.ok) {
      onCreated();
      onClose();
    }
  };
  return (
    <Modal open title="New topic" onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={a.error} action="create topics" />
        <TextField
          label="Topic name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="orders.v1"
          error={(touched ? local.name : undefined) ?? fieldError(a.error, 'topic_name')}
          autoFocus
          spellCheck={false}
        />
        <TextField
          label="Partitions"
          type="number"
          min={1}
          max={maxPartitions}
          value={String(partitions)}
          onChange={(e) => setPartitions(Number.parseInt(e.target.value, 10) || 0)}
          error={(touched ? local.partitions : undefined) ?? fieldError(a.error, 'partitions_count')}
          hint="More partitions allow more parallel consumers. You can add partitions later, never remove them. Replicas follow the cluster type."
        />
        <div className="grid-2 grid-tight">
          <SelectField label="Retention" value={retention} onChange={(e) => setRetention(e.target.value)}>
            {RETENTION.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Cleanup policy" value={cleanup} onChange={(e) => setCleanup(e.target.value)} hint={cleanup === 'compact' ? 'Keeps the latest value per key.' : 'Deletes old messages after the retention time.'}>
            <option value="delete">Delete</option>
            <option value="compact">Compact</option>
            <option value="delete,compact">Delete and compact</option>
          </SelectField>
        </div>
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" pending={a.pending}>
            Create topic
          </Button>
        </div>
      </form>
    </Modal>
  );
}

export default function TopicsPage() {
  const { cluster, clusterId, base } = useCluster();
  const { canWrite } = useSession();
  const running = cluster.status?.phase === 'PROVISIONED';
  const q = useTopics(clusterId, running);
  // The cluster's partition limit, from the catalog (the API enforces it either way).
  const offerings = useClusterOfferings();
  const maxPartitions = offerings.data?.kinds.find((k) => k.kind === cluster.spec.config.kind)?.max_partitions;
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Topic | null>(null);
  const [showInternal, setShowInternal] = useState(false);
  const [filter, setFilter] = useState('');

  if (!running) {
    return (
      <Card>
        <EmptyState icon={<Icon name="topic" size={28} />} title="Topics are available once the cluster is running">
          {cluster.status?.phase === 'FAILED' ? 'This cluster failed to provision.' : 'Provisioning is in progress: this page will be ready when it finishes.'}
        </EmptyState>
      </Card>
    );
  }
  if (isNotAvailable(q.error)) return <ComingSoon what="Topics" />;

  const all = q.data?.data ?? [];
  const list = all.filter((t) => (showInternal || !t.is_internal) && t.topic_name.toLowerCase().includes(filter.toLowerCase()));

  return (
    <Card
      title={`Topics${q.data ? ` (${all.filter((t) => !t.is_internal).length})` : ''}`}
      actions={
        <Button variant="primary" onClick={() => setCreating(true)} disabled={!canWrite} title={canWrite ? undefined : 'Viewers cannot create topics'}>
          <Icon name="plus" size={16} />
          New topic
        </Button>
      }
    >
      <QueryBody
        query={q}
        action="list topics"
        empty={
          all.length === 0 && (
        <EmptyState
          icon={<Icon name="topic" size={28} />}
          title="No topics yet"
          action={
            <Button variant="primary" onClick={() => setCreating(true)}>
              Create your first topic
            </Button>
          }
        >
          Topics hold your streams of events. Create one, then produce to it with a cluster API key.
        </EmptyState>
          )
        }
      >
        <>
          <div className="toolbar">
            <input className="input input-search" type="search" placeholder="Filter topics" aria-label="Filter topics by name" value={filter} onChange={(e) => setFilter(e.target.value)} />
            <label className="checkbox">
              <input type="checkbox" checked={showInternal} onChange={(e) => setShowInternal(e.target.checked)} />
              Show internal topics
            </label>
          </div>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" className="num">
                    Partitions
                  </th>
                  <th scope="col" className="num hide-sm">
                    Replication
                  </th>
                  <th scope="col" className="col-actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((t) => (
                  <tr key={t.topic_name}>
                    <td>
                      <Link className="row-title" href={`${base}/topics/${encodeURIComponent(t.topic_name)}`}>
                        {t.topic_name}
                      </Link>{' '}
                      {t.is_internal ? <Badge>internal</Badge> : null}
                    </td>
                    <td className="num">{t.partitions_count}</td>
                    <td className="num hide-sm">{t.replication_factor}</td>
                    <td className="col-actions">
                      {t.is_internal || !canWrite ? null : (
                        <Button size="sm" variant="ghost" className="text-danger" onClick={() => setDeleting(t)} aria-label={`Delete topic ${t.topic_name}`}>
                          Delete
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
                {list.length === 0 ? (
                  <tr>
                    <td colSpan={4} className="muted center">
                      No topic matches “{filter}”.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </>
      </QueryBody>
      {creating ? <CreateTopicDialog clusterId={clusterId} maxPartitions={maxPartitions} onClose={() => setCreating(false)} onCreated={() => void q.reload()} /> : null}
      {deleting ? (
        <ConfirmDialog
          open
          title={`Delete topic ${deleting.topic_name}?`}
          confirmLabel="Delete topic"
          requireText={deleting.topic_name}
          action="delete topics"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await topics.remove(clusterId, deleting.topic_name);
            await q.reload();
          }}
        >
          <p>All messages in the topic are deleted. Producers and consumers using it will fail. This can&apos;t be undone.</p>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
