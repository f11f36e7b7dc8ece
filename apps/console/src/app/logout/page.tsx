'use client';

import { useEffect } from 'react';
import { FullPageLoading } from '@/components/shell';
import { setCsrfToken } from '@/lib/api';
import { auth } from '@/lib/resources';

/** /logout: revoke the session server-side, then go to the login page. */
export default function LogoutPage() {
  useEffect(() => {
    (async () => {
      try {
        const me = await auth.me();
        setCsrfToken(me.csrf_token);
        await auth.logout();
      } catch {
        // Not signed in (or the API is down): nothing to revoke from here.
      }
      setCsrfToken(null);
      window.location.replace('/login?logged_out=1');
    })();
  }, []);
  return <FullPageLoading />;
}
