'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Refetch; resolves when done. */
  reload: () => Promise<void>;
  setData: (update: T | ((prev: T | undefined) => T | undefined)) => void;
}

/**
 * Minimal data loader: fetches when `key` changes (null = don't fetch), optional polling while
 * `pollMs(data)` returns a number. Keeps the last data while reloading so screens don't flash.
 */
export function useQuery<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>, opts: { pollMs?: (data: T | undefined) => number | false } = {}): QueryState<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState<boolean>(key !== null);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const pollRef = useRef(opts.pollMs);
  pollRef.current = opts.pollMs;
  const controllerRef = useRef<AbortController | null>(null);
  const keyRef = useRef(key);

  const run = useCallback(async (silent: boolean) => {
    if (keyRef.current === null) return;
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    if (!silent) setLoading(true);
    try {
      const result = await fetcherRef.current(controller.signal);
      if (controller.signal.aborted) return;
      setDataState(result);
      setError(undefined);
    } catch (e) {
      if (controller.signal.aborted || (e instanceof DOMException && e.name === 'AbortError')) return;
      setError(e);
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    keyRef.current = key;
    setDataState(undefined);
    setError(undefined);
    if (key === null) {
      setLoading(false);
      return;
    }
    void run(false);
    return () => controllerRef.current?.abort();
  }, [key, run]);

  // Polling, re-armed after each result.
  useEffect(() => {
    if (key === null) return;
    const ms = pollRef.current?.(data);
    if (!ms) return;
    const t = setTimeout(() => void run(true), ms);
    return () => clearTimeout(t);
  }, [data, error, key, run]);

  const reload = useCallback(() => run(true), [run]);
  const setData = useCallback((update: T | ((prev: T | undefined) => T | undefined)) => {
    setDataState((prev) => (typeof update === 'function' ? (update as (p: T | undefined) => T | undefined)(prev) : update));
  }, []);

  return { data, error, loading, reload, setData };
}

export type ActionResult<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** Wraps an async action with pending/error state for forms and buttons. */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const run = useCallback(async (...args: A): Promise<ActionResult<R>> => {
    setPending(true);
    setError(undefined);
    try {
      return { ok: true, value: await fnRef.current(...args) };
    } catch (e) {
      setError(e);
      return { ok: false, error: e };
    } finally {
      setPending(false);
    }
  }, []);
  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}
