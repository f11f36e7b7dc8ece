'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { LoadMore, QueryBody } from '@/components/query-body';
import { FormError, fieldError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { useEnvironments } from '@/components/shell';
import { Badge, Button, Callout, Card, CopyButton, EmptyState, Icon, Modal, PageHeader, SelectField, TextAreaField, TextField } from '@/components/ui';
import { formatDate, relativeTime } from '@/lib/format';
import { useAction, useInvalidate } from '@/lib/hooks';
import { keys as queryKeys, useAllClusters, useAllServiceAccounts, useAllUsers, useApiKeyList } from '@/lib/queries';
import { apiKeys } from '@/lib/resources';
import { useEnvironmentRegistry } from '@/lib/schema-registry';
import type { ApiKey, Environment, ResourceRef } from '@/lib/types';

/** srcm/v3's Cluster is a Schema Registry; cmk/v2's is a Kafka cluster (both are kind `Cluster`). */
const isRegistryRef = (r: ResourceRef) => r.api_version === 'srcm/v3';
/** The form's value for a resource: 'cloud', or the id of a cluster or registry (their prefixes differ, lkc- and lsrc-). */
const isRegistryId = (id: string) => id.startsWith('lsrc-');

function KeyScope({ resource, environments }: { resource: ResourceRef; environments: Environment[] }) {
  if (isRegistryRef(resource)) {
    const env = environments.find((e) => e.id === resource.environment);
    return (
      <>
        <Badge tone="info">Schema Registry {resource.id}</Badge>
        <div className="cell-sub">(environment {env?.display_name ?? resource.environment ?? 'unknown'})</div>
      </>
    );
  }
  return resource.kind === 'Cluster' ? <Badge tone="info">Cluster {resource.id}</Badge> : <Badge tone="accent">Cloud</Badge>;
}

/** The environment's registry as a scope to pick (the environment gets one when it is created). */
function RegistryOptions({ envId, envName }: { envId: string; envName: string }) {
  const registry = useEnvironmentRegistry(envId);
  const r = registry.data;
  if (!r) return null;
  return (
    <optgroup label={`Schema Registry of ${envName}`}>
      <option value={r.id}>Schema Registry ({r.id})</option>
    </optgroup>
  );
}

function SecretReveal({ apiKey, onDone }: { apiKey: ApiKey; onDone: () => void }) {
  const secret = apiKey.spec.secret ?? '';
  const [saved, setSaved] = useState(false);
  const download = () => {
    const blob = new Blob([`API key: ${apiKey.id}\nAPI secret: ${secret}\n`], { type: 'text/plain' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `tributary-api-key-${apiKey.id}.txt`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="stack">
      <Callout tone="warning" title="Copy the secret now: you won't see it again">
        Tributary stores only a hash of the secret. If you lose it, delete this key and create a new one.
      </Callout>
      <div className="secret-box">
        <div className="secret-row">
          <span className="secret-label">API key</span>
          <code data-testid="api-key-id">{apiKey.id}</code>
          <CopyButton value={apiKey.id} label="Copy key" />
        </div>
        <div className="secret-row">
          <span className="secret-label">API secret</span>
          <code data-testid="api-key-secret" className="secret-value">
            {secret}
          </code>
          <CopyButton value={secret} label="Copy secret" />
        </div>
      </div>
      <div className="row-wrap">
        <Button size="sm" onClick={download}>
          Download as text file
        </Button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />I have saved the API secret somewhere safe
      </label>
      <div className="form-actions">
        <Button variant="primary" disabled={!saved} onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}

function CreateKeyDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const { me } = useSession();
  const { currentId, current } = useEnvironments();
  const sas = useAllServiceAccounts();
  const cl = useAllClusters(currentId);
  const [form, setForm] = useState({ display_name: '', description: '', owner: me.user.id, resource: 'cloud' });
  const [created, setCreated] = useState<ApiKey | null>(null);
  const a = useAction(() =>
    apiKeys.create({
      display_name: form.display_name.trim(),
      description: form.description.trim(),
      owner: { id: form.owner },
      resource: form.resource === 'cloud' ? { id: 'cloud' } : { id: form.resource, ...(currentId ? { environment: currentId } : {}) },
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await a.run();
    if (r.ok) {
      setCreated(r.value);
      onCreated();
    }
  };
  const clusterList = cl.data ?? [];
  return (
    <Modal open title={created ? 'Your new API key' : 'Create API key'} onClose={created ? () => undefined : onClose} wide>
      {created ? (
        <SecretReveal apiKey={created} onDone={onClose} />
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <FormError error={a.error} action="create API keys" />
          <SelectField
            label="Scope"
            value={form.resource}
            onChange={(e) => setForm({ ...form, resource: e.target.value })}
            error={fieldError(a.error, 'resource.id', 'resource')}
            hint={
              form.resource === 'cloud'
                ? 'A Cloud API key manages Tributary through the API: environments, clusters, keys, billing.'
                : isRegistryId(form.resource)
                  ? "A Schema Registry API key authenticates serializers and tools against this environment's registry (HTTP Basic)."
                  : 'A cluster API key authenticates Kafka clients and the topics API of that one cluster.'
            }
          >
            <option value="cloud">Cloud resource management</option>
            {clusterList.length > 0 ? (
              <optgroup label={`Kafka clusters in ${current?.display_name ?? 'this environment'}`}>
                {clusterList.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.spec.display_name} ({c.id})
                  </option>
                ))}
              </optgroup>
            ) : null}
            {currentId ? <RegistryOptions envId={currentId} envName={current?.display_name ?? 'this environment'} /> : null}
          </SelectField>
          <SelectField
            label="Owner"
            value={form.owner}
            onChange={(e) => setForm({ ...form, owner: e.target.value })}
            error={fieldError(a.error, 'owner.id', 'owner')}
            hint="The key acts with its owner's permissions. Prefer a service account for applications."
          >
            <option value={me.user.id}>
              My account ({me.user.email})
            </option>
            {(sas.data ?? []).length > 0 ? (
              <optgroup label="Service accounts">
                {(sas.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.display_name} ({s.id})
                  </option>
                ))}
              </optgroup>
            ) : null}
          </SelectField>
          <TextField
            label="Name"
            value={form.display_name}
            onChange={(e) => setForm({ ...form, display_name: e.target.value })}
            error={fieldError(a.error, 'display_name')}
            placeholder="e.g. terraform-ci"
            optional
            maxLength={64}
          />
          <TextAreaField
            label="Description"
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            error={fieldError(a.error, 'description')}
            optional
            rows={2}
          />
          <div className="form-actions">
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" pending={a.pending}>
              Create API key
            </Button>
          </div>
        </form>
      )}
    </Modal>
  );
}

