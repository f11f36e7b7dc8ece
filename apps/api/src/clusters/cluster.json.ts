import type { Cluster } from '@tributary/db';
import { KIND_PROFILES } from '@tributary/catalog';
import { bootstrapUrl, readConditions } from '@tributary/clusters';
import { z } from 'zod';
import { crn, ObjectMeta } from '../resources/listing';

export const ClusterSchema = z.object({
  api_version: z.literal('cmk/v2'),
  kind: z.literal('Cluster'),
  id: z.string(),
  metadata: ObjectMeta,
  spec: z.object({
    display_name: z.string(),
    availability: z.enum(['SINGLE_ZONE', 'MULTI_ZONE']),
    cloud: z.string(),
    region: z.string(),
    config: z.object({ kind: z.enum(['Basic', 'Standard', 'Dedicated']), cku: z.number().optional(), max_ecku: z.number().optional() }),
    deletion_protection: z.boolean(),
    kafka_bootstrap_endpoint: z.string(),
    http_endpoint: z.string(),
    api_endpoint: z.string(),
    environment: z.object({ id: z.string(), related: z.string(), resource_name: z.string() }),
  }),
  status: z.object({
    phase: z.enum(['PROVISIONING', 'PROVISIONED', 'FAILED', 'DEPROVISIONING']),
    cku: z.number().optional(),
    brokers: z.array(z.object({ id: z.number(), state: z.string(), host: z.string(), port: z.number(), zone: z.string(), controller: z.boolean() })),
    conditions: z.array(z.object({ type: z.string(), status: z.string(), reason: z.string(), message: z.string(), last_transition_time: z.string() })),
    failure_reason: z.string().optional(),
    observed_generation: z.number(),
  }),
});

interface NodeJson {
  nodeId: number;
  state: string;
  host: string;
  kafkaPort: number;
  zone: string;
  isController: boolean;
}

/** cmk/v2's config: `cku` for Dedicated, `max_ecku` for Basic and Standard (the kind's maximum while unset, as Confluent answers). */
function configJson(c: Cluster): { kind: 'Basic' | 'Standard' | 'Dedicated'; cku?: number; max_ecku?: number } {
  if (c.kind === 'Dedicated') return { kind: 'Dedicated', cku: c.brokerCount };
  const kind = c.kind as 'Basic' | 'Standard';
  const bounds = KIND_PROFILES[kind].ecku;
  const maxEcku = c.maxEcku ?? bounds?.max;
  return maxEcku === undefined ? { kind } : { kind, max_ecku: maxEcku };
}

/** The reference's Cluster object; `status` adds brokers, conditions and the failure reason users act on. */
export function clusterJson(c: Cluster, baseUrl: string) {
  const nodes = (Array.isArray(c.nodes) ? c.nodes : []) as unknown as NodeJson[];
  return {
    api_version: 'cmk/v2' as const,
    kind: 'Cluster' as const,
    id: c.id,
    metadata: {
      self: `${baseUrl}/cmk/v2/clusters/${c.id}?environment=${c.environmentId}`,
      resource_name: crn(c.organizationId, `environment=${c.environmentId}`, `cloud-cluster=${c.id}`, `kafka=${c.id}`),
      created_at: c.createdAt.toISOString(),
      updated_at: c.updatedAt.toISOString(),
      ...(c.deletedAt ? { deleted_at: c.deletedAt.toISOString() } : {}),
    },
    spec: {
      display_name: c.displayName,
      availability: c.availability as 'SINGLE_ZONE' | 'MULTI_ZONE',
      cloud: c.cloud,
      region: c.region,
      config: configJson(c),
      deletion_protection: c.deletionProtection,
      kafka_bootstrap_endpoint: bootstrapUrl(c.bootstrapEndpoint),
      http_endpoint: c.bootstrapEndpoint ? baseUrl : '',
      api_endpoint: baseUrl,
      environment: { id: c.environmentId, related: `${baseUrl}/org/v2/environments/${c.environmentId}`, resource_name: crn(c.organizationId, `environment=${c.environmentId}`) },
    },
    status: {
      phase: (c.phase === 'DELETED' ? 'DEPROVISIONING' : c.phase) as 'PROVISIONING' | 'PROVISIONED' | 'FAILED' | 'DEPROVISIONING',
      ...(c.kind === 'Dedicated' ? { cku: c.observedBrokerCount } : {}),
      brokers: nodes.map((n) => ({ id: n.nodeId, state: n.state, host: n.host, port: n.kafkaPort, zone: n.zone, controller: n.isController })),
      conditions: readConditions(c.conditions),
      ...(c.failureReason ? { failure_reason: c.failureReason } : {}),
      observed_generation: c.observedGeneration,
    },
  };
}
