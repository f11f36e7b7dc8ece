'use client';

import type { ReactNode } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { Loading } from '@/components/ui';
import type { QueryState } from '@/lib/hooks';

/**
 * The states every list page goes through, in one place: the error in words with a retry,
 * a skeleton on the first load, the empty state that says what to do next, then the content.
 */
export function QueryBody<T>({ query, action, empty, children }: { query: QueryState<T>; action: string; empty?: ReactNode; children: ReactNode }) {
  if (query.error) return <ErrorNotice error={query.error} action={action} onRetry={() => void query.reload()} />;
  if (query.loading && !query.data) return <Loading />;
  if (empty) return <>{empty}</>;
  return <>{children}</>;
}
