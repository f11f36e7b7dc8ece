'use client';

import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { FormError, fieldError } from '@/components/error-notice';
import { QueryBody } from '@/components/query-body';
import { useSession } from '@/components/session';
import { Button, Card, EmptyState, Icon, SelectField, TextField } from '@/components/ui';
import { typedApi } from '@/lib/api';
import { useAction, useQuery } from '@/lib/hooks';
import { useAllServiceAccounts, useAllUsers } from '@/lib/queries';
import type { ItemOf, RequestBodyOf, ResponseOf } from '@/lib/types';

type RoleBinding = ItemOf<ResponseOf<'/iam/v2/role-bindings', 'get'>>;
type RoleName = RequestBodyOf<'/iam/v2/role-bindings', 'post'>['role_name'];

/** Confluent's roles, what each is for, and the scope it binds to (docs/ACCESS.md has the whole table). */
const BINDABLE: { name: RoleName; help: string; scope: 'organization' | 'environment' | 'cluster' | 'topic' }[] = [
  { name: 'OrganizationAdmin', help: 'Everything in the organization', scope: 'organization' },
  { name: 'BillingAdmin', help: 'Billing, invoices, payment method, budgets', scope: 'organization' },
  { name: 'MetricsViewer', help: 'Reads metrics', scope: 'organization' },
  { name: 'EnvironmentAdmin', help: 'Everything in one environment', scope: 'environment' },
  { name: 'Operator', help: 'Sees and operates; no deleting, no data', scope: 'environment' },
  { name: 'CloudClusterAdmin', help: 'Everything on one cluster', scope: 'cluster' },
  { name: 'DeveloperRead', help: 'Consumes the topics (and uses the groups) the pattern names', scope: 'topic' },
  { name: 'DeveloperWrite', help: 'Produces to the topics the pattern names', scope: 'topic' },
  { name: 'DeveloperManage', help: 'Creates, configures and deletes those topics', scope: 'topic' },
  { name: 'ResourceOwner', help: 'All of the above on those topics, and grants Developer roles on them', scope: 'topic' },
];

/** `crn://…/environment=env-1/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-*` in words. */
export function describeCrn(crn: string): string {
  const parts = Object.fromEntries(
    crn
      .replace(/^crn:\/\/confluent\.cloud\//, '')
      .split('/')
      .map((s) => [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)]),
  ) as Record<string, string>;
  if (parts.topic) return `topics ${parts.topic} on ${parts['cloud-cluster']}`;
  if (parts.group) return `consumer groups ${parts.group} on ${parts['cloud-cluster']}`;
  if (parts['transactional-id']) return `transactional ids ${parts['transactional-id']} on ${parts['cloud-cluster']}`;
  if (parts['cloud-cluster']) return `cluster ${parts['cloud-cluster']}`;
  if (parts.environment) return parts.environment === '*' ? 'every environment' : `environment ${parts.environment}`;
  return 'the whole organization';
}

function scopeCrn(org: string, scope: (typeof BINDABLE)[number]['scope'], f: { environment: string; cluster: string; topics: string }): string {
  const base = `crn://confluent.cloud/organization=${org}`;
  if (scope === 'organization') return base;
  if (scope === 'environment') return `${base}/environment=${f.environment.trim()}`;
  const cluster = `${base}/environment=${f.environment.trim()}/cloud-cluster=${f.cluster.trim()}`;
  return scope === 'cluster' ? cluster : `${cluster}/kafka=${f.cluster.trim()}/topic=${f.topics.trim()}`;
}

/**
 * Role bindings granted on top of member roles: who may do what, where. `principal` narrows it to one
 * user or service account (their page); the scope filter answers "who can do what on this cluster".
 * Granting and revoking are refused by the API beyond what the signed-in user may grant.
 */
