import { Injectable } from '@nestjs/common';
import { POLICY, type Action, type ResourceRef } from '@tributary/access';
import { TenantRepositories } from '@tributary/db';
import { ID_PATTERNS } from '@tributary/platform';
import type { FastifyRequest } from 'fastify';

type Bag = Record<string, unknown>;
/** The request names an environment or cluster that is not this organization's (or nobody's): 404, before any 403. */
export interface Elsewhere {
  elsewhere: 'Environment' | 'Cluster';
  id: string;
}
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 300 ? v : undefined);
/** Only well-formed ids are looked up: anything else is the route's to refuse (never a query with a NUL byte in it). */
const id = (v: unknown, pattern: RegExp): string | undefined => {
  const s = str(v);
  return s !== undefined && pattern.test(s) ? s : undefined;
};
const REGISTRY_ID = /^lsrc-[a-z0-9]{1,32}$/;
const MAX_LOCATED = 50_000;

/**
 * Names the resource a request acts on, down to its route's policy level, from the conventions of
 * the API's paths: `:cluster_id`, `:topic_name`, `:consumer_group_id`, `:registryId`; `:id` under
 * org/v2/environments (an environment) and cmk/v2/clusters (a cluster); `?environment=`, or
 * `spec.environment.id` in a body; `topic_name` in a create body. A cluster's environment never
 * changes, so where a cluster is is cached for the process's life (one query per cluster, ever).
 * `Elsewhere`: it names another organization's (or no) environment or cluster: 404 before any 403,
 * so the answer says nothing about what exists. `undefined`: it names less than the rule needs (a
 * create body without the name): the route's validation answers.
 */
@Injectable()
export class ResourceOfRequest {
  private readonly clusters = new Map<string, { organizationId: string; environmentId: string }>();
  /** Environments seen in their organization (ids are never reused across organizations). */
  private readonly environments = new Map<string, string>();

  constructor(private readonly repos: TenantRepositories) {}

  async resolve(action: Action, req: FastifyRequest, organizationId: string): Promise<ResourceRef | Elsewhere | undefined> {
    const rule = POLICY[action];
    if (rule.on === 'organization') return { organizationId };
    const params = (req.params ?? {}) as Bag;
    const query = (req.query ?? {}) as Bag;
    const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Bag;
    const path = (req.routeOptions?.url ?? req.url).split('?', 1)[0]!;
    const spec = (body.spec && typeof body.spec === 'object' ? body.spec : {}) as Bag;
    const specEnv = (spec.environment && typeof spec.environment === 'object' ? spec.environment : {}) as Bag;

    let environmentId = id(path.startsWith('/org/v2/environments/') ? params.id : undefined, ID_PATTERNS.environment) ?? id(query.environment, ID_PATTERNS.environment) ?? id(specEnv.id, ID_PATTERNS.environment);
    const clusterId = id(params.cluster_id, ID_PATTERNS.cluster) ?? (path.startsWith('/cmk/v2/clusters/') ? id(params.id, ID_PATTERNS.cluster) : undefined);
    const registryId = id(params.registryId, REGISTRY_ID);
    if (registryId) {
      const registry = await this.repos.for(organizationId).schemaRegistries.find(registryId);
      if (!registry) return undefined;
      environmentId = registry.environmentId;
    }
    const fromInside = 'fromInside' in rule && rule.fromInside === true;
    const org = { organizationId };
    if (environmentId && !registryId && !clusterId && !(await this.environmentIsIn(environmentId, organizationId))) {
      return path.startsWith('/org/v2/environments/') ? { elsewhere: 'Environment', id: environmentId } : undefined;
    }
    if (rule.on === 'environment') {
      if (environmentId) return { ...org, environmentId };
      return fromInside ? org : undefined;
    }
    let env: ResourceRef | undefined = environmentId ? { ...org, environmentId } : undefined;
    if (!clusterId) return fromInside ? (env ?? org) : undefined;
    const where = await this.locate(clusterId);
    if (!where || where.organizationId !== organizationId) return { elsewhere: 'Cluster', id: clusterId };
    env = { ...org, environmentId: where.environmentId };
    const cluster = { ...env, clusterId };
    if (rule.on === 'cluster') return cluster;
    const name = rule.on === 'topic' ? (str(params.topic_name) ?? str(body.topic_name)) : rule.on === 'group' ? str(params.consumer_group_id) : str(params.transactional_id);
    return name ? { ...cluster, resource: { type: rule.on, name } } : undefined;
  }

  private async environmentIsIn(environmentId: string, organizationId: string): Promise<boolean> {
    if (this.environments.get(environmentId) === organizationId) return true;
    if (!(await this.repos.for(organizationId).environments.find(environmentId))) return false;
    if (this.environments.size >= MAX_LOCATED) this.environments.clear();
    this.environments.set(environmentId, organizationId);
    return true;
  }

  private async locate(clusterId: string): Promise<{ organizationId: string; environmentId: string } | undefined> {
    const known = this.clusters.get(clusterId);
    if (known) return known;
    const row = await this.repos.system.clusters.findFirst({ id: clusterId });
    if (!row) return undefined;
    const where = { organizationId: row.organizationId, environmentId: row.environmentId };
    if (this.clusters.size >= MAX_LOCATED) this.clusters.clear();
    this.clusters.set(clusterId, where);
    return where;
  }
}
