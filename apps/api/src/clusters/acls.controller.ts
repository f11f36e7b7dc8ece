import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiKeysService, principalOfApiKey, type Principal } from '@tributary/accounts';
import { KafkaAclsService, type AclFilterSpec, type AclSpec } from '@tributary/clusters';
import type { Cluster } from '@tributary/db';
import { ACL_OPERATIONS, ACL_PATTERN_TYPES, ACL_PERMISSIONS, ACL_RESOURCE_TYPES } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { basicCredentials } from '../auth/credentials';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { clusterBase, listOf } from './kafka-v3-json';
import { KafkaRestCaller } from './kafka-rest-caller';

const ResourceType = z.enum(ACL_RESOURCE_TYPES);
const PatternType = z.enum(ACL_PATTERN_TYPES);
const Operation = z.enum(ACL_OPERATIONS);
const Permission = z.enum(ACL_PERMISSIONS);
/** Filters also take Kafka's ANY (and MATCH for patterns: every binding that applies to the name). */
const AnyResourceType = z.enum(['ANY', ...ACL_RESOURCE_TYPES]);
const AnyPatternType = z.enum(['ANY', 'MATCH', ...ACL_PATTERN_TYPES]);
const AnyOperation = z.enum(['ANY', ...ACL_OPERATIONS]);
const AnyPermission = z.enum(['ANY', ...ACL_PERMISSIONS]);
const Text = z.string().max(255);

/** Confluent's CreateAclRequestData; the finer rules (operation per type, patterns, owners) are the domain's, 400 with the field named. */
const CreateAclBody = z
  .object({
    resource_type: ResourceType,
    resource_name: Text,
    pattern_type: PatternType,
    principal: Text,
    host: Text,
    operation: Operation,
    permission: Permission,
  })
  .strict();

const ListAclsQuery = z
  .object({
    resource_type: AnyResourceType.optional(),
    resource_name: Text.optional(),
    pattern_type: AnyPatternType.optional(),
    principal: Text.optional(),
    host: Text.optional(),
    operation: AnyOperation.optional(),
    permission: AnyPermission.optional(),
  })
  .strict();

/** Deleting needs the four selectors Confluent requires (each may be ANY), so a bare DELETE never empties the cluster by accident. */
const DeleteAclsQuery = ListAclsQuery.extend({ resource_type: AnyResourceType, pattern_type: AnyPatternType, operation: AnyOperation, permission: AnyPermission }).strict();

const AclData = z.object({
  kind: z.literal('KafkaAcl'),
  metadata: z.object({ self: z.string(), resource_name: z.string().nullable() }),
  cluster_id: z.string(),
  resource_type: ResourceType,
  resource_name: z.string(),
  pattern_type: PatternType,
  principal: z.string(),
  host: z.string(),
  operation: Operation,
  permission: Permission,
});

type AclQuery = z.infer<typeof ListAclsQuery>;

function filterOf(q: AclQuery): AclFilterSpec {
  const f: AclFilterSpec = {};
  if (q.resource_type && q.resource_type !== 'ANY') f.resourceType = q.resource_type;
  if (q.resource_name !== undefined) f.resourceName = q.resource_name;
  if (q.pattern_type) f.patternType = q.pattern_type;
  // Confluent's UserV2: names the same service accounts and users.
  if (q.principal !== undefined) f.principal = q.principal.replace(/^UserV2:/, 'User:');
  if (q.host !== undefined) f.host = q.host;
  if (q.operation && q.operation !== 'ANY') f.operation = q.operation;
  if (q.permission && q.permission !== 'ANY') f.permission = q.permission;
  return f;
}

/**
 * Kafka REST v3 ACLs in Confluent's shapes. They are desired state: stored, then made true on the
 * brokers by the reconciler within seconds, for every key of the principal they name.
 */
@Controller('/kafka/v3/clusters/:cluster_id/acls')
@Auth('kafka')
export class AclsController {
  constructor(
    private readonly acls: KafkaAclsService,
    private readonly caller: KafkaRestCaller,
    private readonly apiKeys: ApiKeysService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('kafka.acl.read')
  @ApiDoc({ tag: 'ACLs', summary: 'List the ACLs that match the filters (each absent filter matches anything; pattern_type MATCH: every ACL that applies to resource_name)', response: listOf(AclData) })
  async list(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @ValidQuery(ListAclsQuery) q: AclQuery) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const found = await this.acls.list(cluster, filterOf(q));
    return { kind: 'KafkaAclList', metadata: { self: this.selfOf(cluster, q), next: null }, data: found.map((a) => this.aclJson(cluster, a)) };
  }

  @Post()
  @Policy('kafka.acl.write')
  @HttpCode(201)
  @ApiDoc({ tag: 'ACLs', summary: "Create an ACL for a service account (User:sa-…) or user (User:u-…) of the organization; it applies to every API key of that principal on this cluster. Refused: operations that do not apply to the resource type, '*' in a name, '__' internal topics, ALTER/ALTER_CONFIGS/CLUSTER_ACTION on the cluster", status: 201, errors: [400, 403, 409] })
  async create(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @ValidBody(CreateAclBody) body: z.infer<typeof CreateAclBody>): Promise<void> {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.acls.create(await this.principalOf(req), cluster, body);
  }

  @Delete()
  @Policy('kafka.acl.write')
  @ApiDoc({ tag: 'ACLs', summary: 'Delete the ACLs that match the filters; answers the deleted ones', response: z.object({ data: z.array(AclData) }), errors: [403] })
  async delete(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @ValidQuery(DeleteAclsQuery) q: z.infer<typeof DeleteAclsQuery>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    const deleted = await this.acls.delete(await this.principalOf(req), cluster, filterOf(q));
    return { data: deleted.map((a) => this.aclJson(cluster, a)) };
  }

  /** Who is calling, for the audit log and the ACL-manager check (KafkaRestCaller has already authenticated it). */
  private async principalOf(req: AuthedRequest): Promise<Principal> {
    const basic = basicCredentials(req);
    if (basic && basic !== 'malformed') {
      const verified = await this.apiKeys.verify(basic.id, basic.secret);
      if (verified) return principalOfApiKey(verified, { ip: req.ip, requestId: String(req.id) });
    }
    if (req.principal) return req.principal;
    throw new AppError('unauthorized', 'Authenticate with an API key or a console session', { kafkaErrorCode: 40101 });
  }

  private selfOf(cluster: Cluster, q: AclQuery): string {
    const params = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const query = params.toString();
    return `${clusterBase(this.config.publicUrl, cluster)}/acls${query ? `?${query}` : ''}`;
  }

  private aclJson(cluster: Cluster, a: AclSpec) {
    const q = { resource_type: a.resourceType, resource_name: a.resourceName, pattern_type: a.patternType, principal: a.principal, host: a.host, operation: a.operation, permission: a.permission };
    return { kind: 'KafkaAcl' as const, metadata: { self: this.selfOf(cluster, q), resource_name: null }, cluster_id: cluster.id, ...q };
  }
}
