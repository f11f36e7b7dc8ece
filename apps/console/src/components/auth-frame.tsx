import Link from 'next/link';
import type { ReactNode } from 'react';
import { Logo } from './ui';

/** The frame of the signed-out pages: brand, a card, a footer link. */
export function AuthFrame({ title, subtitle, children, footer }: { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="auth-page">
      <div className="auth-side" aria-hidden="true">
        <div className="auth-side-inner">
          <Logo size={40} />
          <h2>Kafka, managed.</h2>
          <p>Clusters, topics, keys, usage and audit — one console, one API.</p>
          <ul className="auth-points">
            <li>Provision Basic, Standard or Dedicated clusters</li>
            <li>Scoped API keys for people and services</li>
            <li>Hourly metering, daily costs</li>
          </ul>
        </div>
      </div>
      <main className="auth-main">
        <div className="auth-card">
          <Link href="/" className="auth-brand">
            <Logo size={28} />
            <span>Tributary</span>
          </Link>
          <h1>{title}</h1>
          {subtitle ? <p className="auth-subtitle">{subtitle}</p> : null}
          {children}
        </div>
        {footer ? <p className="auth-footer">{footer}</p> : null}
      </main>
    </div>
  );
}

/** Only same-site paths: `next=//evil.example` must not leave the console. */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/app';
  return raw;
}
