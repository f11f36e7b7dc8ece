import { Controller, Get, Inject } from '@nestjs/common';
import { AuditLog, type Principal } from '@tributary/accounts';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidQuery } from '../validation/zod-pipe';
import { listMetadataSchema, pageQueryShape, toList, toPageRequest } from './listing';

const AuditEventSchema = z.object({
  id: z.string(),
  time: z.string(),
  actor: z.object({ kind: z.string(), id: z.string() }),
  action: z.string(),
  resource: z.object({ kind: z.string(), id: z.string() }),
  request_id: z.string(),
  /** Empty unless you are an OrganizationAdmin. */
  ip: z.string(),
  details: z.unknown(),
});
const ListQuery = z
  .object({ ...pageQueryShape, action: z.string().max(64).optional(), resource_id: z.string().max(64).optional(), actor_id: z.string().max(64).optional() })
  .strict();
const PATH = '/api/audit-events';

/** Who did what: every create, update and delete in the organization, oldest first. */
@Controller(PATH)
export class AuditEventsController {
  constructor(
    private readonly audit: AuditLog,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('audit.read')
  @ApiDoc({ tag: 'Audit', summary: "List the organization's audit events (filter by action prefix, resource, actor)", response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(AuditEventSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    const filter: { action?: string; resourceId?: string; actorId?: string } = {};
    if (q.action) filter.action = q.action;
    if (q.resource_id) filter.resourceId = q.resource_id;
    if (q.actor_id) filter.actorId = q.actor_id;
    const page = await this.audit.listFor(p, toPageRequest(q), filter);
    return toList({ apiVersion: 'audit/v1', kind: 'AuditEvent', baseUrl: this.config.publicUrl, path: PATH, query: { ...q, page_token: undefined }, page }, (e) => ({
      id: e.id,
      time: e.createdAt.toISOString(),
      actor: { kind: e.actorKind, id: e.actorId },
      action: e.action,
      resource: { kind: e.resourceKind, id: e.resourceId },
      request_id: e.requestId,
      ip: e.ip,
      details: e.details,
    }));
  }
}
