import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { andWhere, CrossTenantWriteError, scopeArgs } from './org-scoped-client';
import { TENANT_GUARDS } from './tenant-models';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const column = { kind: 'column', column: 'organizationId' } as const;

describe('tenant models', () => {
  it('scopes every model of prisma/schema.prisma that has an organizationId column', () => {
    const schema = readFileSync(resolve(__dirname, '../../../../prisma/schema.prisma'), 'utf8');
    const withOrg = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].filter(([, , body]) => /^\s+organizationId\s/m.test(body!)).map(([, name]) => name!);
    expect(withOrg.length).toBeGreaterThanOrEqual(14);
    for (const model of withOrg) expect(TENANT_GUARDS.get(model), model).toEqual(column);
    expect(TENANT_GUARDS.get('Organization')).toEqual({ kind: 'column', column: 'id' });
    for (const global of ['User', 'Price', 'StripeWebhookEvent']) expect(TENANT_GUARDS.has(global), global).toBe(false);
  });
});

describe('scopeArgs', () => {
  it('ANDs the organization into every filtered operation, keeping unique fields at the top', () => {
    for (const op of ['findUnique', 'findFirst', 'findMany', 'count', 'aggregate', 'groupBy', 'update', 'updateMany', 'delete', 'deleteMany']) {
      expect(scopeArgs('Environment', op, { where: { id: 'env-1', AND: { displayName: 'a' } } }, ORG, column).where, op).toEqual({
        id: 'env-1',
        AND: [{ displayName: 'a' }, { organizationId: ORG }],
      });
    }
    expect(scopeArgs('Environment', 'count', undefined, ORG, column)).toEqual({ where: { organizationId: ORG } });
    // An OR cannot widen past the organization: it sits under the AND.
    expect(andWhere({ OR: [{ organizationId: OTHER }] }, { organizationId: ORG })).toEqual({ OR: [{ organizationId: OTHER }], AND: [{ organizationId: ORG }] });
  });

  it('sets the organization on creates and upserts, and refuses another one or a move', () => {
    expect(scopeArgs('Environment', 'create', { data: { id: 'env-1' } }, ORG, column).data).toEqual({ id: 'env-1', organizationId: ORG });
    expect(scopeArgs('Environment', 'createMany', { data: [{ id: 'a' }, { id: 'b', organizationId: ORG }] }, ORG, column).data).toEqual([
      { id: 'a', organizationId: ORG },
      { id: 'b', organizationId: ORG },
    ]);
    const upsert = scopeArgs('BillingAccount', 'upsert', { where: { organizationId: ORG }, create: {}, update: { status: 'ACTIVE' } }, ORG, column);
    expect(upsert).toMatchObject({ where: { organizationId: ORG, AND: [{ organizationId: ORG }] }, create: { organizationId: ORG } });
    expect(() => scopeArgs('Environment', 'create', { data: { organizationId: OTHER } }, ORG, column)).toThrow(CrossTenantWriteError);
    expect(() => scopeArgs('Environment', 'create', { data: { organization: { connect: { id: OTHER } } } }, ORG, column)).toThrow(CrossTenantWriteError);
    expect(() => scopeArgs('Environment', 'updateMany', { where: {}, data: { organizationId: OTHER } }, ORG, column)).toThrow(CrossTenantWriteError);
    expect(() => scopeArgs('Environment', 'findRaw', {}, ORG, column)).toThrow(CrossTenantWriteError);
  });

  it('filters child rows through their parent', () => {
    const guard = TENANT_GUARDS.get('RegistrySubjectVersion');
    expect(guard?.kind).toBe('parent');
    expect(scopeArgs('RegistrySubjectVersion', 'findMany', { where: { subject: 's' } }, ORG, guard!).where).toEqual({ subject: 's', AND: [{ registry: { organizationId: ORG } }] });
  });
});
