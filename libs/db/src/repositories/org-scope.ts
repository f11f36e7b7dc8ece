import { Prisma, type PrismaClient } from '../generated/client';
import { retryTransaction, type RetryOptions } from '../errors/transaction-retry';
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
  /** Built on first use: each delegate of an extended client costs a little to make (measured). */
  private readonly repositories = new Map<string, unknown>();

  constructor(
    readonly organizationId: string,
    /**
     * The org-scoped Prisma client (or its transaction), for what the repositories do not cover
     * (`include`, `select`, aggregates). Still scoped: every tenant model's query is narrowed here too.
     */
    readonly db: Db,
    /** The scoped client that can open transactions; absent inside one. */
    private readonly root?: PrismaClient,
  ) {}

  private lazy<T>(name: string, make: () => T): T {
    let repo = this.repositories.get(name) as T | undefined;
    if (repo === undefined) {
      repo = make();
      this.repositories.set(name, repo);
    }
    return repo;
  }

  get environments(): TenantRepository<ModelTypes<'Environment'>> {
    return this.lazy('environments', () => new TenantRepository(delegate(this.db.environment), 'Environment'));
  }

  get serviceAccounts(): TenantRepository<ModelTypes<'ServiceAccount'>> {
    return this.lazy('serviceAccounts', () => new TenantRepository(delegate(this.db.serviceAccount), 'Service account'));
  }

  get roleBindings(): TenantRepository<ModelTypes<'RoleBinding'>> {
    return this.lazy('roleBindings', () => new TenantRepository(delegate(this.db.roleBinding), 'Role binding'));
  }

  get apiKeys(): TenantRepository<ModelTypes<'ApiKey'>> {
    return this.lazy('apiKeys', () => new TenantRepository(delegate(this.db.apiKey), 'API key'));
  }

  get invitations(): TenantRepository<ModelTypes<'Invitation'>> {
    return this.lazy('invitations', () => new TenantRepository(delegate(this.db.invitation), 'Invitation'));
  }

  get auditEvents(): TenantRepository<ModelTypes<'AuditEvent'>> {
    return this.lazy('auditEvents', () => new TenantRepository(delegate(this.db.auditEvent), 'Audit event'));
  }

  get sessions(): TenantRepository<ModelTypes<'Session'>> {
    return this.lazy('sessions', () => new TenantRepository(delegate(this.db.session), 'Session'));
  }

  get clusters(): TenantRepository<ModelTypes<'Cluster'>> {
    return this.lazy('clusters', () => new TenantRepository(delegate(this.db.cluster), 'Cluster'));
  }

  get schemaRegistries(): TenantRepository<ModelTypes<'SchemaRegistry'>> {
    return this.lazy('schemaRegistries', () => new TenantRepository(delegate(this.db.schemaRegistry), 'Schema registry'));
  }

  get kafkaAcls(): TenantRepository<ModelTypes<'KafkaAcl'>> {
    return this.lazy('kafkaAcls', () => new TenantRepository(delegate(this.db.kafkaAcl), 'ACL'));
  }

  get billingCredits(): TenantRepository<ModelTypes<'BillingCredit'>> {
    return this.lazy('billingCredits', () => new TenantRepository(delegate(this.db.billingCredit), 'Billing credit'));
  }

  get memberships(): TenantTable<ModelTypes<'Membership'>> {
    return this.lazy('memberships', () => new TenantTable(delegate(this.db.membership), 'Membership'));
  }

  get billingAccounts(): TenantTable<ModelTypes<'BillingAccount'>> {
    return this.lazy('billingAccounts', () => new TenantTable(delegate(this.db.billingAccount), 'Billing account'));
  }

  get usageSamples(): TenantTable<ModelTypes<'UsageSample'>> {
    return this.lazy('usageSamples', () => new TenantTable(delegate(this.db.usageSample), 'Usage sample'));
  }

  get usageHours(): TenantTable<ModelTypes<'UsageHour'>> {
    return this.lazy('usageHours', () => new TenantTable(delegate(this.db.usageHour), 'Usage hour'));
  }

  get meteringCursors(): TenantTable<ModelTypes<'MeteringCursor'>> {
    return this.lazy('meteringCursors', () => new TenantTable(delegate(this.db.meteringCursor), 'Metering cursor'));
  }

  get stripeMeterOutbox(): TenantTable<ModelTypes<'StripeMeterOutbox'>> {
    return this.lazy('stripeMeterOutbox', () => new TenantTable(delegate(this.db.stripeMeterOutbox), 'Meter event'));
  }

  /** Users of this organization, through their membership. */
  get members(): MembersRepository {
    return this.lazy('members', () => new MembersRepository(this.db, this.organizationId));
  }

  /** `scoped` is the client from scopeToOrganization (TenantRepositories keeps one per recent organization). */
  static open(scoped: PrismaClient, organizationId: string): OrgScope {
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
