import { api, pageTokenOf, withQuery } from './api';
import type {
  ApiKey,
  AuditEvent,
  BillingAccount,
  ClusterOfferings,
  InvitationPreview,
  InvoicePreview,
  Partition,
  Availability,
  Cluster,
  ClusterKind,
  CostItem,
  Environment,
  Invitation,
  List,
  Me,
  MetricPoint,
  Role,
  ServiceAccount,
  Topic,
  TopicConfig,
  User,
} from './types';

const enc = encodeURIComponent;

export interface PageParams {
  page_size?: number;
  page_token?: string;
}

/** Rows per page on the console's paged lists ("Load more" fetches the next page). */
export const PAGE_SIZE = 50;
/** The API's largest page, for lists fetched whole. */
const FULL_PAGE = 100;
/** A guard against a `next` that never ends (a bug upstream must not hang the tab). */
const MAX_PAGES = 1000;

/**
 * Every item of a list, following `metadata.next` page by page: for pickers and switchers that need the
 * whole list (the environment switcher, the usage page), never cut off at one page.
 */
export async function listAll<T>(fetchPage: (p: PageParams) => Promise<List<T>>): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await fetchPage({ page_size: FULL_PAGE, ...(token ? { page_token: token } : {}) });
    out.push(...page.data);
    token = pageTokenOf(page.metadata?.next);
    if (!token) break;
  }
  return out;
}

export const auth = {
  me: () => api.get<Me>('/api/auth/me'),
  login: (email: string, password: string) => api.post<Me>('/api/auth/login', { email, password }),
  signup: (body: { email: string; password: string; full_name: string; organization_name: string }) => api.post<Me>('/api/auth/signup', body),
  logout: () => api.post<void>('/api/auth/logout'),
  switchOrganization: (organization_id: string) => api.post<Me>('/api/auth/organization', { organization_id }),
  acceptInvitation: (body: { token: string; full_name?: string; password?: string }) => api.post<Me>('/api/auth/accept-invitation', body),
};

export const environments = {
  list: (p: PageParams = {}) => api.get<List<Environment>>('/org/v2/environments', { query: { page_size: PAGE_SIZE, ...p } }),
  get: (id: string) => api.get<Environment>(`/org/v2/environments/${enc(id)}`),
  create: (display_name: string) => api.post<Environment>('/org/v2/environments', { display_name }),
  rename: (id: string, display_name: string) => api.patch<Environment>(`/org/v2/environments/${enc(id)}`, { display_name }),
  remove: (id: string) => api.del(`/org/v2/environments/${enc(id)}`),
};

export const serviceAccounts = {
  list: (p: PageParams = {}) => api.get<List<ServiceAccount>>('/iam/v2/service-accounts', { query: { page_size: PAGE_SIZE, ...p } }),
  create: (body: { display_name: string; description: string }) => api.post<ServiceAccount>('/iam/v2/service-accounts', body),
  update: (id: string, body: { display_name?: string; description?: string }) => api.patch<ServiceAccount>(`/iam/v2/service-accounts/${enc(id)}`, body),
  remove: (id: string) => api.del(`/iam/v2/service-accounts/${enc(id)}`),
};

export const users = {
  list: (p: PageParams = {}) => api.get<List<User>>('/iam/v2/users', { query: { page_size: PAGE_SIZE, ...p } }),
  update: (id: string, body: { full_name?: string; role?: Role }) => api.patch<User>(`/iam/v2/users/${enc(id)}`, body),
  remove: (id: string) => api.del(`/iam/v2/users/${enc(id)}`),
};

export const apiKeys = {
  list: (filter: { owner?: string; resource?: string } & PageParams = {}) =>
    api.get<List<ApiKey>>('/iam/v2/api-keys', {
      query: { page_size: filter.page_size ?? PAGE_SIZE, page_token: filter.page_token, 'spec.owner': filter.owner, 'spec.resource': filter.resource },
    }),
  create: (spec: { display_name: string; description: string; owner: { id: string }; resource: { id: string; environment?: string } }) =>
    api.post<ApiKey>('/iam/v2/api-keys', { spec }),
  remove: (id: string) => api.del(`/iam/v2/api-keys/${enc(id)}`),
};

