'use client';

import type { ReactNode } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { Button, Loading } from '@/components/ui';
import type { PagedState, QueryStatus } from '@/lib/hooks';

/**
 * The states every list and detail page goes through, in one place: the error in words with a retry,
 * a skeleton on the first load, the empty state that says what to do next, then the content. A failed
 * background refresh (focus, polling) keeps the content on screen, with the error above it.
 */
export function QueryBody({
  query,
  action,
  empty,
  loadingRows,
  frame = (node) => node,
  children,
}: {
  query: QueryStatus;
  action: string;
  /** Shown instead of the content when truthy (e.g. `list.length === 0 && <EmptyState …/>`). */
  empty?: ReactNode;
  loadingRows?: number;
  /** Wraps the error and loading states, for content that brings its own cards (e.g. `(n) => <Card>{n}</Card>`). */
  frame?: (node: ReactNode) => ReactNode;
  children: ReactNode;
}) {
  const retry = () => void query.reload();
  if (query.error && query.data === undefined) return <>{frame(<ErrorNotice error={query.error} action={action} onRetry={retry} />)}</>;
  if (query.data === undefined) return query.loading ? <>{frame(<Loading rows={loadingRows} />)}</> : null;
  const stale = query.error ? <ErrorNotice error={query.error} action={action} onRetry={retry} compact /> : null;
  if (empty) {
    return (
      <>
        {stale}
        {empty}
      </>
    );
  }
  return (
    <>
      {stale}
      {children}
    </>
  );
}

/** Under a paged list: how many are shown, and a button for the next page while there is one. */
export function LoadMore({ query, noun }: { query: PagedState<unknown>; noun: string }) {
  const shown = query.data?.length ?? 0;
  if (!query.hasMore && (query.total === undefined || query.total <= shown)) return null;
  return (
    <div className="load-more" data-testid="load-more">
      <span className="muted small">
        Showing {shown}
        {query.total !== undefined ? ` of ${query.total}` : ''} {noun}
      </span>
      {query.hasMore ? (
        <Button onClick={() => void query.loadMore()} pending={query.loadingMore}>
          Load more {noun}
        </Button>
      ) : null}
    </div>
  );
}
