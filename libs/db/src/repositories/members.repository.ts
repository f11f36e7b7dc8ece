import { AppError, paginate, type Page, type PageRequest } from '@tributary/platform';
import type { Prisma, Role, User } from '../generated/client';

export type Member = User & { role: Role };

type UserWithMembership = User & { memberships: { role: Role }[] };

function toMember(u: UserWithMembership): Member {
  const { memberships, ...user } = u;
  return { ...user, role: memberships[0]?.role ?? 'Viewer' };
}

/**
 * People as members of one organization. Users are not tenant rows (one login may belong to several
 * organizations), so this is the one place that reads them through their membership here.
 */
export class MembersRepository {
  constructor(
    private readonly db: Prisma.TransactionClient,
    private readonly organizationId: string,
  ) {}

  private get ofOrg() {
    return { memberships: { some: { organizationId: this.organizationId } } } satisfies Prisma.UserWhereInput;
  }
  private get include() {
    return { memberships: { where: { organizationId: this.organizationId }, select: { role: true } } } as const;
  }

  async find(userId: string): Promise<Member | null> {
    const user = await this.db.user.findFirst({ where: { id: userId, ...this.ofOrg }, include: this.include });
    return user ? toMember(user) : null;
  }

  async get(userId: string): Promise<Member> {
    const member = await this.find(userId);
    if (!member) throw AppError.notFound('User', userId);
    return member;
  }

  async findByEmail(email: string): Promise<Member | null> {
    const user = await this.db.user.findFirst({ where: { email, ...this.ofOrg }, include: this.include });
    return user ? toMember(user) : null;
  }

  page(req: PageRequest): Promise<Page<Member>> {
    return paginate(
      req,
      async (w) => (await this.db.user.findMany({ where: { AND: [this.ofOrg, w.after] }, include: this.include, orderBy: w.orderBy, take: w.take })).map(toMember),
      () => this.db.user.count({ where: this.ofOrg }),
    );
  }

  /** A member's own name; the login is shared by every organization they belong to. */
  async rename(userId: string, fullName: string): Promise<void> {
    const { count } = await this.db.user.updateMany({ where: { id: userId, ...this.ofOrg }, data: { fullName } });
    if (count === 0) throw AppError.notFound('User', userId);
  }
}
