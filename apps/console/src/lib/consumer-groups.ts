'use client';

/**
 * Consumer groups of one cluster, through the API's Kafka REST v3 routes (same-origin proxy): the
 * fetchers, their hooks and cache keys, and the client-side lag history and "falling behind" rule.
 */
import { useQueries, useQuery as useTanstackQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError, typedApi } from './api';
import { useInvalidate, useQuery } from './hooks';
import type { ItemOf, RequestBodyOf, ResponseOf } from './types';

// --- Shapes: the API's own, generated from /openapi.json (api-schema.d.ts) ----------------------

const GROUPS = '/kafka/v3/clusters/{cluster_id}/consumer-groups';
const GROUP = '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}';
const CONSUMERS = '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers';
const ASSIGNMENTS = '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers/{consumer_id}/assignments';
const LAGS = '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lags';
const LAG_SUMMARY = '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lag-summary';
const RESET = '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}:reset-offsets';

export type ConsumerGroup = ResponseOf<typeof GROUP, 'get'>;
export type Consumer = ItemOf<ResponseOf<typeof CONSUMERS, 'get'>>;
export type ConsumerLag = ItemOf<ResponseOf<typeof LAGS, 'get'>>;
export type ConsumerAssignment = ItemOf<ResponseOf<typeof ASSIGNMENTS, 'get'>>;
export type LagSummary = ResponseOf<typeof LAG_SUMMARY, 'get'>;
export type ResetOffsetsRequest = RequestBodyOf<typeof RESET, 'post'>;
export type ResetTo = ResetOffsetsRequest['to'];
export type OffsetChange = ItemOf<ResponseOf<typeof RESET, 'post'>>;

// --- Fetchers (typed by the documented operation; path values are encoded by fillPath) -------------

const at = (cluster_id: string, consumer_group_id: string) => ({ path: { cluster_id, consumer_group_id } });

export const consumerGroups = {
  list: (cluster_id: string) => typedApi.get(GROUPS, { path: { cluster_id } }),
  get: (clusterId: string, groupId: string) => typedApi.get(GROUP, at(clusterId, groupId)),
  consumers: (clusterId: string, groupId: string) => typedApi.get(CONSUMERS, at(clusterId, groupId)),
  lagSummary: (clusterId: string, groupId: string) => typedApi.get(LAG_SUMMARY, at(clusterId, groupId)),
  lags: (clusterId: string, groupId: string) => typedApi.get(LAGS, at(clusterId, groupId)),
  assignments: (cluster_id: string, consumer_group_id: string, consumer_id: string) => typedApi.get(ASSIGNMENTS, { path: { cluster_id, consumer_group_id, consumer_id } }),
  resetOffsets: (clusterId: string, groupId: string, body: ResetOffsetsRequest) => typedApi.post(RESET, { ...at(clusterId, groupId), body }),
};

// --- Hooks ---------------------------------------------------------------------------------------

export const LAG_POLL_MS = 5_000;

export const groupKeys = {
  list: (clusterId: string) => `consumer-groups:${clusterId}`,
  /** Everything about one group (invalidate it after a reset): `<key>:…` entries are included. */
  group: (clusterId: string, groupId: string) => `consumer-group:${clusterId}:${groupId}`,
};

export const useConsumerGroups = (clusterId: string, enabled: boolean) =>
  useQuery(enabled ? groupKeys.list(clusterId) : null, () => consumerGroups.list(clusterId), { pollMs: () => 10_000 });

/** The lag summary and the members of every group in `groupIds` (one request each), refreshed with the list. */
export function useGroupOverviews(clusterId: string, groupIds: string[]) {
  const summaries = useQueries({
    queries: groupIds.map((g) => ({
      queryKey: [`${groupKeys.group(clusterId, g)}:lag-summary`],
      queryFn: () => consumerGroups.lagSummary(clusterId, g),
      refetchInterval: 10_000,
    })),
  });
  const members = useQueries({
    queries: groupIds.map((g) => ({
      queryKey: [`${groupKeys.group(clusterId, g)}:consumers`],
      queryFn: () => consumerGroups.consumers(clusterId, g),
      refetchInterval: 10_000,
    })),
  });
  return groupIds.map((g, i) => ({ groupId: g, summary: summaries[i], members: members[i] }));
}

/** Each member's assigned partitions (one request per member), keyed by consumer id. */
export function useMemberAssignments(clusterId: string, groupId: string, consumerIds: string[]): Map<string, ConsumerAssignment[] | undefined> {
  const results = useQueries({
    queries: consumerIds.map((c) => ({
      queryKey: [`${groupKeys.group(clusterId, groupId)}:consumers:${c}:assignments`],
      queryFn: () => consumerGroups.assignments(clusterId, groupId, c),
      refetchInterval: 10_000,
    })),
  });
  return new Map(consumerIds.map((c, i) => [c, results[i]?.data?.data]));
}

export function useConsumerGroup(clusterId: string, groupId: string) {
  const key = groupKeys.group(clusterId, groupId);
  const poll = { pollMs: () => LAG_POLL_MS };
  return {
    group: useQuery(key, () => consumerGroups.get(clusterId, groupId), poll),
    consumers: useQuery(`${key}:consumers`, () => consumerGroups.consumers(clusterId, groupId), poll),
    lags: useQuery(`${key}:lags`, () => consumerGroups.lags(clusterId, groupId), poll),
  };
}

