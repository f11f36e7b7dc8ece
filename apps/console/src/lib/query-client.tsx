'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { isApiError } from './api';

const MAX_RETRIES = 3;

/**
 * A 4xx is an answer (not found, not allowed, bad filter): asking again gives the same one, and the
 * page should say so at once. Network failures and 5xx are worth a few more tries, backing off.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.kind === 'http' && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** 1 s, 2 s, 4 s … capped at 15 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 15_000);
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Coming back to the tab shows fresh data; polling itself stops while the tab is hidden.
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
        // Navigating between pages reuses what was just loaded, and refreshes it behind the scenes.
        staleTime: 5_000,
      },
      mutations: { retry: false },
    },
  });
}

/** The one QueryClient of the browser tab (the root layout wraps every page in it). */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
