import { Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ROLE_NAMES } from '@tributary/access';
import { RoleBindingsService, type Principal } from '@tributary/accounts';
import type { RoleBinding } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { listMetadataSchema, ObjectMeta, objectMeta, pageQueryShape, readOnlyEnvelope, toList, toPageRequest } from './listing';

const RoleBindingSchema = z.object({
  api_version: z.literal('iam/v2'),
  kind: z.literal('RoleBinding'),
  id: z.string(),
  metadata: ObjectMeta,
  principal: z.string(),
  role_name: z.string(),
  crn_pattern: z.string(),
});
const ListQuery = z
  .object({
    ...pageQueryShape,
    principal: z.string().regex(/^User:(u|sa)-[a-z0-9]{1,32}$/, 'must be User:u-… or User:sa-…').optional(),
    role_name: z.enum(ROLE_NAMES).optional(),
    crn_pattern: z.string().max(1024).regex(/^[\x20-\x7e]*$/, 'must be printable ASCII, as CRNs are').optional(),
  })
  .strict();
/**
 * The grammar of a binding's pattern (libs/access/src/crn.ts), as the document can state it: a
 * well-formed request names things that may not exist (404) or that its caller may not grant (403).
 */
const NAME = '[^/=*\\s]{1,249}\\*?|\\*';
const CRN_GRAMMAR = new RegExp(
  '^crn://confluent\\.cloud/organization=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' +
    '(?:/environment=\\*|/environment=env-[a-z0-9]{1,32}(?:/cloud-cluster=(lkc-[a-z0-9]{1,32})' +
    `(?:/kafka=\\1(?:/(?:topic=(?:[a-zA-Z0-9._-]{1,249}\\*?|\\*)|group=(?:${NAME})|transactional-id=(?:${NAME})))?)?)?)?$`,
);
const CreateBody = z
  .object({
    ...readOnlyEnvelope,
    principal: z.string().regex(/^User:(u|sa)-[a-z0-9]{1,32}$/, 'must be User:u-… (a user) or User:sa-… (a service account)'),
    role_name: z.enum(ROLE_NAMES),
    crn_pattern: z.string().max(1024).regex(CRN_GRAMMAR, 'must be crn://confluent.cloud/organization=<id>[/environment=env-…[/cloud-cluster=lkc-…[/kafka=lkc-…/topic=<name or prefix*>]]] (see docs/ACCESS.md)'),
  })
  .strict();
const PATH = '/iam/v2/role-bindings';
const ID = /^rb-[a-z0-9]{1,32}$/;

function checkId(id: string): string {
  if (!ID.test(id)) throw AppError.notFound('Role binding', id);
  return id;
}

/** iam/v2/role-bindings in Confluent's shapes (mds-v2-role-bindings.yaml). */
@Controller(PATH)
export class RoleBindingsController {
  constructor(
    private readonly bindings: RoleBindingsService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('role_binding.read')
  @ApiDoc({ tag: 'Role bindings', summary: 'List role bindings (filters: principal, role_name exact; crn_pattern contained)', response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(RoleBindingSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    const filter = { ...(q.principal ? { principal: q.principal } : {}), ...(q.role_name ? { roleName: q.role_name } : {}), ...(q.crn_pattern ? { crnPattern: q.crn_pattern } : {}) };
    const page = await this.bindings.list(p, toPageRequest(q), filter);
    const query = { page_size: q.page_size, principal: q.principal, role_name: q.role_name, crn_pattern: q.crn_pattern };
    return toList({ apiVersion: 'iam/v2', kind: 'RoleBinding', baseUrl: this.config.publicUrl, path: PATH, query, page }, (b) => this.toJson(b));
  }

  @Post()
  @HttpCode(201)
  @Policy('role_binding.write')
  @ApiDoc({ tag: 'Role bindings', summary: 'Grant a role on a CRN pattern to a user or service account (never beyond what you may grant)', status: 201, response: RoleBindingSchema, errors: [409] })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(CreateBody) body: z.infer<typeof CreateBody>) {
    return this.toJson(await this.bindings.create(p, { principal: body.principal, roleName: body.role_name, crnPattern: body.crn_pattern }));
  }

  @Get(':id')
  @Policy('role_binding.read')
  @ApiDoc({ tag: 'Role bindings', summary: 'Read a role binding', response: RoleBindingSchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.toJson(await this.bindings.get(p, checkId(id)));
  }

  @Delete(':id')
  @Policy('role_binding.write')
  @ApiDoc({ tag: 'Role bindings', summary: 'Revoke a role binding (one you could have granted); answers the deleted binding', response: RoleBindingSchema })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.toJson(await this.bindings.delete(p, checkId(id)));
  }

  private toJson(b: RoleBinding) {
    return {
      api_version: 'iam/v2' as const,
      kind: 'RoleBinding' as const,
      id: b.id,
      metadata: objectMeta(this.config.publicUrl, `${PATH}/${b.id}`, `crn://confluent.cloud/organization=${b.organizationId}/role-binding=${b.id}`, b),
      principal: b.principal,
      role_name: b.roleName,
      crn_pattern: b.crnPattern,
    };
  }
}
