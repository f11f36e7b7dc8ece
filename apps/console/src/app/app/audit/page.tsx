'use client';

import { useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { LoadMore, QueryBody } from '@/components/query-body';
import { Badge, Button, Card, EmptyState, Icon, PageHeader, TextField, type Tone } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { useAllServiceAccounts, useAllUsers, useAuditEvents } from '@/lib/queries';

interface Filters {
  action: string;
  resource_id: string;
  actor_id: string;
}

const EMPTY: Filters = { action: '', resource_id: '', actor_id: '' };

const ACTION_PREFIXES = [
  { value: '', label: 'All actions' },
  { value: 'organization.', label: 'Organization' },
  { value: 'environment.', label: 'Environments' },
  { value: 'cluster.', label: 'Clusters' },
  { value: 'topic.', label: 'Topics' },
  { value: 'api_key.', label: 'API keys' },
  { value: 'service_account.', label: 'Service accounts' },
  { value: 'user.', label: 'Users' },
  { value: 'invitation.', label: 'Invitations' },
  { value: 'session.', label: 'Sign-ins' },
];

function toneOf(action: string): Tone {
  if (/\.(delete|remove|revoke)/.test(action)) return 'danger';
  if (/\.create|\.signup|\.accept/.test(action)) return 'success';
  if (/\.(update|change|switch)/.test(action)) return 'info';
  if (/fail/.test(action)) return 'warning';
  return 'neutral';
}

function Details({ value }: { value: unknown }) {
  if (value === null || value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0)) return <span className="muted">—</span>;
  // key=value pairs read better than JSON; the full JSON stays in the tooltip.
  const text = JSON.stringify(value);
  const pairs =
    typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>)
          .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
          .join(' · ')
      : text;
  return (
    <span className="details" title={text}>
      {pairs.length > 60 ? `${pairs.slice(0, 60)}…` : pairs}
    </span>
  );
}

export default function AuditPage() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const q = useAuditEvents(filters);
  const events = q.data ?? [];
  const total = q.total;
  const selectId = useId();
  // Names for actor ids (people and service accounts of this organization).
  const people = useAllUsers();
  const robots = useAllServiceAccounts();
  const names = new Map<string, string>([
    ...(people.data ?? []).map((u) => [u.id, u.full_name || u.email] as [string, string]),
    ...(robots.data ?? []).map((a) => [a.id, a.display_name] as [string, string]),
  ]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ action: draft.action.trim(), resource_id: draft.resource_id.trim(), actor_id: draft.actor_id.trim() });
  };
  const filtered = filters.action || filters.resource_id || filters.actor_id;
  const invalidFilter = isApiError(q.error) && (q.error.status === 400 || q.error.status === 422);

  return (
    <div className="page">
      <PageHeader title="Audit log" description="Every change in your organization: who did it, when, from where, and to what." />
      <Card>
        <form className="filters" onSubmit={apply} aria-label="Filter audit events">
          <div className="field">
            <label htmlFor={selectId} className="field-label">
              Action
            </label>
            <select
              id={selectId}
              className="input select"
              value={ACTION_PREFIXES.some((p) => p.value === draft.action) ? draft.action : ''}
              onChange={(e) => setDraft({ ...draft, action: e.target.value })}
            >
              {ACTION_PREFIXES.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <TextField label="Resource ID" value={draft.resource_id} onChange={(e) => setDraft({ ...draft, resource_id: e.target.value })} placeholder="env-…, lkc-…, sa-…" />
          <TextField label="Actor ID" value={draft.actor_id} onChange={(e) => setDraft({ ...draft, actor_id: e.target.value })} placeholder="u-…, sa-…" />
          <div className="filters-actions">
            <Button type="submit" variant="primary">
              Apply filters
            </Button>
            {filtered ? (
              <Button
                variant="ghost"
                onClick={() => {
                  setDraft(EMPTY);
                  setFilters(EMPTY);
                }}
              >
                Clear
              </Button>
            ) : null}
          </div>
        </form>
      </Card>
      <Card title={total !== undefined ? `${total} event${total === 1 ? '' : 's'}${filtered ? ' matching' : ''}` : 'Events'}>
        {invalidFilter ? (
          <ErrorNotice error={q.error} action="read the audit log" />
        ) : (
          <QueryBody
            query={q}
            action="read the audit log"
            loadingRows={5}
            empty={
              events.length === 0 && (
                <EmptyState icon={<Icon name="list" size={28} />} title={filtered ? 'No events match these filters' : 'No events yet'}>
                  {filtered ? 'Try a broader action, or clear the filters.' : 'Changes you and your team make will appear here.'}
                </EmptyState>
              )
            }
          >
          <>
            <div className="table-wrap">
              <table className="table table-dense">
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Action</th>
                    <th scope="col">Resource</th>
                    <th scope="col" className="hide-sm">
                      Actor
                    </th>
                    <th scope="col" className="hide-md">
                      Details
                    </th>
                    <th scope="col" className="hide-md">
                      IP
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((e) => (
                    <tr key={e.id}>
                      <td className="nowrap muted">{formatDate(e.time)}</td>
                      <td>
                        <Badge tone={toneOf(e.action)}>{e.action}</Badge>
                      </td>
                      <td>
                        <button type="button" className="link-button" onClick={() => { setDraft({ ...draft, resource_id: e.resource.id }); setFilters({ ...filters, resource_id: e.resource.id }); }} title="Show only this resource">
                          <code className="id">{e.resource.id}</code>
                        </button>
                        <div className="cell-sub">{e.resource.kind}</div>
                      </td>
                      <td className="hide-sm">
                        {names.has(e.actor.id) ? <span className="row-title">{names.get(e.actor.id)}</span> : <code className="id">{e.actor.id}</code>}
                        <div className="cell-sub">{e.actor.kind === 'System' ? 'Tributary' : `${e.actor.kind}${names.has(e.actor.id) ? ` · ${e.actor.id}` : ''}`}</div>
                      </td>
                      <td className="hide-md">
                        <Details value={e.details} />
                      </td>
                      <td className="hide-md muted">{e.ip}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <LoadMore query={q} noun="events" />
          </>
          </QueryBody>
        )}
      </Card>
    </div>
  );
}
