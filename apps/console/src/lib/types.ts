/** Shapes of the Tributary API (Confluent Cloud style: see REFERENCE-API.md). */

export const ROLES = ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator', 'Viewer'] as const;
export type Role = (typeof ROLES)[number];

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

export interface OrganizationRef {
  id: string;
  display_name: string;
}

export interface Me {
  user: { id: string; email: string; full_name: string };
  organization: OrganizationRef;
  role: string;
  organizations: Array<OrganizationRef & { role: string }>;
  csrf_token: string;
}

export interface ObjectMeta {
  self?: string;
  resource_name?: string;
  created_at?: string;
  updated_at?: string;
  deleted_at?: string;
}

export interface ListMeta {
  first?: string;
  last?: string;
  prev?: string;
  next?: string;
  total_size?: number;
}

export interface List<T> {
  api_version?: string;
  kind?: string;
  metadata?: ListMeta;
  data: T[];
}

export interface Environment {
  id: string;
  metadata?: ObjectMeta;
  display_name: string;
}

export interface ServiceAccount {
  id: string;
  metadata?: ObjectMeta;
  display_name: string;
  description: string;
}

export interface User {
  id: string;
  metadata?: ObjectMeta;
  email: string;
  full_name: string;
  auth_type?: string;
  role: Role;
}

export interface ResourceRef {
  id: string;
  kind?: string;
  related?: string;
  resource_name?: string;
  environment?: string;
}

export interface ApiKey {
  id: string;
  metadata?: ObjectMeta;
  spec: {
    secret?: string;
    display_name: string;
    description: string;
    owner: ResourceRef;
    resource: ResourceRef;
  };
  status?: { phase: string; last_used_at: string | null };
}

export interface AuditEvent {
  id: string;
  time: string;
  actor: { kind: string; id: string };
  action: string;
  resource: { kind: string; id: string };
  request_id: string;
  ip: string;
  details: unknown;
}

export type ClusterKind = 'Basic' | 'Standard' | 'Dedicated';
export type Availability = 'SINGLE_ZONE' | 'MULTI_ZONE';
export type Cloud = 'LOCAL' | 'AWS';
export type ClusterPhase = 'PROVISIONING' | 'PROVISIONED' | 'FAILED' | 'DEPROVISIONING';

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  last_transition_time?: string;
}

export interface Broker {
  id: number;
  state: string;
  host: string;
  port: number;
  zone: string;
  controller: boolean;
}

export interface Cluster {
  id: string;
  metadata?: ObjectMeta;
  spec: {
    display_name: string;
    availability: Availability;
    cloud: Cloud | string;
    region: string;
    config: { kind: ClusterKind; cku?: number };
    /** "SASL_PLAINTEXT://host:port,host:port" once running; "" while provisioning. */
    kafka_bootstrap_endpoint?: string;
    http_endpoint?: string;
    api_endpoint?: string;
    environment: { id: string };
  };
  status?: {
    phase: ClusterPhase | string;
    cku?: number;
    brokers?: Broker[];
    conditions?: Condition[];
    failure_reason?: string;
    observed_generation?: number;
  };
}

export interface Topic {
  cluster_id: string;
  topic_name: string;
  is_internal?: boolean;
  replication_factor: number;
  partitions_count: number;
}

export interface TopicConfig {
  name: string;
  value: string | null;
  is_default?: boolean;
  is_read_only?: boolean;
  is_sensitive?: boolean;
  source?: string;
}

export interface CostItem {
  id?: string;
  start_date: string;
  end_date: string;
  granularity?: string;
  product?: string;
  line_type: string;
  unit?: string;
  quantity?: number;
  price?: number;
  original_amount?: number;
  discount_amount?: number;
  amount: number;
  resource?: { id: string; display_name?: string; environment?: { id: string } | null } | null;
}

export interface InvoicePreview {
  period: { start_date: string; end_date: string };
  currency: string;
  lines: Array<{ line_type: string; unit: string; quantity: number; amount: number }>;
  subtotal: number;
  credits_applied: number;
  total: number;
  total_display: string;
  credit_remaining: number;
  billing_status: string;
}

export interface BillingAccount {
  status: 'ACTIVE' | 'PAST_DUE' | 'CANCELED';
  past_due_since: string | null;
  has_payment_method: boolean;
  subscription_status: string | null;
  stripe_enabled: boolean;
}

/** GET /catalog/v1/cluster-offerings: what can be created, and at what price. */
export interface ClusterOfferings {
  api_version: string;
  kind: 'ClusterOfferings';
  clouds: Array<{ cloud: Cloud | string; regions: string[] }>;
  kinds: ClusterOffering[];
}

export interface ClusterOffering {
  kind: ClusterKind;
  summary: string;
  availabilities: Availability[];
  /** Brokers per cluster; null for Dedicated (one per CKU). */
  brokers: number | null;
  cku: { min: number; max: number } | null;
  replication_factor: number;
  max_partitions: number;
  storage_gib_per_broker: number;
  prices: OfferingPrice[];
}

export interface OfferingPrice {
  line_type: string;
  unit: string;
  /** USD per unit, a decimal string ("0.1"): never parsed into a float. */
  unit_price: string;
  effective_from: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  /** Only in the answer to creating it: the link is never shown again. */
  accept_url?: string;
  expires_at: string;
  created_at?: string;
}

export interface InvitationPreview {
  email: string;
  organization_name: string;
  role: string;
  has_account: boolean;
}

/** kafka/v3's KafkaPartition: `leader` and `replicas` are links; the broker ids sit beside them. */
export interface Partition {
  partition_id: number;
  /** null while no replica is online. */
  leader_id: number | null;
  replica_ids: number[];
  isr_ids: number[];
}

export interface MetricPoint {
  timestamp: string;
  value: number;
  'resource.kafka.id'?: string;
}
