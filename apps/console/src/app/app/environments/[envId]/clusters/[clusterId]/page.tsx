'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Conditions } from '@/components/clusters';
import { Callout, Card, CopyValue, DescriptionList, Spinner } from '@/components/ui';
import { formatDate } from '@/lib/format';
import { useCluster } from './cluster-context';

export default function ClusterOverview() {
  const { cluster, envId } = useCluster();
  const [justCreated, setJustCreated] = useState(false);
  useEffect(() => setJustCreated(new URLSearchParams(window.location.search).has('created')), []);
  const phase = cluster.status?.phase;
  const failed = phase === 'FAILED';
  const failure = cluster.status?.conditions?.find((c) => c.status === 'False' && c.message);
  const endpoint = cluster.spec.kafka_bootstrap_endpoint;
  // Endpoints may carry their protocol (SASL_SSL://host:9092); client configs want host:port.
  const hostPort = endpoint?.replace(/^[A-Za-z_]+:\/\//, '');

  return (
    <div className="stack-lg">
      {phase === 'PROVISIONING' ? (
        <Callout tone="info" title={justCreated ? 'Your cluster is being created' : 'Provisioning'}>
          <Spinner label="We're setting up the brokers. This page updates by itself; you can leave it and come back." />
        </Callout>
      ) : null}
      {phase === 'DEPROVISIONING' ? <Callout tone="warning" title="Deleting">This cluster is being deleted. Its data and keys are going away.</Callout> : null}
      {failed ? (
        <Callout tone="danger" title="Provisioning failed">
          {failure?.message ?? 'Tributary could not create this cluster.'} Delete it from Settings and try again; if it fails again, contact support with the
          cluster id <code className="id">{cluster.id}</code>.
        </Callout>
      ) : null}

      <div className="grid-2">
        <Card title="Connect">
          {endpoint ? (
            <div className="stack">
              <div>
                <div className="field-label">Bootstrap server</div>
                <CopyValue value={endpoint} label="bootstrap server" />
              </div>
              {cluster.spec.http_endpoint ? (
                <div>
                  <div className="field-label">REST endpoint</div>
                  <CopyValue value={cluster.spec.http_endpoint} label="REST endpoint" />
                </div>
              ) : null}
              <p className="muted small">
                Clients authenticate with a cluster API key over SASL/PLAIN. <Link href="/app/api-keys">Create a key scoped to {cluster.id}</Link>.
              </p>
              <pre className="code-block">{`bootstrap.servers=${hostPort}
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule \\
  required username="<API key>" password="<API secret>";`}</pre>
            </div>
          ) : (
            <p className="muted">The bootstrap endpoint appears here once the cluster is running.</p>
          )}
        </Card>
        <Card title="Status">
          <Conditions conditions={cluster.status?.conditions} />
        </Card>
      </div>

      <Card title="Details">
        <DescriptionList
          items={[
            { term: 'Cluster ID', value: <code className="id">{cluster.id}</code> },
            { term: 'Type', value: cluster.spec.config.kind },
            ...(cluster.spec.config.kind === 'Dedicated' ? [{ term: 'CKUs', value: String(cluster.status?.cku ?? cluster.spec.config.cku ?? '—') }] : []),
            { term: 'Cloud', value: cluster.spec.cloud },
            { term: 'Region', value: cluster.spec.region },
            { term: 'Availability', value: cluster.spec.availability === 'MULTI_ZONE' ? 'Multi zone' : 'Single zone' },
            { term: 'Environment', value: <code className="id">{envId}</code> },
            { term: 'Created', value: formatDate(cluster.metadata?.created_at) },
          ]}
        />
      </Card>
    </div>
  );
}
