import type * as runtime from '@prisma/client/runtime/client';
import { AppError, paginate, type Page, type PageRequest } from '@tributary/platform';
import { Prisma } from '../generated/client';
import { mapUniqueViolations } from '../errors/unique-violation';

type Ops<N extends Prisma.ModelName> = Prisma.TypeMap['model'][N]['operations'];

/** A model's row and input types, read from the generated client's type map. */
export interface ModelTypes<N extends Prisma.ModelName = Prisma.ModelName> {
  row: runtime.Types.Result.DefaultSelection<Prisma.TypeMap['model'][N]['payload']>;
  where: NonNullable<Ops<N>['findMany']['args']['where']>;
  /** The scalar (unchecked) create form, without the organization: the scope sets it. */
  create: Omit<Ops<N>['createMany']['args']['data'] extends (infer D)[] | infer E ? D | E : never, 'organizationId'>;
  /** Scalar columns only: relations are written as their id columns. */
  update: Omit<Ops<N>['updateMany']['args']['data'], 'organizationId'>;
  orderBy: Ops<N>['findMany']['args']['orderBy'];
}

/**
 * What a repository needs of a Prisma model delegate. Delegates' methods are generic over their
 * arguments' shape, which the repositories pin down themselves: the delegate is cast to this once.
 */
export interface ModelDelegate {
  findFirst(args: object): Promise<unknown>;
  findMany(args: object): Promise<unknown[]>;
  count(args: object): Promise<number>;
  create(args: object): Promise<unknown>;
  createMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<unknown>;
  updateMany(args: object): Promise<{ count: number }>;
  delete(args: object): Promise<unknown>;
  deleteMany(args: object): Promise<{ count: number }>;
}

function isNotFound(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2025';
}

/**
 * A tenant table seen from one organization: the delegate comes from the org-scoped client, so every
 * query here is already narrowed to the organization (org-scoped-client.ts). Tables keyed by something
 * other than a string `id` (memberships, usage, cursors, the billing account) stop here.
 */
export class TenantTable<M extends ModelTypes> {
  constructor(
    protected readonly delegate: ModelDelegate,
    /** For messages: "Service account 'sa-1' was not found". */
    readonly kind: string,
  ) {}

  async findFirst(where: M['where'] = {} as M['where'], opts: { orderBy?: M['orderBy'] } = {}): Promise<M['row'] | null> {
    return (await this.delegate.findFirst({ where, ...opts })) as M['row'] | null;
  }

  async findMany(where: M['where'] = {} as M['where'], opts: { orderBy?: M['orderBy']; take?: number; skip?: number } = {}): Promise<M['row'][]> {
    return (await this.delegate.findMany({ where, ...opts })) as M['row'][];
  }

  count(where: M['where'] = {} as M['where']): Promise<number> {
    return this.delegate.count({ where });
  }

  /** Unique violations become a 409 naming the column (see errors/unique-violation.ts). */
  async create(data: M['create']): Promise<M['row']> {
    return mapUniqueViolations(this.kind, data as Record<string, unknown>, async () => (await this.delegate.create({ data })) as M['row']);
  }

  async createMany(data: M['create'][], opts: { skipDuplicates?: boolean } = {}): Promise<number> {
    if (data.length === 0) return 0;
    return mapUniqueViolations(this.kind, undefined, async () => (await this.delegate.createMany({ data, ...opts })).count);
  }

  /** Compare-and-set writes: returns how many rows matched (0 when the row moved on or is not ours). */
  async updateWhere(where: M['where'], data: M['update']): Promise<number> {
    return mapUniqueViolations(this.kind, data as Record<string, unknown>, async () => (await this.delegate.updateMany({ where, data })).count);
  }

  async deleteWhere(where: M['where']): Promise<number> {
    return (await this.delegate.deleteMany({ where })).count;
  }
}

/** A tenant table keyed by a string `id`: get/find/update/delete by (organization, id). */
export class TenantRepository<M extends ModelTypes & { row: { id: string } }> extends TenantTable<M> {
  /** Null when the row does not exist or belongs to another organization (the caller cannot tell which). */
  async find(id: string): Promise<M['row'] | null> {
    return (await this.delegate.findFirst({ where: { id } })) as M['row'] | null;
  }

  /** 404 `<kind> '<id>' was not found` when absent or another organization's. */
  async get(id: string): Promise<M['row']> {
    const row = await this.find(id);
    if (!row) throw AppError.notFound(this.kind, id);
    return row;
  }

  /** One statement by (organization, id); 404 when there is no such row in this organization. */
  async update(id: string, data: M['update']): Promise<M['row']> {
    try {
      return await mapUniqueViolations(this.kind, data as Record<string, unknown>, async () => (await this.delegate.update({ where: { id }, data })) as M['row']);
    } catch (e) {
      if (isNotFound(e)) throw AppError.notFound(this.kind, id);
      throw e;
    }
  }

  async delete(id: string): Promise<M['row']> {
    try {
      return (await this.delegate.delete({ where: { id } })) as M['row'];
    } catch (e) {
      if (isNotFound(e)) throw AppError.notFound(this.kind, id);
      throw e;
    }
  }

  /** Keyset page in (created_at, id) order with the filter's total (libs/platform's `paginate`). */
  async page(where: M['where'], req: PageRequest): Promise<Page<M['row'] & { createdAt: Date }>> {
    type Keyed = { createdAt: Date; id: string };
    const page = await paginate<Keyed>(
      req,
      async (w) => (await this.delegate.findMany({ where: { AND: [where, w.after] }, orderBy: w.orderBy, take: w.take })) as Keyed[],
      () => this.delegate.count({ where }),
    );
    return page as Page<M['row'] & { createdAt: Date }>;
  }
}
