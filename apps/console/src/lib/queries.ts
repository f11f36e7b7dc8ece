'use client';

/**
 * One hook per resource, so every page asks for the same thing under the same cache key (and a change
 * made on one page is seen by the others after `useInvalidate()(key)`).
 */
import { clusterPollMs } from '@/components/clusters';
import { usePagedQuery, useQuery } from './hooks';
import { apiKeys, auditEvents, billing, catalog, clusters, environments, invitations, listAll, serviceAccounts, topics, users } from './resources';
import type { Cluster } from './types';

export const keys = {
  environments: (orgId: string) => `environments:${orgId}`,
  clusters: (envId: string) => `clusters:${envId}`,
  cluster: (envId: string, clusterId: string) => `cluster:${envId}:${clusterId}`,
  serviceAccounts: 'service-accounts',
  users: 'users',
  apiKeys: 'api-keys',
  clusterKeys: (clusterId: string) => `cluster-keys:${clusterId}`,
  invitations: 'invitations',
  topics: (clusterId: string) => `topics:${clusterId}`,
  offerings: 'cluster-offerings',
} as const;

/** Every environment of the organization (all pages): the switcher and the environments page. */
export const useEnvironmentList = (orgId: string) => useQuery(keys.environments(orgId), () => listAll((p) => environments.list(p)));

/** The clusters of one environment, paged, polled while any of them is changing. */
export const useClusterList = (envId: string | undefined) =>
  usePagedQuery<Cluster>(envId ? keys.clusters(envId) : null, (page_token) => clusters.list(envId ?? '', { page_token }), {
    pollMs: (list) => {
      const ms = (list ?? []).map(clusterPollMs).filter((x): x is number => x !== false);
      return ms.length ? Math.min(...ms) : false;
    },
  });

/** Every cluster of one environment (for pickers). */
export const useAllClusters = (envId: string | undefined) => useQuery(envId ? `all-${keys.clusters(envId)}` : null, () => listAll((p) => clusters.list(envId ?? '', p)));

export const useClusterQuery = (envId: string, clusterId: string) => useQuery(keys.cluster(envId, clusterId), () => clusters.get(clusterId, envId), { pollMs: clusterPollMs });

export const useServiceAccountList = () => usePagedQuery(keys.serviceAccounts, (page_token) => serviceAccounts.list({ page_token }));
/** Every service account (owner pickers, names of actors). */
export const useAllServiceAccounts = () => useQuery(`all-${keys.serviceAccounts}`, () => listAll((p) => serviceAccounts.list(p)));

export const useUserList = () => usePagedQuery(keys.users, (page_token) => users.list({ page_token }));
/** Every member (names of owners and actors, the last-admin rule). */
export const useAllUsers = () => useQuery(`all-${keys.users}`, () => listAll((p) => users.list(p)));

export const useApiKeyList = () => usePagedQuery(keys.apiKeys, (page_token) => apiKeys.list({ page_token }));
export const useClusterKeys = (clusterId: string) => useQuery(keys.clusterKeys(clusterId), () => listAll((p) => apiKeys.list({ resource: clusterId, ...p })));

export const useInvitations = (enabled: boolean) => useQuery(enabled ? keys.invitations : null, () => invitations.list());

export const useAuditEvents = (filters: { action: string; resource_id: string; actor_id: string }) =>
  usePagedQuery(`audit:${filters.action}:${filters.resource_id}:${filters.actor_id}`, (page_token) =>
    auditEvents.list({ action: filters.action || undefined, resource_id: filters.resource_id || undefined, actor_id: filters.actor_id || undefined, page_token }),
  );

export const useTopics = (clusterId: string, enabled: boolean) => useQuery(enabled ? keys.topics(clusterId) : null, () => topics.list(clusterId));

/** Kinds, regions, limits and prices, from the catalog: the create flow shows nothing it does not say. */
export const useClusterOfferings = () => useQuery(keys.offerings, () => catalog.clusterOfferings());

export const useCosts = (enabled: boolean, start: string, end: string) => useQuery(enabled ? `costs:${start}:${end}` : null, () => billing.costs(start, end));
export const useInvoicePreview = (enabled: boolean) => useQuery(enabled ? 'invoice-preview' : null, () => billing.invoicePreview());
export const useBillingAccount = (enabled: boolean) => useQuery(enabled ? 'billing-account' : null, () => billing.account());
