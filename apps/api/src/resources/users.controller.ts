import { Controller, Delete, Get, HttpCode, Inject, Param, Patch } from '@nestjs/common';
import { UsersService, type Member, type Principal } from '@tributary/accounts';
import { AppError, ID_PATTERNS } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { crn, listMetadataSchema, ObjectMeta, objectMeta, PageQuery, readOnlyEnvelope, toList, toPageRequest } from './listing';

const ROLES = ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator', 'Viewer'] as const;
const UserSchema = z.object({
  api_version: z.literal('iam/v2'),
  kind: z.literal('User'),
  id: z.string(),
  metadata: ObjectMeta,
  email: z.string(),
  full_name: z.string(),
  auth_type: z.string(),
  role: z.enum(ROLES),
});
const UpdateBody = z
  .object({ ...readOnlyEnvelope, full_name: z.string().trim().min(1).max(128).optional(), email: z.string().optional(), auth_type: z.string().optional(), role: z.enum(ROLES).optional() })
  .strict();
const PATH = '/iam/v2/users';

function checkId(id: string): string {
  if (!ID_PATTERNS.user.test(id)) throw AppError.notFound('User', id);
  return id;
}

@Controller(PATH)
export class UsersController {
  constructor(
    private readonly users: UsersService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('user.read')
  @ApiDoc({ tag: 'Users', summary: 'List the users of the organization', response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(UserSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(PageQuery) q: z.infer<typeof PageQuery>) {
    const page = await this.users.list(p, toPageRequest(q));
    return toList({ apiVersion: 'iam/v2', kind: 'User', baseUrl: this.config.publicUrl, path: PATH, query: { page_size: q.page_size }, page }, (u) => this.toJson(p.organizationId, u));
  }

  @Get(':id')
  @Policy('user.read')
  @ApiDoc({ tag: 'Users', summary: 'Read a user', response: UserSchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.toJson(p.organizationId, await this.users.get(p, checkId(id)));
  }

  @Patch(':id')
  @Policy('user.update')
  @ApiDoc({ tag: 'Users', summary: "Update a user's name, or (admins) their role", response: UserSchema, errors: [409] })
  async update(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidBody(UpdateBody) body: z.infer<typeof UpdateBody>) {
    const current = await this.users.get(p, checkId(id));
    if (body.email !== undefined && body.email !== current.email) throw AppError.invalid('email cannot be changed', '/email');
    const input: { fullName?: string; role?: (typeof ROLES)[number] } = {};
    if (body.full_name !== undefined) input.fullName = body.full_name;
    if (body.role !== undefined) input.role = body.role;
    return this.toJson(p.organizationId, await this.users.update(p, id, input));
  }

  @Delete(':id')
  @Policy('user.manage')
  @HttpCode(204)
  @ApiDoc({ tag: 'Users', summary: 'Remove a user from the organization', status: 204, errors: [409] })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    await this.users.delete(p, checkId(id));
  }

  private toJson(organizationId: string, u: Member) {
    return {
      api_version: 'iam/v2' as const,
      kind: 'User' as const,
      id: u.id,
      metadata: objectMeta(this.config.publicUrl, `${PATH}/${u.id}`, crn(organizationId, `user=${u.id}`), u),
      email: u.email,
      full_name: u.fullName,
      auth_type: u.authType,
      role: u.role,
    };
  }
}
