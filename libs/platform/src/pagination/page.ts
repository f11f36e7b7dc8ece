import { AppError } from '../errors/app-error';

/** Keyset pagination over (created_at, id): stable under inserts, opaque to clients. */
export interface Cursor {
  createdAt: Date;
  id: string;
}
export interface PageRequest {
  pageSize: number;
  after?: Cursor;
}
export interface Page<T> {
  items: T[];
  totalSize: number;
  next?: Cursor;
}

export const PAGE_SIZE_DEFAULT = 10;
export const PAGE_SIZE_MAX = 100;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString('base64url');
}

export function decodeCursor(token: string): Cursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string') throw new Error('shape');
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime())) throw new Error('date');
    return { createdAt: date, id };
  } catch {
    throw new AppError('bad_request', [{ detail: 'page_token is not valid: pass the token from a previous response unchanged', parameter: 'page_token' }]);
  }
}

/** Prisma `where` fragment for "strictly after the cursor" in (createdAt, id) order. */
export function afterCursor(after?: Cursor) {
  if (!after) return {};
  return {
    OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }],
  };
}

/** Fetch one more than asked to learn whether a next page exists. */
export function toPage<T extends { createdAt: Date; id: string }>(rows: T[], req: PageRequest, totalSize: number): Page<T> {
  const items = rows.slice(0, req.pageSize);
  const last = items[items.length - 1];
  const page: Page<T> = { items, totalSize };
  if (rows.length > req.pageSize && last) page.next = { createdAt: last.createdAt, id: last.id };
  return page;
}

export const PAGE_ORDER = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** What a page query adds to the caller's filter: after the cursor, in page order, one extra row. */
export interface PageWindow {
  after: ReturnType<typeof afterCursor>;
  orderBy: typeof PAGE_ORDER;
  take: number;
}

/**
 * The one list-and-count: `rows` fetches the window (AND `window.after` into its filter), `count`
 * counts the whole filter. A first page that is not full already knows its total, so most lists are
 * one round trip; a later page counts alongside its rows; a full first page counts after them.
 */
export async function paginate<T extends { createdAt: Date; id: string }>(
  req: PageRequest,
  rows: (window: PageWindow) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Page<T>> {
  const window: PageWindow = { after: afterCursor(req.after), orderBy: PAGE_ORDER, take: req.pageSize + 1 };
  if (req.after) {
    const [found, total] = await Promise.all([rows(window), count()]);
    return toPage(found, req, total);
  }
  const found = await rows(window);
  return toPage(found, req, found.length <= req.pageSize ? found.length : await count());
}
