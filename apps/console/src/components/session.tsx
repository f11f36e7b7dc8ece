'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError, setCsrfToken } from '@/lib/api';
import { auth } from '@/lib/resources';
import type { Me } from '@/lib/types';

interface SessionValue {
  me: Me;
  setMe: (me: Me) => void;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
  isAdmin: boolean;
  /** Viewers can't write: the UI still shows the buttons, and explains when the API says no. */
  canWrite: boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** For components that may render outside the app (login page errors). */
export function useOptionalSession(): SessionValue | null {
  return useContext(SessionContext);
}

export async function logoutAndLeave(): Promise<void> {
  try {
    await auth.logout();
  } catch {
    // Signed out already, or the API is down: the cookie is cleared by the API or expires anyway.
  }
  setCsrfToken(null);
  window.location.assign('/login?logged_out=1');
}

export function SessionProvider({ children, fallback, onError }: { children: ReactNode; fallback: ReactNode; onError: (error: unknown, retry: () => void) => ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  const setMe = useCallback((next: Me) => {
    setCsrfToken(next.csrf_token);
    setMeState(next);
  }, []);

  const refresh = useCallback(async () => {
    setMe(await auth.me());
  }, [setMe]);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    auth
      .me()
      .then((m) => {
        if (!cancelled) setMe(m);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        if (isApiError(e) && e.status === 401) {
          const here = window.location.pathname + window.location.search;
          window.location.replace(`/login?next=${encodeURIComponent(here)}`);
          return;
        }
        setError(e);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt, setMe]);

  const value = useMemo<SessionValue | null>(
    () =>
      me
        ? {
            me,
            setMe,
            refresh,
            logout: logoutAndLeave,
            isAdmin: me.role === 'OrganizationAdmin',
            canWrite: me.role !== 'Viewer',
          }
        : null,
    [me, setMe, refresh],
  );

  if (error) return <>{onError(error, () => setAttempt((a) => a + 1))}</>;
  if (!value) return <>{fallback}</>;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
