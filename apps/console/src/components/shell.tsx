'use client';

import Link from 'next/link';
import { useParams, usePathname, useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { QueryStatus } from '@/lib/hooks';
import { useEnvironmentList } from '@/lib/queries';
import { auth } from '@/lib/resources';
import { roleLabel } from '@/lib/errors';
import type { Environment } from '@/lib/types';
import { ErrorNotice } from './error-notice';
import { LiveMeterBadge } from './live-meter';
import { useSession } from './session';
import { Badge, Icon, Logo, Spinner } from './ui';

interface EnvValue {
  environments: Environment[];
  loading: boolean;
  error: unknown;
  current: Environment | undefined;
  currentId: string | undefined;
  reload: () => Promise<void>;
  select: (id: string) => void;
  /** The list's query, for the page state component. */
  query: QueryStatus;
}

const EnvContext = createContext<EnvValue | null>(null);

export function useEnvironments(): EnvValue {
  const v = useContext(EnvContext);
  if (!v) throw new Error('useEnvironments outside the app shell');
  return v;
}

const storageKey = (orgId: string) => `tributary.environment.${orgId}`;

function readStored(orgId: string): string | undefined {
  try {
    return window.localStorage.getItem(storageKey(orgId)) ?? undefined;
  } catch {
    return undefined;
  }
}

function EnvProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const params = useParams<{ envId?: string }>();
  const router = useRouter();
  const pathname = usePathname();
  const orgId = me.organization.id;
  const q = useEnvironmentList(orgId);
  const [stored, setStored] = useState<string | undefined>(undefined);

  useEffect(() => setStored(readStored(orgId)), [orgId]);

  const list = useMemo(() => q.data ?? [], [q.data]);
  const fromUrl = typeof params.envId === 'string' ? params.envId : undefined;
  const candidate = fromUrl ?? stored;
  const current = list.find((e) => e.id === candidate) ?? (fromUrl ? undefined : list[0]);
  const currentId = fromUrl ?? current?.id;

  useEffect(() => {
    if (fromUrl) {
      try {
        window.localStorage.setItem(storageKey(orgId), fromUrl);
      } catch {
        /* private mode */
      }
    }
  }, [fromUrl, orgId]);

  const select = useCallback(
    (id: string) => {
      try {
        window.localStorage.setItem(storageKey(orgId), id);
      } catch {
        /* private mode */
      }
      setStored(id);
      if (pathname.startsWith('/app/environments/') && fromUrl) router.push(`/app/environments/${id}/clusters`);
    },
    [orgId, pathname, fromUrl, router],
  );

  const value: EnvValue = { environments: list, loading: q.loading, error: q.error, current, currentId, reload: q.reload, select, query: q };
  return <EnvContext.Provider value={value}>{children}</EnvContext.Provider>;
}

function NavLink({ href, icon, children, active, onNavigate }: { href: string; icon: string; children: ReactNode; active: boolean; onNavigate: () => void }) {
  return (
    <Link href={href} className={`nav-link${active ? ' nav-link-active' : ''}`} aria-current={active ? 'page' : undefined} onClick={onNavigate}>
      <Icon name={icon} size={18} />
      <span>{children}</span>
    </Link>
  );
}

function Sidebar({ open, onNavigate }: { open: boolean; onNavigate: () => void }) {
  const pathname = usePathname();
  const { current, currentId } = useEnvironments();
  const envBase = currentId ? `/app/environments/${currentId}` : '/app/environments';
  const is = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  return (
    <aside className={`sidebar${open ? ' sidebar-open' : ''}`} aria-label="Main navigation">
      <Link href="/app" className="sidebar-brand" onClick={onNavigate}>
        <Logo size={28} />
        <span>Tributary</span>
      </Link>
      <nav className="nav">
        <div className="nav-section">
          <NavLink href="/app" icon="zap" active={pathname === '/app'} onNavigate={onNavigate}>
            Overview
          </NavLink>
        </div>
        <div className="nav-section">
          <div className="nav-heading">
            Environment
            {current ? <span className="nav-heading-value">{current.display_name}</span> : null}
          </div>
          <NavLink href={currentId ? `${envBase}/clusters` : '/app/clusters'} icon="cluster" active={currentId ? is(envBase) && !is(`${envBase}/schema-registry`) : false} onNavigate={onNavigate}>
            Clusters
          </NavLink>
          {currentId ? (
            <NavLink href={`${envBase}/schema-registry`} icon="schema" active={is(`${envBase}/schema-registry`)} onNavigate={onNavigate}>
              Schema Registry
            </NavLink>
          ) : null}
        </div>
        <div className="nav-section">
          <div className="nav-heading">Organization</div>
          <NavLink href="/app/environments" icon="layers" active={pathname === '/app/environments'} onNavigate={onNavigate}>
            Environments
          </NavLink>
          <NavLink href="/app/api-keys" icon="key" active={is('/app/api-keys')} onNavigate={onNavigate}>
            API keys
          </NavLink>
          <NavLink href="/app/service-accounts" icon="bot" active={is('/app/service-accounts')} onNavigate={onNavigate}>
            Service accounts
          </NavLink>
          <NavLink href="/app/team" icon="users" active={is('/app/team')} onNavigate={onNavigate}>
            Team
          </NavLink>
          <NavLink href="/app/audit" icon="list" active={is('/app/audit')} onNavigate={onNavigate}>
            Audit log
          </NavLink>
          <NavLink href="/app/usage" icon="chart" active={is('/app/usage')} onNavigate={onNavigate}>
            Usage
          </NavLink>
          <NavLink href="/app/billing" icon="card" active={is('/app/billing')} onNavigate={onNavigate}>
            Billing
          </NavLink>
          <NavLink href="/app/budgets" icon="alert" active={is('/app/budgets')} onNavigate={onNavigate}>
            Budgets
          </NavLink>
        </div>
      </nav>
      <div className="sidebar-footer">
        <a href="/docs" className="nav-link nav-link-muted">
          <Icon name="info" size={18} />
          <span>API reference</span>
        </a>
      </div>
    </aside>
  );
}

