/**
 * Shapes of the Tributary API, named for the console. They are derived from api-schema.d.ts, which
 * `npm run console:types` generates from the API's own /openapi.json: never copy a shape by hand here,
 * name the operation it comes from (a field the console needs and the document lacks is a bug in the
 * document). UI-only constants (role labels and help) live here too.
 */
import type { paths } from './api-schema';

// --- Reading the generated document -------------------------------------------------------------

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The documented paths (templates such as `/cmk/v2/clusters/{id}`) that answer method `M`. */
export type ApiPath<M extends HttpMethod> = { [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P }[keyof paths];

/** One documented operation: its parameters, request body and responses. */
export type Operation<P extends ApiPath<M>, M extends HttpMethod> = NonNullable<paths[P][M]>;

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : void;
type SuccessStatus = 200 | 201 | 202 | 204;

/** The body of an operation's success answer (`void` for 204 No Content). */
export type ResponseOf<P extends ApiPath<M>, M extends HttpMethod> =
  Operation<P, M> extends { responses: infer R } ? { [S in keyof R & SuccessStatus]: JsonContent<R[S]> }[keyof R & SuccessStatus] : never;

/** The JSON request body an operation takes (`never` when it takes none). */
export type RequestBodyOf<P extends ApiPath<M>, M extends HttpMethod> = JsonContent<NonNullable<Operation<P, M>['requestBody']>>;

/** An operation's query parameters (`never` when it has none). */
export type QueryOf<P extends ApiPath<M>, M extends HttpMethod> = NonNullable<Operation<P, M>['parameters']['query']>;

/** An operation's path parameters (`never` when it has none). */
export type PathParamsOf<P extends ApiPath<M>, M extends HttpMethod> = NonNullable<Operation<P, M>['parameters']['path']>;

/** One item of a list answer (`{ data: T[] }`). */
export type ItemOf<L> = L extends { data: Array<infer T> } ? T : never;

// --- Lists (every list answer has this form; `listAll` pages through any of them) ----------------

export type ListMeta = NonNullable<ResponseOf<'/org/v2/environments', 'get'>['metadata']>;

/** The part of a list answer the console pages with; every generated list type fits it. */
export interface List<T> {
  metadata?: Partial<ListMeta>;
  data: T[];
}

// --- Console session ----------------------------------------------------------------------------

export type Me = ResponseOf<'/api/auth/me', 'get'>;
export type OrganizationRef = Me['organization'];

// --- Organization, IAM --------------------------------------------------------------------------

export type Environment = ResponseOf<'/org/v2/environments/{id}', 'get'>;
export type ServiceAccount = ResponseOf<'/iam/v2/service-accounts/{id}', 'get'>;
export type User = ResponseOf<'/iam/v2/users/{id}', 'get'>;
export type Role = User['role'];
/** A key as listed; only the answer to creating one carries `spec.secret` (see CreatedApiKey). */
export type ApiKey = ResponseOf<'/iam/v2/api-keys/{id}', 'get'>;
export type CreatedApiKey = ResponseOf<'/iam/v2/api-keys', 'post'>;
export type ResourceRef = ApiKey['spec']['resource'];
export type AuditEvent = ItemOf<ResponseOf<'/api/audit-events', 'get'>>;
export type Invitation = ItemOf<ResponseOf<'/api/invitations', 'get'>>;
/** Only the answer to creating an invitation carries `accept_url`: the link is never shown again. */
export type CreatedInvitation = ResponseOf<'/api/invitations', 'post'>;
export type InvitationPreview = ResponseOf<'/api/invitations/preview/{token}', 'get'>;

/** The roles, in the order the console offers them (most to least). */
export const ROLES = ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator', 'Viewer'] as const satisfies readonly Role[];
// Every role the API documents is offered (a role added to the API fails to compile here until it is).
const everyRoleOffered: Exclude<Role, (typeof ROLES)[number]> extends never ? true : false = true;
void everyRoleOffered;

export const ROLE_LABELS: Record<Role, string> = {
  OrganizationAdmin: 'Organization admin',
  EnvironmentAdmin: 'Environment admin',
  Operator: 'Operator',
  Viewer: 'Viewer',
};

export const ROLE_HELP: Record<Role, string> = {
  OrganizationAdmin: 'Everything, including billing, members and roles',
  EnvironmentAdmin: 'Creates and manages environments, clusters, topics and keys',
  Operator: 'Operates existing clusters and topics',
  Viewer: 'Read-only access',
};

// --- Clusters (cmk/v2) and the catalog ----------------------------------------------------------

export type Cluster = ResponseOf<'/cmk/v2/clusters/{id}', 'get'>;
export type ObjectMeta = Cluster['metadata'];
export type ClusterKind = Cluster['spec']['config']['kind'];
export type Availability = Cluster['spec']['availability'];
export type Cloud = Cluster['spec']['cloud'];
export type ClusterPhase = Cluster['status']['phase'];
export type Condition = Cluster['status']['conditions'][number];
export type Broker = Cluster['status']['brokers'][number];
export type CreateClusterInput = RequestBodyOf<'/cmk/v2/clusters', 'post'>['spec'];
export type UpdateClusterInput = RequestBodyOf<'/cmk/v2/clusters/{id}', 'patch'>['spec'];

/** GET /catalog/v1/cluster-offerings: what can be created, and at what price. */
export type ClusterOfferings = ResponseOf<'/catalog/v1/cluster-offerings', 'get'>;
export type ClusterOffering = ClusterOfferings['kinds'][number];
/** `unit_price` is USD per unit as a decimal string ("0.1"): never parsed into a float. */
export type OfferingPrice = ClusterOffering['prices'][number];

// --- Kafka REST (kafka/v3) ----------------------------------------------------------------------

export type Topic = ResponseOf<'/kafka/v3/clusters/{cluster_id}/topics/{topic_name}', 'get'>;
export type CreateTopicInput = RequestBodyOf<'/kafka/v3/clusters/{cluster_id}/topics', 'post'>;
export type TopicConfig = ItemOf<ResponseOf<'/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs', 'get'>>;
export type AlterTopicConfigsInput = RequestBodyOf<'/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs:alter', 'post'>;
/** kafka/v3's KafkaPartition: `leader` and `replicas` are links; the broker ids sit beside them. */
export type Partition = ItemOf<ResponseOf<'/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/partitions', 'get'>>;

// --- Billing and metrics ------------------------------------------------------------------------

export type CostItem = ItemOf<ResponseOf<'/billing/v1/costs', 'get'>>;
export type InvoicePreview = ResponseOf<'/billing/v1/invoice-preview', 'get'>;
export type BillingAccount = ResponseOf<'/billing/v1/account', 'get'>;
export type SetupIntent = ResponseOf<'/billing/v1/setup-intents', 'post'>;
export type MetricsQuery = RequestBodyOf<'/v2/metrics/cloud/query', 'post'>;
export type MetricPoint = ItemOf<ResponseOf<'/v2/metrics/cloud/query', 'post'>>;
