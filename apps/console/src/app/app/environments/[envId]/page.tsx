'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useEnvironments } from '@/components/shell';
import { Icon, PageHeader } from '@/components/ui';

/** An environment's parts: its Kafka clusters and its Schema Registry. */
export default function EnvironmentIndex() {
  const { envId } = useParams<{ envId: string }>();
  const { environments } = useEnvironments();
  const env = environments.find((e) => e.id === envId);
  const base = `/app/environments/${encodeURIComponent(envId)}`;
  const parts = [
    { href: `${base}/clusters`, icon: 'cluster', title: 'Kafka clusters', body: 'Managed Apache Kafka clusters, their topics, keys and metrics.' },
    { href: `${base}/schema-registry`, icon: 'list', title: 'Schema Registry', body: 'The Avro, Protobuf and JSON schemas of this environment’s topics, their versions and compatibility.' },
  ];
  return (
    <div className="page">
      <PageHeader eyebrow="Environment" title={env?.display_name ?? envId} />
      <div className="cluster-grid">
        {parts.map((p) => (
          <Link key={p.href} href={p.href} className="cluster-card">
            <div className="cluster-card-head">
              <span className="cluster-card-icon" aria-hidden="true">
                <Icon name={p.icon} size={20} />
              </span>
              <div className="cluster-card-title">
                <strong>{p.title}</strong>
              </div>
            </div>
            <p className="muted small">{p.body}</p>
          </Link>
        ))}
      </div>
    </div>
  );
}
