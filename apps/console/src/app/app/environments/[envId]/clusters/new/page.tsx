'use client';

import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { KIND_INFO, REGIONS } from '@/components/clusters';
import { FormError, fieldError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { useEnvironments } from '@/components/shell';
import { Button, Callout, Card, DescriptionList, Icon, PageHeader, SelectField, Spinner, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { isNotAvailable } from '@/lib/errors';
import { useAction, useQuery } from '@/lib/hooks';
import { billing, clusters } from '@/lib/resources';
import type { Availability, Cloud, ClusterKind } from '@/lib/types';

const KINDS: ClusterKind[] = ['Basic', 'Standard', 'Dedicated'];

const LINE_NAMES: Record<string, string> = {
  KAFKA_BASE: 'Cluster',
  KAFKA_NUM_CKUS: 'Capacity',
  KAFKA_NETWORK_WRITE: 'Data in',
  KAFKA_NETWORK_READ: 'Data out',
  KAFKA_STORAGE: 'Storage',
  KAFKA_PARTITION: 'Partitions',
};
const HOURS_PER_MONTH = 730;

function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: n < 1 ? 4 : 2 })}`;
}

/** The price before confirming: from the billing price list, or a plain note where it isn't published. */
function PriceSummary({ kind, cku }: { kind: ClusterKind; cku: number }) {
  const q = useQuery('prices', () => billing.prices());
  if (q.loading && !q.data) return <Spinner label="Loading prices…" />;
  if (q.error || !q.data) {
    return (
      <p className="muted" data-testid="price">
        {isApiError(q.error) && (q.error.status === 404 || q.error.status === 501)
          ? 'Prices appear here once billing is enabled on this deployment. Usage is metered from the first hour either way; see Billing.'
          : 'Prices could not be loaded right now. Usage is billed hourly per the price list; see Billing.'}
      </p>
    );
  }
  const rows = q.data.data.filter((r) => r.cluster_kind === kind);
  if (rows.length === 0) return <p className="muted" data-testid="price">No price is published for {kind} clusters yet.</p>;
  const base = rows.find((r) => r.line_type === 'KAFKA_BASE');
  const ckus = rows.find((r) => r.line_type === 'KAFKA_NUM_CKUS');
  const hourly = (base ? Number(base.unit_price) : 0) + (kind === 'Dedicated' && ckus ? Number(ckus.unit_price) * cku : 0);
  return (
    <div className="price-preview" data-testid="price" aria-live="polite">
      <div className="price-headline">
        <strong>{usd(hourly)}</strong> per hour <span className="muted">(about {usd(hourly * HOURS_PER_MONTH)} a month)</span>, plus usage:
      </div>
      <ul>
        {rows
          .filter((r) => r.line_type !== 'KAFKA_BASE' && (kind === 'Dedicated' || r.line_type !== 'KAFKA_NUM_CKUS'))
          .map((r) => (
            <li key={r.line_type}>
              <span>{LINE_NAMES[r.line_type] ?? r.line_type}</span>
              <span>
                {usd(Number(r.unit_price))} / {r.unit}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}

export default function NewClusterPage() {
  const { envId } = useParams<{ envId: string }>();
  const router = useRouter();
  const { environments } = useEnvironments();
  const { canWrite } = useSession();
  const env = environments.find((e) => e.id === envId);
  const [kind, setKind] = useState<ClusterKind>('Basic');
  const [cloud, setCloud] = useState<Cloud>('LOCAL');
  const [region, setRegion] = useState('local');
  const [availability, setAvailability] = useState<Availability>('SINGLE_ZONE');
  const [cku, setCku] = useState(1);
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const groupId = useId();

  useEffect(() => {
    if (!KIND_INFO[kind].multiZone) setAvailability('SINGLE_ZONE');
  }, [kind]);
  useEffect(() => {
    setRegion(REGIONS[cloud][0]?.id ?? '');
  }, [cloud]);

  const minCku = availability === 'MULTI_ZONE' ? 2 : 1;
  const local = {
    name: name.trim() ? undefined : 'Name the cluster, e.g. orders-prod',
    cku: kind === 'Dedicated' && (!Number.isInteger(cku) || cku < minCku) ? `Multi zone Dedicated clusters need at least ${minCku} CKUs` : undefined,
  };

  const create = useAction(() =>
    clusters.create({
      display_name: name.trim(),
      availability,
      cloud,
      region,
      config: kind === 'Dedicated' ? { kind, cku } : { kind },
      environment: { id: envId },
    }),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (local.name || local.cku) return;
    const r = await create.run();
    if (r.ok) router.push(`/app/environments/${envId}/clusters/${r.value.id}?created=1`);
  };

  return (
    <div className="page page-narrow">
      <PageHeader
        eyebrow={
          <Link href={`/app/environments/${envId}/clusters`} className="back-link">
            ← Clusters{env ? ` in ${env.display_name}` : ''}
          </Link>
        }
        title="Create a Kafka cluster"
        description="Choose a type, where it runs, and a name. Provisioning starts right away; you can watch its progress."
      />
      {!canWrite ? (
        <Callout tone="warning" title="Viewers can't create clusters">
          Your role is Viewer: you can look at everything, but not change it. Ask an Organization admin to make you an Operator, or to create the cluster for you.
        </Callout>
      ) : null}
      {isNotAvailable(create.error) ? (
        <Callout tone="info" title="Cluster provisioning is coming soon">
          This deployment can&apos;t create clusters yet. Your choices aren&apos;t lost: try again after the next release.
        </Callout>
      ) : (
        <FormError error={create.error} action="create clusters" />
      )}
      <form className="stack-lg" onSubmit={submit} noValidate>
        <Card title="1. Cluster type">
          <fieldset className="choice-group" aria-describedby={`${groupId}-k`}>
            <legend className="sr-only">Cluster type</legend>
            {KINDS.map((k) => (
              <label key={k} className={`choice${kind === k ? ' choice-selected' : ''}`}>
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                <span className="choice-title">{KIND_INFO[k].title}</span>
                <span className="choice-blurb">{KIND_INFO[k].blurb}</span>
                <ul className="choice-points">
                  {KIND_INFO[k].points.map((p) => (
                    <li key={p}>
                      <Icon name="check" size={14} />
                      {p}
                    </li>
                  ))}
                </ul>
              </label>
            ))}
          </fieldset>
          <p id={`${groupId}-k`} className="field-hint">
            You can&apos;t change the type later; Dedicated clusters can change their CKUs.
          </p>
          {fieldError(create.error, 'config.kind', 'kind') ? <p className="field-error">{fieldError(create.error, 'config.kind', 'kind')}</p> : null}
        </Card>

        <Card title="2. Where it runs">
          <div className="grid-2 grid-tight">
            <SelectField label="Cloud" value={cloud} onChange={(e) => setCloud(e.target.value as Cloud)} error={fieldError(create.error, 'cloud')} hint="Cloud and region can't change after creation.">
              <option value="LOCAL">Local (development)</option>
              <option value="AWS">Amazon Web Services</option>
            </SelectField>
            <SelectField label="Region" value={region} onChange={(e) => setRegion(e.target.value)} error={fieldError(create.error, 'region')}>
              {REGIONS[cloud].map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </SelectField>
          </div>
          <fieldset className="radio-row">
            <legend className="field-label">Availability</legend>
            <label className="radio">
              <input type="radio" name="availability" checked={availability === 'SINGLE_ZONE'} onChange={() => setAvailability('SINGLE_ZONE')} />
              <span>
                <strong>Single zone</strong>
                <span className="cell-sub">Lower cost; a zone outage takes the cluster down.</span>
              </span>
            </label>
            <label className={`radio${KIND_INFO[kind].multiZone ? '' : ' radio-disabled'}`}>
              <input
                type="radio"
                name="availability"
                checked={availability === 'MULTI_ZONE'}
                disabled={!KIND_INFO[kind].multiZone}
                onChange={() => setAvailability('MULTI_ZONE')}
              />
              <span>
                <strong>Multi zone</strong>
                <span className="cell-sub">{KIND_INFO[kind].multiZone ? 'Replicated across 3 zones, for production.' : 'Not available for Basic clusters.'}</span>
              </span>
            </label>
          </fieldset>
          {fieldError(create.error, 'availability') ? <p className="field-error">{fieldError(create.error, 'availability')}</p> : null}
        </Card>

        <Card title="3. Name and capacity">
          <div className="grid-2 grid-tight">
            <TextField
              label="Cluster name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="orders-prod"
              error={(touched ? local.name : undefined) ?? fieldError(create.error, 'display_name')}
              maxLength={64}
            />
            {kind === 'Dedicated' ? (
              <TextField
                label="CKUs"
                type="number"
                inputMode="numeric"
                min={minCku}
                max={24}
                value={String(cku)}
                onChange={(e) => setCku(Number(e.target.value))}
                error={(touched ? local.cku : undefined) ?? fieldError(create.error, 'config.cku', 'cku')}
                hint="Confluent Kafka Units: each adds throughput and partitions."
              />
            ) : null}
          </div>
        </Card>

        <Card title="4. Review">
          <DescriptionList
            items={[
              { term: 'Name', value: name.trim() || <span className="muted">not set</span> },
              { term: 'Type', value: kind === 'Dedicated' ? `Dedicated · ${cku} CKU${cku === 1 ? '' : 's'}` : kind },
              { term: 'Where', value: `${cloud === 'LOCAL' ? 'Local' : 'AWS'} · ${REGIONS[cloud].find((r) => r.id === region)?.label ?? region}` },
              { term: 'Availability', value: availability === 'MULTI_ZONE' ? 'Multi zone' : 'Single zone' },
              { term: 'Price', value: <PriceSummary kind={kind} cku={cku} /> },
            ]}
          />
        </Card>

        <div className="form-actions form-actions-sticky">
          <Link href={`/app/environments/${envId}/clusters`} className="btn btn-secondary">
            Cancel
          </Link>
          <Button type="submit" variant="primary" pending={create.pending} disabled={!canWrite}>
            {create.pending ? 'Launching…' : 'Launch cluster'}
          </Button>
        </div>
      </form>
    </div>
  );
}
