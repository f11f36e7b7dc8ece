import { Prisma, type PrismaClient } from '../generated/client';
import { retryTransaction, type RetryOptions } from '../errors/transaction-retry';
import { scopeToOrganization } from '../tenancy/org-scoped-client';
import { MembersRepository } from './members.repository';
import { TenantRepository, TenantTable, type ModelDelegate, type ModelTypes } from './tenant-repository';

export type Isolation = 'ReadCommitted' | 'RepeatableRead' | 'Serializable';

export interface TransactionOptions extends RetryOptions {
  isolation?: Isolation;
  /** Prisma's interactive-transaction timeout (ms); its default is 5 s. */
  timeoutMs?: number;
}

type Db = Prisma.TransactionClient;

function delegate(d: unknown): ModelDelegate {
  return d as ModelDelegate;
}

/**
 * One organization's data. Every repository here, and `db` itself, is built on the org-scoped
 * client, so a query can only see and change this organization's rows. Get one with
 * `repos.for(organizationId)`; inside `transaction`, the scope is bound to the transaction.
 */
export class OrgScope {
  readonly environments: TenantRepository<ModelTypes<'Environment'>>;
  readonly serviceAccounts: TenantRepository<ModelTypes<'ServiceAccount'>>;
  readonly apiKeys: TenantRepository<ModelTypes<'ApiKey'>>;
  readonly invitations: TenantRepository<ModelTypes<'Invitation'>>;
  readonly auditEvents: TenantRepository<ModelTypes<'AuditEvent'>>;
  readonly sessions: TenantRepository<ModelTypes<'Session'>>;
  readonly clusters: TenantRepository<ModelTypes<'Cluster'>>;
  readonly schemaRegistries: TenantRepository<ModelTypes<'SchemaRegistry'>>;
  readonly billingCredits: TenantRepository<ModelTypes<'BillingCredit'>>;
  readonly memberships: TenantTable<ModelTypes<'Membership'>>;
  readonly billingAccounts: TenantTable<ModelTypes<'BillingAccount'>>;
  readonly usageSamples: TenantTable<ModelTypes<'UsageSample'>>;
  readonly usageHours: TenantTable<ModelTypes<'UsageHour'>>;
  readonly meteringCursors: TenantTable<ModelTypes<'MeteringCursor'>>;
  readonly stripeMeterOutbox: TenantTable<ModelTypes<'StripeMeterOutbox'>>;
  /** Users of this organization, through their membership. */
  readonly members: MembersRepository;

  constructor(
    readonly organizationId: string,
    /**
     * The org-scoped Prisma client (or its transaction), for what the repositories do not cover
     * (`include`, `select`, aggregates). Still scoped: every tenant model's query is narrowed here too.
     */
    readonly db: Db,
    /** The scoped client that can open transactions; absent inside one. */
    private readonly root?: PrismaClient,
  ) {
    this.environments = new TenantRepository(delegate(db.environment), 'Environment');
    this.serviceAccounts = new TenantRepository(delegate(db.serviceAccount), 'Service account');
    this.apiKeys = new TenantRepository(delegate(db.apiKey), 'API key');
    this.invitations = new TenantRepository(delegate(db.invitation), 'Invitation');
    this.auditEvents = new TenantRepository(delegate(db.auditEvent), 'Audit event');
    this.sessions = new TenantRepository(delegate(db.session), 'Session');
    this.clusters = new TenantRepository(delegate(db.cluster), 'Cluster');
    this.schemaRegistries = new TenantRepository(delegate(db.schemaRegistry), 'Schema registry');
    this.billingCredits = new TenantRepository(delegate(db.billingCredit), 'Billing credit');
    this.memberships = new TenantTable(delegate(db.membership), 'Membership');
    this.billingAccounts = new TenantTable(delegate(db.billingAccount), 'Billing account');
    this.usageSamples = new TenantTable(delegate(db.usageSample), 'Usage sample');
    this.usageHours = new TenantTable(delegate(db.usageHour), 'Usage hour');
    this.meteringCursors = new TenantTable(delegate(db.meteringCursor), 'Metering cursor');
    this.stripeMeterOutbox = new TenantTable(delegate(db.stripeMeterOutbox), 'Meter event');
    this.members = new MembersRepository(db, organizationId);
  }

  static open(client: PrismaClient, organizationId: string): OrgScope {
    const scoped = scopeToOrganization(client, organizationId);
    return new OrgScope(organizationId, scoped, scoped);
  }

  /** True inside `transaction`: writes through this scope commit or roll back together. */
  get inTransaction(): boolean {
    return !this.root;
  }

  /**
   * Runs `fn` in one transaction with a scope bound to it (audit writes made through that scope join
   * it). Serialization failures and deadlocks run `fn` again, a few times with jitter, then answer 409
   * "try again" (errors/transaction-retry.ts): `fn` must only touch the database. Inside a
   * transaction already, `fn` simply joins it.
   */
  async transaction<T>(fn: (scope: OrgScope) => Promise<T>, opts: TransactionOptions = {}): Promise<T> {
    const root = this.root;
    if (!root) return fn(this);
    const txOptions: { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number } = {};
    if (opts.isolation) txOptions.isolationLevel = Prisma.TransactionIsolationLevel[opts.isolation];
    if (opts.timeoutMs !== undefined) txOptions.timeout = opts.timeoutMs;
    return retryTransaction(() => root.$transaction((tx) => fn(new OrgScope(this.organizationId, tx)), txOptions), opts);
  }
}
