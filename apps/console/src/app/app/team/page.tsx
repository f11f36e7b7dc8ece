'use client';

import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { ErrorNotice, FormError, fieldError } from '@/components/error-notice';
import { LoadMore, QueryBody } from '@/components/query-body';
import { useSession } from '@/components/session';
import { Badge, Button, Callout, Card, CopyValue, EmptyState, Icon, PageHeader, SelectField, TextField } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { useAction, useInvalidate } from '@/lib/hooks';
import { keys, useAllUsers, useInvitations, useUserList } from '@/lib/queries';
import { invitations, users } from '@/lib/resources';
import { ROLES, ROLE_HELP, ROLE_LABELS, type Invitation, type Role, type User } from '@/lib/types';
import { RoleBindingsCard } from './role-bindings-card';

function RoleSelect({ user, disabled, onChange }: { user: User; disabled: boolean; onChange: (role: Role) => Promise<void> }) {
  const [pending, setPending] = useState(false);
  return (
    <select
      className="input select select-sm"
      aria-label={`Role of ${user.full_name || user.email}`}
      value={user.role}
      disabled={disabled || pending}
      onChange={async (e) => {
        setPending(true);
        try {
          await onChange(e.target.value as Role);
        } finally {
          setPending(false);
        }
      }}
    >
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}

function InviteCard({ onInvited }: { onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('Operator');
  const [sent, setSent] = useState<Invitation | null>(null);
  const a = useAction(() => invitations.create(email.trim(), role));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await a.run();
    if (r.ok) {
      setSent(r.value);
      setEmail('');
      onInvited();
    }
  };
  return (
    <Card title="Invite a teammate">
      {isNotAvailable(a.error) ? (
        <Callout tone="info" title="Invitations are coming soon">
          This deployment can&apos;t send invitations yet. Until then, teammates can sign up themselves.
        </Callout>
      ) : (
        <FormError error={a.error} action="invite people" />
      )}
      <form className="form form-inline" onSubmit={submit} noValidate>
        <TextField
          label="Email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(a.error, 'email')}
          placeholder="teammate@company.com"
          autoComplete="off"
        />
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} error={fieldError(a.error, 'role')} hint={ROLE_HELP[role]}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <div className="form-inline-action">
          <Button type="submit" variant="primary" pending={a.pending} disabled={!email.trim()}>
            <Icon name="mail" size={16} />
            Send invitation
          </Button>
        </div>
      </form>
      {sent ? (
        <Callout tone="success" title={`Invitation created for ${sent.email}`}>
          {sent.accept_url ? (
            <>
              <p>Send them this link (valid until {formatDate(sent.expires_at)}). It is shown only now:</p>
              <div data-testid="invite-link">
                <CopyValue value={sent.accept_url} label="invitation link" />
              </div>
            </>
          ) : (
            <p>They can join until {formatDate(sent.expires_at)}.</p>
          )}
        </Callout>
      ) : null}
    </Card>
  );
}

export default function TeamPage() {
  const { me, isAdmin } = useSession();
  const members = useUserList();
  // The last-admin rule needs every member, not one page of them.
  const everyone = useAllUsers();
  const pending = useInvitations(isAdmin);
  const invalidate = useInvalidate();
  const [removing, setRemoving] = useState<User | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [roleError, setRoleError] = useState<unknown>(null);
  const list = members.data ?? [];
  const invites = pending.data?.data ?? [];
  const admins = (everyone.data ?? list).filter((u) => u.role === 'OrganizationAdmin').length;

  return (
    <div className="page">
      <PageHeader title="Team" description={`People in ${me.organization.display_name}, their roles, and pending invitations.`} />
      {isAdmin ? <InviteCard onInvited={() => void pending.reload()} /> : <Callout tone="info">Only Organization admins can invite people and change roles.</Callout>}

      <Card title={`Members${members.data ? ` (${members.total ?? list.length})` : ''}`}>
        <ErrorNotice error={roleError} action="change roles" compact />
        <QueryBody query={members} action="list members">
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col" className="hide-sm">
                    Email
                  </th>
                  <th scope="col">Role</th>
                  <th scope="col" className="col-actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((u) => {
                  const self = u.id === me.user.id;
                  const lastAdmin = u.role === 'OrganizationAdmin' && admins <= 1;
                  return (
                    <tr key={u.id}>
                      <td>
                        <span className="row-title">{u.full_name || '—'}</span> {self ? <Badge tone="info">You</Badge> : null}
                        <div className="cell-sub show-sm">{u.email}</div>
                      </td>
                      <td className="hide-sm">{u.email}</td>
                      <td>
                        <RoleSelect
                          user={u}
                          disabled={!isAdmin || lastAdmin}
                          onChange={async (role) => {
                            setRoleError(null);
                            try {
                              await users.update(u.id, { role });
                              await invalidate(keys.users);
                            } catch (e) {
                              setRoleError(e);
                            }
                          }}
                        />
                      </td>
                      <td className="col-actions">
                        {isAdmin && !self ? (
                          <Button size="sm" variant="ghost" className="text-danger" onClick={() => setRemoving(u)} aria-label={`Remove ${u.full_name || u.email}`}>
                            Remove
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <LoadMore query={members} noun="members" />
        </QueryBody>
      </Card>

      <RoleBindingsCard />

      {!isAdmin || isNotAvailable(pending.error) ? null : (
        <Card title="Pending invitations">
          <QueryBody
            query={pending}
            action="list invitations"
            loadingRows={1}
            empty={
              invites.length === 0 && (
            <EmptyState icon={<Icon name="mail" size={28} />} title="No pending invitations">
              Invite teammates above: they get a link to join with the role you choose.
            </EmptyState>
              )
            }
          >
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col" className="hide-sm">
                      Expires
                    </th>
                    <th scope="col" className="col-actions">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invites.map((i) => (
                    <tr key={i.id}>
                      <td>{i.email}</td>
                      <td>{ROLE_LABELS[i.role] ?? i.role}</td>
                      <td className="hide-sm muted">{formatDate(i.expires_at)}</td>
                      <td className="col-actions">
                        <Button size="sm" variant="ghost" className="text-danger" onClick={() => setRevoking(i)} aria-label={`Revoke invitation for ${i.email}`}>
                          Revoke
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </QueryBody>
        </Card>
      )}

      {removing ? (
        <ConfirmDialog
          open
          title={`Remove ${removing.full_name || removing.email}?`}
          confirmLabel="Remove from organization"
          action="remove members"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await users.remove(removing.id);
            await invalidate(keys.users);
          }}
        >
          <p>
            They lose access to {me.organization.display_name} immediately, and their API keys stop working. You can invite them again later.
          </p>
        </ConfirmDialog>
      ) : null}
      {revoking ? (
        <ConfirmDialog
          open
          title={`Revoke the invitation for ${revoking.email}?`}
          confirmLabel="Revoke invitation"
          action="revoke invitations"
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await invitations.revoke(revoking.id);
            await pending.reload();
          }}
        >
          <p>The link stops working. You can send a new invitation later.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
