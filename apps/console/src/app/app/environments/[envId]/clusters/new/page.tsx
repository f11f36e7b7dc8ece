'use client';

import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { FormError, fieldError } from '@/components/error-notice';
import { QueryBody } from '@/components/query-body';
import { useSession } from '@/components/session';
import { useEnvironments } from '@/components/shell';
import { Button, Callout, Card, DescriptionList, EmptyState, Icon, PageHeader, SelectField, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { isNotAvailable } from '@/lib/errors';
import { useAction, useInvalidate } from '@/lib/hooks';
import { formatUsd, parseMoney, timesInt } from '@/lib/money';
import { currentPrices, hourlyPrice } from '@/lib/pricing';
import { keys, useClusterOfferings } from '@/lib/queries';
import { clusters } from '@/lib/resources';
import type { Availability, ClusterKind, ClusterOffering, ClusterOfferings } from '@/lib/types';

const LINE_NAMES: Record<string, string> = {
  KAFKA_BASE: 'Cluster',
  KAFKA_NUM_CKUS: 'Capacity',
  KAFKA_NETWORK_WRITE: 'Data in',
  KAFKA_NETWORK_READ: 'Data out',
  KAFKA_STORAGE: 'Storage',
  KAFKA_PARTITION: 'Partitions',
};
const HOURS_PER_MONTH = 730;
const CLOUD_NAMES: Record<string, string> = { LOCAL: 'Local (development)', AWS: 'Amazon Web Services' };
const cloudName = (cloud: string) => CLOUD_NAMES[cloud] ?? cloud;
const grouped = (n: number) => n.toLocaleString('en-US');

/** The facts of a kind, from the catalog, as the choice card lists them. */
function kindPoints(o: ClusterOffering): string[] {
  return [
    o.brokers !== null ? `${o.brokers} broker${o.brokers === 1 ? '' : 's'}` : o.cku ? `One broker per CKU, ${o.cku.min}–${o.cku.max} CKUs` : 'One broker per CKU',
    o.availabilities.includes('MULTI_ZONE') ? (o.availabilities.includes('SINGLE_ZONE') ? 'Single or multi zone' : 'Multi zone') : 'Single zone',
    `Up to ${grouped(o.max_partitions)} partitions`,
    `Replication factor ${o.replication_factor}`,
    `${grouped(o.storage_gib_per_broker)} GiB storage per broker`,
  ];
}

/** The price before confirming, from the catalog's price list. */
function PriceSummary({ offering, cku }: { offering: ClusterOffering; cku: number }) {
  const hourly = hourlyPrice(offering, cku);
  const prices = currentPrices(offering.prices);
  const base = prices.find((r) => r.line_type === 'KAFKA_BASE');
  const perCku = offering.kind === 'Dedicated' ? prices.find((r) => r.line_type === 'KAFKA_NUM_CKUS') : undefined;
  // The fixed hourly lines are in the headline; the rest is billed by use.
  const usage = prices.filter((r) => r.line_type !== 'KAFKA_BASE' && r.line_type !== 'KAFKA_NUM_CKUS');
  if (hourly === null && usage.length === 0) {
    return (
      <p className="muted" data-testid="price">
        No price is published for {offering.kind} clusters yet.
      </p>
    );
  }
  return (
    <div className="price-preview" data-testid="price" aria-live="polite">
      {hourly !== null ? (
        <div className="price-headline">
          <strong data-testid="price-hourly">{formatUsd(hourly, { maxFractionDigits: 4 })}</strong> per hour{' '}
          <span className="muted">(about {formatUsd(timesInt(hourly, HOURS_PER_MONTH))} a month)</span>
          {usage.length ? ', plus usage:' : null}
          {perCku ? (
            <div className="muted small" data-testid="price-breakdown">
              {base ? `${formatUsd(parseMoney(base.unit_price), { maxFractionDigits: 4 })} base + ` : ''}
              {cku} CKU{cku === 1 ? '' : 's'} × {formatUsd(parseMoney(perCku.unit_price), { maxFractionDigits: 4 })}
            </div>
          ) : null}
        </div>
      ) : null}
      {usage.length ? (
        <ul>
          {usage.map((r) => (
            <li key={r.line_type}>
              <span>{LINE_NAMES[r.line_type] ?? r.line_type}</span>
              <span>
                {formatUsd(parseMoney(r.unit_price), { maxFractionDigits: 6 })} / {r.unit}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The catalog could not be read: say so, and offer nothing to create (no guessed kinds or prices). */
function NoCatalog({ envId }: { envId: string }) {
  return (
    <Card>
      <EmptyState
        icon={<Icon name="cluster" size={28} />}
        title="Cluster types aren't published on this deployment yet"
        action={
          <Link href={`/app/environments/${envId}/clusters`} className="btn btn-secondary">
            Back to clusters
          </Link>
        }
      >
        This Tributary API doesn&apos;t serve its cluster catalog (kinds, regions, limits and prices), so the console can&apos;t offer a cluster to create. Try again
        after the next release.
      </EmptyState>
    </Card>
  );
}

export default function NewClusterPage() {
  const { envId } = useParams<{ envId: string }>();
  const offerings = useClusterOfferings();
  const missing = isApiError(offerings.error) && (offerings.error.status === 404 || offerings.error.status === 501);
  return (
    <div className="page page-narrow">
      <PageHeader
        eyebrow={<BackLink envId={envId} />}
        title="Create a Kafka cluster"
        description="Choose a type, where it runs, and a name. Provisioning starts right away; you can watch its progress."
      />
      {missing ? (
        <NoCatalog envId={envId} />
      ) : (
        <QueryBody query={offerings} action="read the cluster types" loadingRows={6}>
          {offerings.data ? <CreateClusterForm envId={envId} catalog={offerings.data} /> : null}
        </QueryBody>
      )}
    </div>
  );
}

function BackLink({ envId }: { envId: string }) {
  const { environments } = useEnvironments();
  const env = environments.find((e) => e.id === envId);
  return (
    <Link href={`/app/environments/${envId}/clusters`} className="back-link">
      ← Clusters{env ? ` in ${env.display_name}` : ''}
    </Link>
  );
}

function CreateClusterForm({ envId, catalog }: { envId: string; catalog: ClusterOfferings }) {
  const router = useRouter();
  const invalidate = useInvalidate();
  const { canWrite } = useSession();
  const [kind, setKind] = useState<ClusterKind | undefined>(catalog.kinds[0]?.kind);
  const [cloud, setCloud] = useState<string>(catalog.clouds[0]?.cloud ?? '');
  const [region, setRegion] = useState(catalog.clouds[0]?.regions[0] ?? '');
  const [availability, setAvailability] = useState<Availability>('SINGLE_ZONE');
  const [cku, setCku] = useState(1);
  const [name, setName] = useState('');
  const [protect, setProtect] = useState(false);
  const [touched, setTouched] = useState(false);
  const groupId = useId();
  const offering = catalog.kinds.find((k) => k.kind === kind);
  const regions = catalog.clouds.find((c) => c.cloud === cloud)?.regions ?? [];

  useEffect(() => {
    if (offering && !offering.availabilities.includes(availability)) setAvailability(offering.availabilities[0] ?? 'SINGLE_ZONE');
    if (offering?.cku) setCku((n) => Math.min(Math.max(n, offering.cku?.min ?? 1), offering.cku?.max ?? n));
  }, [offering, availability]);

  const ckuRange = offering?.cku ?? null;
  const local = {
    name: name.trim() ? undefined : 'Name the cluster, e.g. orders-prod',
    cku:
      kind === 'Dedicated' && ckuRange && (!Number.isInteger(cku) || cku < ckuRange.min || cku > ckuRange.max)
        ? `Between ${ckuRange.min} and ${ckuRange.max} CKUs`
        : undefined,
  };

  const create = useAction(() =>
    clusters.create({
      display_name: name.trim(),
      availability,
      cloud,
      region,
      config: kind === 'Dedicated' ? { kind, cku } : { kind: kind ?? 'Basic' },
      environment: { id: envId },
      deletion_protection: protect,
    }),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (local.name || local.cku || !offering) return;
    const r = await create.run();
    if (r.ok) {
      void invalidate(keys.clusters(envId));
      router.push(`/app/environments/${envId}/clusters/${r.value.id}?created=1`);
    }
  };

  if (catalog.kinds.length === 0 || catalog.clouds.length === 0) return <NoCatalog envId={envId} />;

  return (
    <>
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
            {catalog.kinds.map((o) => (
              <label key={o.kind} className={`choice${kind === o.kind ? ' choice-selected' : ''}`}>
                <input type="radio" name="kind" value={o.kind} checked={kind === o.kind} onChange={() => setKind(o.kind)} />
                <span className="choice-title">{o.kind}</span>
                <span className="choice-blurb">{o.summary}</span>
                <ul className="choice-points">
                  {kindPoints(o).map((p) => (
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
            <SelectField
              label="Cloud"
              value={cloud}
              onChange={(e) => {
                setCloud(e.target.value);
                setRegion(catalog.clouds.find((c) => c.cloud === e.target.value)?.regions[0] ?? '');
              }}
              error={fieldError(create.error, 'cloud')}
              hint="Cloud and region can't change after creation."
            >
              {catalog.clouds.map((c) => (
                <option key={c.cloud} value={c.cloud}>
                  {cloudName(c.cloud)}
                </option>
              ))}
            </SelectField>
            <SelectField label="Region" value={region} onChange={(e) => setRegion(e.target.value)} error={fieldError(create.error, 'region')}>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </SelectField>
          </div>
          <fieldset className="radio-row">
            <legend className="field-label">Availability</legend>
            {(['SINGLE_ZONE', 'MULTI_ZONE'] as const).map((a) => {
              const offered = offering?.availabilities.includes(a) ?? false;
              return (
                <label key={a} className={`radio${offered ? '' : ' radio-disabled'}`}>
                  <input type="radio" name="availability" checked={availability === a} disabled={!offered} onChange={() => setAvailability(a)} />
                  <span>
                    <strong>{a === 'MULTI_ZONE' ? 'Multi zone' : 'Single zone'}</strong>
                    <span className="cell-sub">
                      {!offered
                        ? `Not available for ${kind} clusters.`
                        : a === 'MULTI_ZONE'
                          ? 'Replicated across 3 zones, for production.'
                          : 'Lower cost; a zone outage takes the cluster down.'}
                    </span>
                  </span>
                </label>
              );
            })}
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
                min={ckuRange?.min}
                max={ckuRange?.max}
                value={String(cku)}
                onChange={(e) => setCku(Number.parseInt(e.target.value, 10) || 0)}
                error={(touched ? local.cku : undefined) ?? fieldError(create.error, 'config.cku', 'cku')}
                hint="Confluent Kafka Units: each adds a broker, throughput and partitions."
              />
            ) : null}
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} aria-describedby={`${groupId}-dp`} />
            <span>
              <strong>Deletion protection</strong>
              <span id={`${groupId}-dp`} className="cell-sub">
                Refuse to delete this cluster until protection is turned off in its Settings. You can change this later.
              </span>
            </span>
          </label>
        </Card>

        <Card title="4. Review">
          <DescriptionList
            items={[
              { term: 'Name', value: name.trim() || <span className="muted">not set</span> },
              { term: 'Type', value: kind === 'Dedicated' ? `Dedicated · ${cku} CKU${cku === 1 ? '' : 's'}` : (kind ?? '—') },
              { term: 'Where', value: `${cloudName(cloud)} · ${region}` },
              { term: 'Availability', value: availability === 'MULTI_ZONE' ? 'Multi zone' : 'Single zone' },
              { term: 'Deletion protection', value: protect ? 'On' : 'Off' },
              { term: 'Price', value: offering ? <PriceSummary offering={offering} cku={cku} /> : '—' },
            ]}
          />
        </Card>

        <div className="form-actions form-actions-sticky">
          <Link href={`/app/environments/${envId}/clusters`} className="btn btn-secondary">
            Cancel
          </Link>
          <Button type="submit" variant="primary" pending={create.pending} disabled={!canWrite || !offering}>
            {create.pending ? 'Launching…' : 'Launch cluster'}
          </Button>
        </div>
      </form>
    </>
  );
}