function OrgSwitcher() {
  const { me, setMe } = useSession();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (me.organizations.length < 2) {
    return (
      <div className="switcher switcher-static" title="Organization">
        <span className="switcher-label">Organization</span>
        <span className="switcher-value">{me.organization.display_name}</span>
      </div>
    );
  }
  return (
    <div className="switcher">
      <label htmlFor={id} className="switcher-label">
        Organization
      </label>
      <select
        id={id}
        className="switcher-select"
        value={me.organization.id}
        disabled={pending}
        onChange={async (e) => {
          setPending(true);
          setError(null);
          try {
            setMe(await auth.switchOrganization(e.target.value));
            window.location.assign('/app');
          } catch (err) {
            setError(err);
            setPending(false);
          }
        }}
      >
        {me.organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.display_name}
          </option>
        ))}
      </select>
      {error ? (
        <div className="switcher-error">
          <ErrorNotice error={error} action="switch organization" compact />
        </div>
      ) : null}
    </div>
  );
}

function EnvSwitcher() {
  const { environments, currentId, select, loading } = useEnvironments();
  const id = useId();
  return (
    <div className="switcher">
      <label htmlFor={id} className="switcher-label">
        Environment
      </label>
      <select id={id} className="switcher-select" value={currentId ?? ''} disabled={loading && environments.length === 0} onChange={(e) => select(e.target.value)}>
        {environments.length === 0 ? <option value="">{loading ? 'Loading…' : 'No environments'}</option> : null}
        {environments.map((env) => (
          <option key={env.id} value={env.id}>
            {env.display_name}
          </option>
        ))}
      </select>
    </div>
  );
}

function UserMenu() {
  const { me, logout } = useSession();
  const [pending, setPending] = useState(false);
  const initials = me.user.full_name
    .split(/\s+/)
    .map((p) => p.charAt(0))
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <div className="user-menu">
      <div className="avatar" aria-hidden="true">
        {initials || '?'}
      </div>
      <div className="user-meta">
        <span className="user-name">{me.user.full_name}</span>
        <span className="user-role">
          <Badge tone={me.role === 'Viewer' ? 'neutral' : 'accent'}>{roleLabel(me.role)}</Badge>
        </span>
      </div>
      <button
        type="button"
        className="icon-btn"
        aria-label="Log out"
        title="Log out"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void logout();
        }}
      >
        <Icon name="logout" size={18} />
      </button>
    </div>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <EnvProvider>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="shell">
        <Sidebar open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        {menuOpen ? <div className="scrim" onClick={() => setMenuOpen(false)} aria-hidden="true" /> : null}
        <div className="shell-main">
          <header className="topbar">
            <button type="button" className="icon-btn menu-btn" aria-label={menuOpen ? 'Close menu' : 'Open menu'} aria-expanded={menuOpen} onClick={() => setMenuOpen((o) => !o)}>
              <Icon name="menu" size={20} />
            </button>
            <div className="topbar-switchers">
              <OrgSwitcher />
              <span className="topbar-sep" aria-hidden="true">
                /
              </span>
              <EnvSwitcher />
            </div>
            <div className="topbar-spacer" />
            <LiveMeterBadge />
            <UserMenu />
          </header>
          <main id="main" className="content" tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
    </EnvProvider>
  );
}

export function FullPageLoading() {
  return (
    <div className="fullpage">
      <Logo size={40} />
      <Spinner label="Loading your console…" />
    </div>
  );
}