export default function ApiKeysPage() {
  const keys = useApiKeyList();
  const people = useAllUsers();
  const sas = useAllServiceAccounts();
  const { environments } = useEnvironments();
  const invalidate = useInvalidate();
  // The paged list here, and each cluster's own key list on its page.
  const changed = () => Promise.all([invalidate(queryKeys.apiKeys), invalidate('cluster-keys')]);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const ownerName = useMemo(() => {
    const m = new Map<string, string>();
    for (const u of people.data ?? []) m.set(u.id, u.full_name || u.email);
    for (const s of sas.data ?? []) m.set(s.id, s.display_name);
    return m;
  }, [people.data, sas.data]);

  const list = keys.data ?? [];

  return (
    <div className="page">
      <PageHeader
        title="API keys"
        description="Keys authenticate scripts, CI and Kafka clients. Cloud keys manage Tributary; cluster keys produce and consume; Schema Registry keys reach an environment's registry."
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Icon name="plus" size={16} />
            Create API key
          </Button>
        }
      />
      <Card>
        <QueryBody
          query={keys}
          action="list API keys"
          empty={
            list.length === 0 && (
          <EmptyState
            icon={<Icon name="key" size={28} />}
            title="No API keys yet"
            action={
              <Button variant="primary" onClick={() => setCreating(true)}>
                Create your first API key
              </Button>
            }
          >
            Create a Cloud API key to use Tributary&apos;s API from scripts, Terraform or CI.
          </EmptyState>
            )
          }
        >
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Scope</th>
                  <th scope="col" className="hide-sm">
                    Owner
                  </th>
                  <th scope="col" className="hide-sm">
                    Created
                  </th>
                  <th scope="col" className="hide-sm">
                    Last used
                  </th>
                  <th scope="col" className="col-actions">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((k) => (
                  <tr key={k.id}>
                    <td>
                      <code className="id">{k.id}</code>
                      <div className="cell-sub">{k.spec.display_name || <span className="muted">Unnamed</span>}</div>
                    </td>
                    <td>
                      <KeyScope resource={k.spec.resource} environments={environments} />
                    </td>
                    <td className="hide-sm">
                      {ownerName.get(k.spec.owner.id) ?? k.spec.owner.id}
                      <div className="cell-sub">{k.spec.owner.kind === 'ServiceAccount' ? 'Service account' : 'User'}</div>
                    </td>
                    <td className="hide-sm muted">{formatDate(k.metadata?.created_at)}</td>
                    <td className="hide-sm muted">{relativeTime(k.status?.last_used_at)}</td>
                    <td className="col-actions">
                      <Button size="sm" variant="ghost" className="text-danger" onClick={() => setRevoking(k)} aria-label={`Revoke key ${k.id}`}>
                        Revoke
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={keys} noun="API keys" />
        </QueryBody>
      </Card>
      {creating ? <CreateKeyDialog onClose={() => setCreating(false)} onCreated={() => void changed()} /> : null}
      {revoking ? (
        <ConfirmDialog
          open
          title={`Revoke API key ${revoking.id}?`}
          confirmLabel="Revoke key"
          action="revoke API keys"
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await apiKeys.remove(revoking.id);
            await changed();
          }}
        >
          <p>Anything using this key stops working immediately. This can&apos;t be undone.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
