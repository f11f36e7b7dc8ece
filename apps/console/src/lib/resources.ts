import { pageTokenOf, typedApi as api } from './api';
import type { AlterTopicConfigsInput, CreateClusterInput, CreateTopicInput, List, MetricsQuery, RequestBodyOf, Role, UpdateClusterInput } from './types';

export type { CreateClusterInput } from './types';

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
  me: () => api.get('/api/auth/me'),
  login: (email: string, password: string) => api.post('/api/auth/login', { body: { email, password } }),
  signup: (body: RequestBodyOf<'/api/auth/signup', 'post'>) => api.post('/api/auth/signup', { body }),
  logout: () => api.post('/api/auth/logout'),
  switchOrganization: (organization_id: string) => api.post('/api/auth/organization', { body: { organization_id } }),
  acceptInvitation: (body: RequestBodyOf<'/api/auth/accept-invitation', 'post'>) => api.post('/api/auth/accept-invitation', { body }),
};

export const environments = {
  list: (p: PageParams = {}) => api.get('/org/v2/environments', { query: { page_size: PAGE_SIZE, ...p } }),
  get: (id: string) => api.get('/org/v2/environments/{id}', { path: { id } }),
  create: (display_name: string) => api.post('/org/v2/environments', { body: { display_name } }),
  rename: (id: string, display_name: string) => api.patch('/org/v2/environments/{id}', { path: { id }, body: { display_name } }),
  remove: (id: string) => api.del('/org/v2/environments/{id}', { path: { id } }),
};

export const serviceAccounts = {
  list: (p: PageParams = {}) => api.get('/iam/v2/service-accounts', { query: { page_size: PAGE_SIZE, ...p } }),
  create: (body: RequestBodyOf<'/iam/v2/service-accounts', 'post'>) => api.post('/iam/v2/service-accounts', { body }),
  update: (id: string, body: RequestBodyOf<'/iam/v2/service-accounts/{id}', 'patch'>) => api.patch('/iam/v2/service-accounts/{id}', { path: { id }, body }),
  remove: (id: string) => api.del('/iam/v2/service-accounts/{id}', { path: { id } }),
};

export const users = {
  list: (p: PageParams = {}) => api.get('/iam/v2/users', { query: { page_size: PAGE_SIZE, ...p } }),
  update: (id: string, body: { full_name?: string; role?: Role }) => api.patch('/iam/v2/users/{id}', { path: { id }, body }),
  remove: (id: string) => api.del('/iam/v2/users/{id}', { path: { id } }),
};

export const apiKeys = {
  list: (filter: { owner?: string; resource?: string } & PageParams = {}) =>
    api.get('/iam/v2/api-keys', {
      query: { page_size: filter.page_size ?? PAGE_SIZE, page_token: filter.page_token, 'spec.owner': filter.owner, 'spec.resource': filter.resource },
    }),
  create: (spec: RequestBodyOf<'/iam/v2/api-keys', 'post'>['spec']) => api.post('/iam/v2/api-keys', { body: { spec } }),
  remove: (id: string) => api.del('/iam/v2/api-keys/{id}', { path: { id } }),
};

export const auditEvents = {
  list: (filter: { action?: string; resource_id?: string; actor_id?: string } & PageParams) => api.get('/api/audit-events', { query: { page_size: 50, ...filter } }),
};

export const clusters = {
  list: (environment: string, p: PageParams = {}) => api.get('/cmk/v2/clusters', { query: { environment, page_size: PAGE_SIZE, ...p } }),
  get: (id: string, environment: string) => api.get('/cmk/v2/clusters/{id}', { path: { id }, query: { environment } }),
  create: (spec: CreateClusterInput) => api.post('/cmk/v2/clusters', { body: { spec } }),
  /** The environment is `spec.environment` (the operation takes no `?environment=`). */
  update: (id: string, spec: UpdateClusterInput) => api.patch('/cmk/v2/clusters/{id}', { path: { id }, body: { spec } }),
  remove: (id: string, environment: string) => api.del('/cmk/v2/clusters/{id}', { path: { id }, query: { environment } }),
};

const topicPath = (cluster_id: string, topic_name: string) => ({ path: { cluster_id, topic_name } });

export const topics = {
  list: (cluster_id: string) => api.get('/kafka/v3/clusters/{cluster_id}/topics', { path: { cluster_id } }),
  get: (clusterId: string, name: string) => api.get('/kafka/v3/clusters/{cluster_id}/topics/{topic_name}', topicPath(clusterId, name)),
  create: (cluster_id: string, body: CreateTopicInput) => api.post('/kafka/v3/clusters/{cluster_id}/topics', { path: { cluster_id }, body }),
  remove: (clusterId: string, name: string) => api.del('/kafka/v3/clusters/{cluster_id}/topics/{topic_name}', topicPath(clusterId, name)),
  configs: (clusterId: string, name: string) => api.get('/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs', topicPath(clusterId, name)),
  updateConfigs: (clusterId: string, name: string, data: AlterTopicConfigsInput['data']) =>
    api.post('/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs:alter', { ...topicPath(clusterId, name), body: { data } }),
  partitions: (clusterId: string, name: string) => api.get('/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/partitions', topicPath(clusterId, name)),
};

/** What can be created: clouds and regions, cluster kinds with their limits and prices (decimal strings). */
export const catalog = {
  clusterOfferings: () => api.get('/catalog/v1/cluster-offerings'),
};

export const billing = {
  costs: (start_date: string, end_date: string) => api.get('/billing/v1/costs', { query: { start_date, end_date, page_size: 5000 } }),
  invoicePreview: () => api.get('/billing/v1/invoice-preview'),
  account: () => api.get('/billing/v1/account'),
  setupIntent: () => api.post('/billing/v1/setup-intents'),
};

export const metrics = {
  query: (body: MetricsQuery) => api.post('/v2/metrics/cloud/query', { body }),
};

export const invitations = {
  list: () => api.get('/api/invitations'),
  preview: (token: string) => api.get('/api/invitations/preview/{token}', { path: { token } }),
  create: (email: string, role: Role) => api.post('/api/invitations', { body: { email, role } }),
  revoke: (id: string) => api.del('/api/invitations/{id}', { path: { id } }),
};
