'use client';

import { useInfiniteQuery, useQuery as useTanstackQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { pageTokenOf } from './api';
import type { List } from './types';

/** What every page's state component (QueryBody) needs from a query. */
export interface QueryStatus {
  data: unknown;
  error: unknown;
  /** The first load is under way (nothing to show yet). */
  loading: boolean;
  /** Refetch; resolves when done. */
  reload: () => Promise<void>;
}

export interface QueryState<T> extends QueryStatus {
  data: T | undefined;
  setData: (update: T | ((prev: T | undefined) => T | undefined)) => void;
}

/** How often to poll, given the latest data: a number of ms while something is changing, false otherwise. */
export type PollFn<T> = (data: T | undefined) => number | false;

/**
 * One resource on TanStack Query: cached under `key` (null = don't fetch), refetched when the tab
 * regains focus, retried with backoff except on 4xx (see query-client.tsx), and polled only while
 * `pollMs(data)` says something is changing; polling pauses while the tab is in the background.
 */
export function useQuery<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>, opts: { pollMs?: PollFn<T> } = {}): QueryState<T> {
  const client = useQueryClient();
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const pollRef = useRef(opts.pollMs);
  pollRef.current = opts.pollMs;
  const q = useTanstackQuery<T>({
    queryKey: [key],
    queryFn: ({ signal }) => fetcherRef.current(signal),
    enabled: key !== null,
    refetchInterval: (query) => pollRef.current?.(query.state.data) ?? false,
  });
  const { refetch } = q;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const setData = useCallback(
    (update: T | ((prev: T | undefined) => T | undefined)) => client.setQueryData<T>([key], update as (prev: T | undefined) => T | undefined),
    [client, key],
  );
  return { data: q.data, error: q.error ?? undefined, loading: q.isLoading, reload, setData };
}

export interface PagedState<T> extends QueryStatus {
  /** Every item of the pages loaded so far. */
  data: T[] | undefined;
  /** `metadata.total_size` of the list, when the API says. */
  total: number | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => Promise<void>;
}

/**
 * A paged list (`metadata.next` / `page_token`): the first page, then one more per `loadMore()`.
 * Refetching (focus, polling, reload) refreshes every page loaded so far.
 */
export function usePagedQuery<T>(
  key: string | null,
  fetchPage: (pageToken: string | undefined, signal: AbortSignal) => Promise<List<T>>,
  opts: { pollMs?: PollFn<T[]> } = {},
): PagedState<T> {
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const pollRef = useRef(opts.pollMs);
  pollRef.current = opts.pollMs;
  const q = useInfiniteQuery({
    queryKey: ['paged', key],
    queryFn: ({ pageParam, signal }) => fetchRef.current(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: List<T>) => pageTokenOf(last.metadata?.next),
    enabled: key !== null,
    refetchInterval: (query) => pollRef.current?.(query.state.data?.pages.flatMap((p) => p.data)) ?? false,
  });
  const { refetch, fetchNextPage } = q;
  const data = useMemo(() => q.data?.pages.flatMap((p) => p.data), [q.data]);
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  const loadMore = useCallback(async () => {
    await fetchNextPage();
  }, [fetchNextPage]);
  return {
    data,
    total: q.data?.pages[0]?.metadata?.total_size,
    error: q.error ?? undefined,
    loading: q.isLoading,
    reload,
    hasMore: q.hasNextPage,
    loadingMore: q.isFetchingNextPage,
    loadMore,
  };
}

/**
 * Marks the cached copies of `key` stale (plain, paged, the whole-list `all-<key>`, and `<key>:<id>`
 * ones), refetching those on screen now and the others when next shown.
 */
export function useInvalidate(): (key: string) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    (key: string) => client.invalidateQueries({ predicate: (q) => q.queryKey.some((k) => typeof k === 'string' && (k === key || k === `all-${key}` || k.startsWith(`${key}:`))) }),
    [client],
  );
}

export type ActionResult<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Wraps an async action with pending/error state for forms and buttons. While one run is in flight a
 * second call gets the same promise instead of starting another: a double-submitted form creates one
 * thing, whatever the buttons look like.
 */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const inFlight = useRef<Promise<ActionResult<R>> | null>(null);
  const run = useCallback((...args: A): Promise<ActionResult<R>> => {
    if (inFlight.current) return inFlight.current;
    setPending(true);
    setError(undefined);
    // Deferred by a microtask, so even an action that throws at once settles after `inFlight` is set.
    const p = Promise.resolve()
      .then(() => fnRef.current(...args))
      .then(
        (value): ActionResult<R> => ({ ok: true, value }),
        (e: unknown): ActionResult<R> => {
          setError(e);
          return { ok: false, error: e };
        },
      )
      .finally(() => {
        inFlight.current = null;
        setPending(false);
      });
    inFlight.current = p;
    return p;
  }, []);
  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}
