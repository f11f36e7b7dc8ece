import Link from 'next/link';
import { Icon, Logo } from '@/components/ui';

const FEATURES = [
  { icon: 'zap', title: 'Clusters in minutes', body: 'Pick Basic, Standard or Dedicated, a cloud and a region. Tributary provisions, patches and watches the brokers.' },
  { icon: 'key', title: 'Keys and service accounts', body: 'Cloud API keys for automation, cluster keys for your producers and consumers, scoped to service accounts.' },
  { icon: 'chart', title: 'Pay for what you use', body: 'Usage is metered hourly — throughput, storage, partitions — with daily cost breakdowns per cluster.' },
  { icon: 'shield', title: 'Audit everything', body: 'Every create, update and delete is recorded with who, when and from where. Roles from Viewer to Organization admin.' },
  { icon: 'globe', title: 'Confluent-compatible API', body: 'The same REST shapes as Confluent Cloud’s management APIs, so your Terraform, scripts and SDKs feel at home.' },
  { icon: 'layers', title: 'Environments', body: 'Separate development, staging and production, each with its own clusters and access.' },
];

export default function Landing() {
  return (
    <div className="landing">
      <header className="landing-nav">
        <Link href="/" className="landing-brand" aria-label="Tributary home">
          <Logo size={30} />
          <span>Tributary</span>
        </Link>
        <nav className="landing-links" aria-label="Account">
          <Link href="/login" className="btn btn-ghost-dark">
            Log in
          </Link>
          <Link href="/signup" className="btn btn-primary">
            Start free
          </Link>
        </nav>
      </header>

      <section className="hero">
        <div className="hero-text">
          <p className="hero-eyebrow">Managed Apache Kafka®</p>
          <h1>
            Streaming data,
            <br />
            <span className="gradient-text">without running Kafka.</span>
          </h1>
          <p className="hero-lead">
            Tributary gives you production-grade Kafka clusters, topics, keys and metering behind one console and one API. Create a cluster, grab the bootstrap
            endpoint, start producing.
          </p>
          <div className="hero-cta">
            <Link href="/signup" className="btn btn-primary btn-lg">
              Create your organization
              <Icon name="arrowRight" size={18} />
            </Link>
            <Link href="/login" className="btn btn-ghost-dark btn-lg">
              I have an account
            </Link>
          </div>
          <p className="hero-note">No credit card to start · Basic clusters from $0.04/hour</p>
        </div>
        <div className="hero-visual" aria-hidden="true">
          <div className="hero-card">
            <div className="hero-card-head">
              <span className="dot dot-r" />
              <span className="dot dot-y" />
              <span className="dot dot-g" />
              <span className="hero-card-title">orders-prod · lkc-7x2k9</span>
            </div>
            <div className="hero-card-body">
              <div className="hero-metric">
                <span>Ingress</span>
                <strong>42.8 MB/s</strong>
              </div>
              <div className="hero-metric">
                <span>Egress</span>
                <strong>118.3 MB/s</strong>
              </div>
              <div className="hero-metric">
                <span>Partitions</span>
                <strong>1,284</strong>
              </div>
              <svg viewBox="0 0 300 80" className="hero-spark">
                <path d="M0 60 C30 50 40 20 70 30 S120 70 150 40 S210 10 240 25 S280 50 300 20" fill="none" stroke="#22d3ee" strokeWidth="3" />
                <path d="M0 70 C40 65 60 45 90 50 S140 65 170 55 S230 35 260 45 S290 55 300 40" fill="none" stroke="#818cf8" strokeWidth="2" opacity="0.8" />
              </svg>
              <code className="hero-code">bootstrap.servers=pkc-7x2k9.eu-west-1.aws.tributary.cloud:9092</code>
            </div>
          </div>
        </div>
      </section>

      <section className="features" aria-labelledby="features-title">
        <h2 id="features-title">Everything around the brokers, done</h2>
        <div className="feature-grid">
          {FEATURES.map((f) => (
            <article key={f.title} className="feature">
              <div className="feature-icon">
                <Icon name={f.icon} size={20} />
              </div>
              <h3>{f.title}</h3>
              <p>{f.body}</p>
            </article>
          ))}
        </div>
      </section>

      <section className="plans" aria-labelledby="plans-title">
        <h2 id="plans-title">Three cluster types, one console</h2>
        <div className="plan-grid">
          <article className="plan">
            <h3>Basic</h3>
            <p className="plan-price">Pay as you go</p>
            <ul>
              <li>Single zone</li>
              <li>Up to 4,096 partitions</li>
              <li>99.5% uptime SLA</li>
            </ul>
          </article>
          <article className="plan plan-featured">
            <h3>Standard</h3>
            <p className="plan-price">Production ready</p>
            <ul>
              <li>Single or multi zone</li>
              <li>Up to 4,096 partitions</li>
              <li>99.99% uptime SLA (multi zone)</li>
            </ul>
          </article>
          <article className="plan">
            <h3>Dedicated</h3>
            <p className="plan-price">Reserved capacity (CKUs)</p>
            <ul>
              <li>Scale CKUs up and down</li>
              <li>Up to 100,000 partitions</li>
              <li>Isolated brokers</li>
            </ul>
          </article>
        </div>
        <div className="center">
          <Link href="/signup" className="btn btn-primary btn-lg">
            Start free
          </Link>
        </div>
      </section>

      <footer className="landing-footer">
        <span>© Tributary</span>
        <span>Apache Kafka® is a trademark of the Apache Software Foundation.</span>
      </footer>
    </div>
  );
}
