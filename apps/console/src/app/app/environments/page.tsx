'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { FormError, fieldError } from '@/components/error-notice';
import { QueryBody } from '@/components/query-body';
import { useSession } from '@/components/session';
import { useEnvironments } from '@/components/shell';
import { Badge, Button, Card, EmptyState, Icon, Modal, PageHeader, TextField } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useAction } from '@/lib/hooks';
import { environments as api } from '@/lib/resources';
import type { Environment } from '@/lib/types';

function NameDialog({
  open,
  title,
  initial,
  submitLabel,
  action,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  initial: string;
  submitLabel: string;
  action: string;
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial);
  const a = useAction(onSubmit);
  const close = () => {
    a.reset();
    onClose();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await a.run(name.trim());
    if (r.ok) {
      setName('');
      onClose();
    }
  };
  return (
    <Modal open={open} title={title} onClose={close}>
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={a.error} action={action} />
        <TextField
          label="Environment name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(a.error, 'display_name')}
          hint="For example: development, staging, production."
          autoFocus
          required
        />
        <div className="form-actions">
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary" pending={a.pending} disabled={!name.trim()}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

export default function EnvironmentsPage() {
  const { environments, query, reload, currentId, select } = useEnvironments();
  const { canWrite } = useSession();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Environment | null>(null);
  const [deleting, setDeleting] = useState<Environment | null>(null);

  return (
    <div className="page">
      <PageHeader
        title="Environments"
        description="Environments group clusters and their access: for example development, staging and production."
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Icon name="plus" size={16} />
            New environment
          </Button>
        }
      />
      {!canWrite ? <p className="muted small">You have read-only access: ask an admin to create or change environments.</p> : null}
      <Card>
        <QueryBody
          query={query}
          action="list environments"
          empty={
            environments.length === 0 && (
          <EmptyState
            icon={<Icon name="layers" size={28} />}
            title="No environments yet"
            action={
              <Button variant="primary" onClick={() => setCreating(true)}>
                Create your first environment
              </Button>
            }
          >
            Clusters live in environments. Create one to start.
          </EmptyState>
            )
          }
        >
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">ID</th>
                  <th scope="col" className="hide-sm">
                    Created
                  </th>
                  <th scope="col" className="col-actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {environments.map((env) => (
                  <tr key={env.id}>
                    <td>
                      <Link href={`/app/environments/${env.id}/clusters`} className="row-title" onClick={() => select(env.id)}>
                        {env.display_name}
                      </Link>
                      {env.id === currentId ? (
                        <>
                          {' '}
                          <Badge tone="info">Selected</Badge>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <code className="id">{env.id}</code>
                    </td>
                    <td className="hide-sm muted">{formatDate(env.metadata?.created_at)}</td>
                    <td className="col-actions">
                      <div className="row-actions">
                        <Button size="sm" onClick={() => setRenaming(env)} aria-label={`Rename ${env.display_name}`}>
                          Rename
                        </Button>
                        <Button size="sm" variant="ghost" className="text-danger" onClick={() => setDeleting(env)} aria-label={`Delete ${env.display_name}`}>
                          Delete
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </QueryBody>
      </Card>

      {creating ? (
        <NameDialog
          open
          title="New environment"
          initial=""
          submitLabel="Create environment"
          action="create environments"
          onClose={() => setCreating(false)}
          onSubmit={async (name) => {
            const env = await api.create(name);
            await reload();
            select(env.id);
          }}
        />
      ) : null}
      {renaming ? (
        <NameDialog
          open
          title={`Rename “${renaming.display_name}”`}
          initial={renaming.display_name}
          submitLabel="Save"
          action="rename environments"
          onClose={() => setRenaming(null)}
          onSubmit={async (name) => {
            await api.rename(renaming.id, name);
            await reload();
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          open
          title={`Delete “${deleting.display_name}”?`}
          confirmLabel="Delete environment"
          requireText={deleting.display_name}
          action="delete environments"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.remove(deleting.id);
            await reload();
          }}
        >
          <p>
            This removes the environment <code className="id">{deleting.id}</code>. Environments that still hold clusters can't be deleted: delete their clusters
            first.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
