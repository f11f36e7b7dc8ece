'use client';

import type { ReactNode } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { SessionProvider } from '@/components/session';
import { AppShell, FullPageLoading } from '@/components/shell';
import { Logo } from '@/components/ui';

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <SessionProvider
      fallback={<FullPageLoading />}
      onError={(error, retry) => (
        <div className="fullpage">
          <Logo size={40} />
          <div className="fullpage-error">
            <ErrorNotice error={error} onRetry={retry} action="open the console" />
          </div>
        </div>
      )}
    >
      <AppShell>{children}</AppShell>
    </SessionProvider>
  );
}
