'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { LoadMore, QueryBody } from '@/components/query-body';
import { FormError, fieldError } from '@/components/error-notice';
import { Button, Card, EmptyState, Icon, Modal, PageHeader, TextAreaField, TextField } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useAction, useInvalidate } from '@/lib/hooks';
import { keys, useServiceAccountList } from '@/lib/queries';
import { serviceAccounts } from '@/lib/resources';
import type { ServiceAccount } from '@/lib/types';
import { RoleBindingsCard } from '../team/role-bindings-card';

function AccountDialog({ account, onClose, onSaved }: { account: ServiceAccount | null; onClose: () => void; onSaved: () => void }) {
  const [form, setForm] = useState({ display_name: account?.display_name ?? '', description: account?.description ?? '' });
  const a = useAction(() =>
    account
      ? serviceAccounts.update(account.id, { display_name: form.display_name.trim(), description: form.description.trim() })
      : serviceAccounts.create({ display_name: form.display_name.trim(), description: form.description.trim() }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await a.run();
    if (r.ok) {
      onSaved();
      onClose();
    }
  };
  return (
    <Modal open title={account ? `Edit ${account.display_name}` : 'New service account'} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={a.error} action={account ? 'edit service accounts' : 'create service accounts'} />
        <TextField
          label="Name"
          value={form.display_name}
          onChange={(e) => setForm({ ...form, display_name: e.target.value })}
          error={fieldError(a.error, 'display_name')}
          placeholder="e.g. orders-ingest"
          hint="Name it after the application that will use it."
          autoFocus
        />
        <TextAreaField
          label="Description"
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
          error={fieldError(a.error, 'description')}
          optional
          rows={3}
        />
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" pending={a.pending} disabled={!form.display_name.trim()}>
            {account ? 'Save' : 'Create service account'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

export default function ServiceAccountsPage() {
  const q = useServiceAccountList();
  const invalidate = useInvalidate();
  // The paged list, and the whole-list copies other pages use (owner pickers, names).
  const changed = () => invalidate(keys.serviceAccounts);
  const [editing, setEditing] = useState<ServiceAccount | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ServiceAccount | null>(null);
  const list = q.data ?? [];
  return (
    <div className="page">
      <PageHeader
        title="Service accounts"
        description="Identities for applications, not people. Give each application its own account and its own API keys."
        actions={
          <Button variant="primary" onClick={() => setEditing('new')}>
            <Icon name="plus" size={16} />
            New service account
          </Button>
        }
      />
      <Card>
        <QueryBody
          query={q}
          action="list service accounts"
          empty={
            list.length === 0 && (
          <EmptyState
            icon={<Icon name="bot" size={28} />}
            title="No service accounts yet"
            action={
              <Button variant="primary" onClick={() => setEditing('new')}>
                Create a service account
              </Button>
            }
          >
            Create one per application (for example “orders-ingest”), then give it <Link href="/app/api-keys">API keys</Link>.
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
                    Description
                  </th>
                  <th scope="col" className="hide-sm">
                    Created
                  </th>
                  <th scope="col" className="col-actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <td className="row-title">{s.display_name}</td>
                    <td>
                      <code className="id">{s.id}</code>
                    </td>
                    <td className="hide-sm muted">{s.description || '—'}</td>
                    <td className="hide-sm muted">{formatDate(s.metadata?.created_at)}</td>
                    <td className="col-actions">
                      <div className="row-actions">
                        <Button size="sm" onClick={() => setEditing(s)} aria-label={`Edit ${s.display_name}`}>
                          Edit
                        </Button>
                        <Button size="sm" variant="ghost" className="text-danger" onClick={() => setDeleting(s)} aria-label={`Delete ${s.display_name}`}>
                          Delete
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={q} noun="service accounts" />
        </QueryBody>
      </Card>
      <RoleBindingsCard title="What service accounts may do" />
      {editing ? <AccountDialog account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => void changed()} /> : null}
      {deleting ? (
        <ConfirmDialog
          open
          title={`Delete ${deleting.display_name}?`}
          confirmLabel="Delete service account"
          requireText={deleting.display_name}
          action="delete service accounts"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await serviceAccounts.remove(deleting.id);
            await changed();
          }}
        >
          <p>Its API keys stop working immediately. Applications using them will fail to authenticate.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