/** After a reset: the group, its members, lags and summary are read again. */
export function useRefreshGroup(clusterId: string, groupId: string): () => Promise<void> {
  const invalidate = useInvalidate();
  return () => invalidate(groupKeys.group(clusterId, groupId));
}

export interface LagSample {
  /** When the answer arrived (ms since the epoch). */
  at: number;
  total: number;
  max: number;
}

/** Samples kept: an hour at one every five seconds. Older ones drop off the chart. */
export const MAX_SAMPLES = 720;

/**
 * Polls the group's lag summary every LAG_POLL_MS while the page is open and keeps every answer as a
 * sample, in this tab only: the chart starts empty when the page opens (the API keeps no history).
 */
export function useLagHistory(clusterId: string, groupId: string) {
  const q = useTanstackQuery({
    queryKey: [`${groupKeys.group(clusterId, groupId)}:lag-summary`],
    queryFn: () => consumerGroups.lagSummary(clusterId, groupId),
    refetchInterval: LAG_POLL_MS,
  });
  const [openedAt] = useState(() => Date.now());
  const [samples, setSamples] = useState<LagSample[]>([]);
  const { data, dataUpdatedAt } = q;
  useEffect(() => {
    // One sample per answer, even an unchanged one (structural sharing keeps `data` the same object);
    // an answer cached before the page opened (the list page asks too) is not one of this page's.
    if (!data || !dataUpdatedAt || dataUpdatedAt < openedAt) return;
    setSamples((prev) => (prev.length && prev[prev.length - 1].at === dataUpdatedAt ? prev : [...prev, { at: dataUpdatedAt, total: data.total_lag, max: data.max_lag }].slice(-MAX_SAMPLES)));
  }, [data, dataUpdatedAt, openedAt]);
  return { summary: q, samples, openedAt };
}

// --- Falling behind -------------------------------------------------------------------------------

export interface LagAlertSettings {
  /** Total lag above this is "behind". */
  threshold: number;
  /** Lag that grew at each of the last `growingSamples` samples is "behind" too (0 = off). */
  growingSamples: number;
}

export const DEFAULT_ALERT: LagAlertSettings = { threshold: 1000, growingSamples: 6 };

export type LagAlert = { kind: 'threshold'; total: number; threshold: number } | { kind: 'growing'; from: number; to: number; samples: number };

/** Why the group is falling behind, from the samples seen so far, or null when it keeps up. */
export function lagAlert(samples: LagSample[], settings: LagAlertSettings): LagAlert | null {
  const last = samples[samples.length - 1];
  if (!last) return null;
  if (last.total > settings.threshold) return { kind: 'threshold', total: last.total, threshold: settings.threshold };
  const n = settings.growingSamples;
  if (n > 0 && samples.length > n) {
    const window = samples.slice(-(n + 1));
    if (window.every((s, i) => i === 0 || s.total > window[i - 1].total)) return { kind: 'growing', from: window[0].total, to: last.total, samples: n };
  }
  return null;
}

const ALERT_STORAGE = 'tributary.consumer-group-alert';

/** The user's alert settings, kept in this browser (localStorage), per cluster and group. */
export function useAlertSettings(clusterId: string, groupId: string): [LagAlertSettings, (s: LagAlertSettings) => void] {
  const storageKey = `${ALERT_STORAGE}:${clusterId}:${groupId}`;
  const [settings, setSettings] = useState<LagAlertSettings>(DEFAULT_ALERT);
  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(storageKey);
      if (!raw) return;
      const v = JSON.parse(raw) as Partial<LagAlertSettings>;
      setSettings({
        threshold: typeof v.threshold === 'number' && v.threshold >= 0 ? v.threshold : DEFAULT_ALERT.threshold,
        growingSamples: typeof v.growingSamples === 'number' && v.growingSamples >= 0 ? v.growingSamples : DEFAULT_ALERT.growingSamples,
      });
    } catch {
      // Unreadable or unavailable storage: the defaults.
    }
  }, [storageKey]);
  const save = (s: LagAlertSettings) => {
    setSettings(s);
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(s));
    } catch {
      // Private mode: kept for this page only.
    }
  };
  return [settings, save];
}

/** Whether the group has members (the API then refuses a reset: their next commit would undo it). */
export function hasActiveMembers(group: ConsumerGroup | undefined, consumers: Consumer[] | undefined): boolean {
  if (consumers && consumers.length > 0) return true;
  return group !== undefined && group.state !== 'EMPTY' && group.state !== 'DEAD';
}

/**
 * While the group has members, the API's own refusal, asked for with a validate-only reset (which
 * writes nothing): the page shows the broker's reason instead of guessing one. Null when a reset
 * would be accepted, undefined while unknown or not asked (no members, or `enabled` false).
 */
export function useResetRefusal(clusterId: string, groupId: string, active: boolean, enabled: boolean): string | null | undefined {
  const q = useTanstackQuery({
    queryKey: [`${groupKeys.group(clusterId, groupId)}:reset-check`, active],
    queryFn: async () => {
      try {
        await consumerGroups.resetOffsets(clusterId, groupId, { to: 'latest', validate_only: true });
        return null;
      } catch (e) {
        if (isApiError(e) && e.status === 409) return e.message;
        throw e;
      }
    },
    enabled: active && enabled,
    retry: false,
    refetchInterval: LAG_POLL_MS,
  });
  return active && enabled ? q.data : undefined;
}