export function RoleBindingsCard({ principal, title = 'Role bindings' }: { principal?: string; title?: string }) {
  const { me } = useSession();
  const users = useAllUsers();
  const accounts = useAllServiceAccounts();
  const [scopeFilter, setScopeFilter] = useState('');
  const filter = scopeFilter.trim();
  const bindings = useQuery(`role-bindings:${principal ?? '*'}:${filter}`, () =>
    typedApi.get('/iam/v2/role-bindings', { query: { page_size: 100, ...(principal ? { principal } : {}), ...(filter ? { crn_pattern: filter } : {}) } }),
  );
  const [revoking, setRevoking] = useState<RoleBinding | null>(null);
  const [form, setForm] = useState<{ principal: string; role: RoleName; environment: string; cluster: string; topics: string }>({ principal: principal ?? '', role: 'DeveloperRead', environment: '', cluster: '', topics: '' });
  const role = BINDABLE.find((r) => r.name === form.role) ?? BINDABLE[0]!;
  const grant = useAction(() =>
    typedApi.post('/iam/v2/role-bindings', { body: { principal: form.principal, role_name: form.role, crn_pattern: scopeCrn(me.organization.id, role.scope, form) } }),
  );
  const nameOf = (p: string) => {
    const id = p.replace(/^User:/, '');
    const u = users.data?.find((x) => x.id === id);
    if (u) return u.full_name || u.email;
    return accounts.data?.find((x) => x.id === id)?.display_name ?? id;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await grant.run();
    if (r.ok) await bindings.reload();
  };
  const list = bindings.data?.data ?? [];

  return (
    <Card title={title}>
      <p className="muted">
        Each member&apos;s role applies to the whole organization; bindings grant more, on an environment, a cluster, or topics by name or prefix (
        <code>orders-*</code>).
      </p>
      <form className="form form-inline" onSubmit={submit} noValidate aria-label="Grant a role">
        <FormError error={grant.error} action="grant roles" />
        {principal ? null : (
          <SelectField label="Who" value={form.principal} onChange={(e) => setForm({ ...form, principal: e.target.value })} error={fieldError(grant.error, 'principal')}>
            <option value="">Choose…</option>
            {(users.data ?? []).map((u) => (
              <option key={u.id} value={`User:${u.id}`}>
                {u.full_name || u.email}
              </option>
            ))}
            {(accounts.data ?? []).map((s) => (
              <option key={s.id} value={`User:${s.id}`}>
                {s.display_name} (service account)
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label="Grant role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as RoleName })} error={fieldError(grant.error, 'role_name')} hint={role.help}>
          {BINDABLE.map((r) => (
            <option key={r.name} value={r.name}>
              {r.name}
            </option>
          ))}
        </SelectField>
        {role.scope !== 'organization' ? (
          <TextField label="Environment" value={form.environment} onChange={(e) => setForm({ ...form, environment: e.target.value })} placeholder="env-…" error={fieldError(grant.error, 'crn_pattern')} />
        ) : null}
        {role.scope === 'cluster' || role.scope === 'topic' ? <TextField label="Cluster" value={form.cluster} onChange={(e) => setForm({ ...form, cluster: e.target.value })} placeholder="lkc-…" /> : null}
        {role.scope === 'topic' ? <TextField label="Topics" value={form.topics} onChange={(e) => setForm({ ...form, topics: e.target.value })} placeholder="orders-* or one name" /> : null}
        <div className="form-inline-action">
          <Button type="submit" variant="primary" pending={grant.pending} disabled={!form.principal}>
            Grant
          </Button>
        </div>
      </form>

      <TextField label="Filter by scope" value={scopeFilter} onChange={(e) => setScopeFilter(e.target.value)} placeholder="a cluster or environment id, a topic prefix" hint="Who can do what on it, beyond their member role" />
      <QueryBody
        query={bindings}
        action="list role bindings"
        loadingRows={1}
        empty={
          list.length === 0 && (
            <EmptyState icon={<Icon name="key" size={28} />} title="No role bindings">
              Nothing is granted beyond member roles{filter ? ` on ${filter}` : ''}.
            </EmptyState>
          )
        }
      >
        {/* A list, not a table: the pages it sits on keep one table each. */}
        <ul aria-label="Role bindings" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((b) => (
            <li key={b.id} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, padding: '6px 0', borderTop: '1px solid var(--border, #e5e7eb)' }}>
              <span>
                {principal ? null : <strong className="row-title">{nameOf(b.principal)}</strong>} <span className="badge">{b.role_name}</span>{' '}
                <span title={b.crn_pattern}>on {describeCrn(b.crn_pattern)}</span>
              </span>
              <Button size="sm" variant="ghost" className="text-danger" onClick={() => setRevoking(b)} aria-label={`Revoke ${b.role_name} from ${nameOf(b.principal)}`}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      </QueryBody>
      {revoking ? (
        <ConfirmDialog
          open
          title={`Revoke ${revoking.role_name} from ${nameOf(revoking.principal)}?`}
          confirmLabel="Revoke"
          action="revoke roles"
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await typedApi.del('/iam/v2/role-bindings/{id}', { path: { id: revoking.id } });
            await bindings.reload();
          }}
        >
          <p>Their keys and sessions lose it at once ({describeCrn(revoking.crn_pattern)}).</p>
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
