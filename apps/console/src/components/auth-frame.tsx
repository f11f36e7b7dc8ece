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

/**
 * Where to go after signing in: a path on this console, never another site. `//evil.example`,
 * `/\evil.example`, `https://…`, `javascript:…` and anything with control characters (browsers
 * drop tabs and newlines from URLs, so `/\t/evil.example` would become `//evil.example`) go to
 * /app instead. What is kept is re-read as a URL of this origin and only its path, query and
 * fragment are returned.
 */
export function safeNext(raw: string | null, origin = typeof window === 'undefined' ? 'http://console.invalid' : window.location.origin): string {
  const fallback = '/app';
  // eslint-disable-next-line no-control-regex
  if (!raw || raw.length > 2048 || /[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
