'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useSession } from '@/components/session';
import { useEnvironments } from '@/components/shell';
import { Card, Icon, PageHeader } from '@/components/ui';

export default function Overview() {
  const { me } = useSession();
  const { current, currentId } = useEnvironments();
  const [welcome, setWelcome] = useState(false);
  useEffect(() => setWelcome(new URLSearchParams(window.location.search).has('welcome')), []);
  const first = me.user.full_name.split(/\s+/)[0] ?? me.user.full_name;
  const envPath = `/app/environments/${currentId ?? ''}`;

  const steps = [
    {
      icon: 'cluster',
      title: 'Create a Kafka cluster',
      body: `Pick a cluster type, a cloud and a region in ${current ? `the “${current.display_name}” environment` : 'an environment'}.`,
      href: currentId ? `${envPath}/clusters/new` : '/app/clusters',
      cta: 'Create cluster',
    },
    {
      icon: 'key',
      title: 'Create an API key',
      body: 'Cloud API keys let scripts, Terraform and CI manage Tributary through the API.',
      href: '/app/api-keys',
      cta: 'Manage API keys',
    },
    {
      icon: 'users',
      title: 'Invite your team',
      body: 'Give teammates the role they need: Viewer, Operator, Environment admin or Organization admin.',
      href: '/app/team',
      cta: 'Invite people',
    },
  ];

  return (
    <div className="page">
      <PageHeader
        docTitle="Overview"
        eyebrow={me.organization.display_name}
        title={welcome ? `Welcome to Tributary, ${first}` : `Hello, ${first}`}
        description={
          welcome
            ? 'Your organization is ready, with a “default” environment. Here is how to get streaming.'
            : 'Pick up where you left off, or start something new.'
        }
      />
      <div className="grid-3">
        {steps.map((s, i) => (
          <Card key={s.title} className="step-card">
            <div className="step-num">{i + 1}</div>
            <div className="feature-icon">
              <Icon name={s.icon} size={20} />
            </div>
            <h2 className="step-title">{s.title}</h2>
            <p className="muted">{s.body}</p>
            <Link href={s.href} className="link-strong">
              {s.cta} →
            </Link>
          </Card>
        ))}
      </div>
      <div className="grid-2">
        <Card title="Connect a client">
          <p className="muted">
            Once a cluster is running, its page shows ready-to-paste configuration for Java, KafkaJS and kcat. Clients authenticate with a cluster API key over SASL
            SCRAM-SHA-512:
          </p>
          <pre className="code-block">{`bootstrap.servers=<cluster bootstrap endpoint>
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule \\
  required username="<API key>" password="<API secret>";`}</pre>
        </Card>
        <Card title="Use the API">
          <p className="muted">Tributary’s REST API follows Confluent Cloud’s management API shapes. Authenticate with a Cloud API key:</p>
          <pre className="code-block">{`curl -u "$KEY:$SECRET" \\
  ${typeof window === 'undefined' ? '' : window.location.origin}/org/v2/environments`}</pre>
          <a className="link-strong" href="/docs">
            Open the API reference →
          </a>
        </Card>
      </div>
    </div>
  );
}