export const auditEvents = {
  list: (filter: { action?: string; resource_id?: string; actor_id?: string } & PageParams) =>
    api.get<List<AuditEvent>>('/api/audit-events', { query: { page_size: 50, ...filter } }),
};

export interface CreateClusterInput {
  display_name: string;
  availability: Availability;
  /** A cloud the catalog offers (LOCAL, AWS, …). */
  cloud: string;
  region: string;
  config: { kind: ClusterKind; cku?: number };
  environment: { id: string };
}

export const clusters = {
  list: (environment: string, p: PageParams = {}) => api.get<List<Cluster>>('/cmk/v2/clusters', { query: { environment, page_size: PAGE_SIZE, ...p } }),
  get: (id: string, environment: string) => api.get<Cluster>(withQuery(`/cmk/v2/clusters/${enc(id)}`, { environment })),
  create: (spec: CreateClusterInput) => api.post<Cluster>('/cmk/v2/clusters', { spec }),
  update: (id: string, environment: string, spec: { display_name?: string; config?: { kind: 'Dedicated'; cku: number }; environment: { id: string } }) =>
    api.patch<Cluster>(withQuery(`/cmk/v2/clusters/${enc(id)}`, { environment }), { spec }),
  remove: (id: string, environment: string) => api.del<Cluster | undefined>(withQuery(`/cmk/v2/clusters/${enc(id)}`, { environment })),
};

export const topics = {
  list: (clusterId: string) => api.get<List<Topic>>(`/kafka/v3/clusters/${enc(clusterId)}/topics`),
  get: (clusterId: string, name: string) => api.get<Topic>(`/kafka/v3/clusters/${enc(clusterId)}/topics/${enc(name)}`),
  create: (clusterId: string, body: { topic_name: string; partitions_count: number; replication_factor?: number; configs: Array<{ name: string; value: string }> }) =>
    api.post<Topic>(`/kafka/v3/clusters/${enc(clusterId)}/topics`, body),
  remove: (clusterId: string, name: string) => api.del(`/kafka/v3/clusters/${enc(clusterId)}/topics/${enc(name)}`),
  configs: (clusterId: string, name: string) => api.get<List<TopicConfig>>(`/kafka/v3/clusters/${enc(clusterId)}/topics/${enc(name)}/configs`),
  updateConfigs: (clusterId: string, name: string, data: Array<{ name: string; value: string } | { name: string; operation: 'DELETE' }>) =>
    api.post<void>(`/kafka/v3/clusters/${enc(clusterId)}/topics/${enc(name)}/configs:alter`, { data }),
  partitions: (clusterId: string, name: string) => api.get<List<Partition>>(`/kafka/v3/clusters/${enc(clusterId)}/topics/${enc(name)}/partitions`),
};

/** What can be created: clouds and regions, cluster kinds with their limits and prices (decimal strings). */
export const catalog = {
  clusterOfferings: () => api.get<ClusterOfferings>('/catalog/v1/cluster-offerings'),
};

export const billing = {
  costs: (start_date: string, end_date: string) => api.get<List<CostItem>>('/billing/v1/costs', { query: { start_date, end_date, page_size: 5000 } }),
  invoicePreview: () => api.get<InvoicePreview>('/billing/v1/invoice-preview'),
  account: () => api.get<BillingAccount>('/billing/v1/account'),
  setupIntent: () => api.post<{ client_secret: string; customer: string; setup_intent: string }>('/billing/v1/setup-intents'),
};

export const metrics = {
  query: (body: {
    aggregations: Array<{ metric: string; agg?: string }>;
    filter?: unknown;
    granularity: string;
    intervals: string[];
    group_by?: string[];
    limit?: number;
  }) => api.post<{ data: MetricPoint[] }>('/v2/metrics/cloud/query', body),
};

export const invitations = {
  list: () => api.get<List<Invitation>>('/api/invitations'),
  preview: (token: string) => api.get<InvitationPreview>(`/api/invitations/preview/${enc(token)}`),
  create: (email: string, role: Role) => api.post<Invitation>('/api/invitations', { email, role }),
  revoke: (id: string) => api.del(`/api/invitations/${enc(id)}`),
};
