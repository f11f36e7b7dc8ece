import { describe, expect, it } from 'vitest';
import { paginate } from './page';

const rows = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) }));

function source() {
  const calls = { rows: 0, count: 0 };
  return {
    calls,
    rows: async (w: { take: number }) => {
      calls.rows++;
      return rows.slice(0, w.take);
    },
    count: async () => {
      calls.count++;
      return rows.length;
    },
  };
}

describe('paginate', () => {
  it('skips the count when a first page is not full: its length is the total', async () => {
    const s = source();
    const page = await paginate({ pageSize: 10 }, s.rows, s.count);
    expect(page).toEqual({ items: rows, totalSize: 5 });
    expect(s.calls).toEqual({ rows: 1, count: 0 });
  });

  it('counts when there is more than one page, and points at the next', async () => {
    const s = source();
    const page = await paginate({ pageSize: 2 }, s.rows, s.count);
    expect(page.items.map((r) => r.id)).toEqual(['r0', 'r1']);
    expect(page).toMatchObject({ totalSize: 5, next: { id: 'r1', createdAt: rows[1]!.createdAt } });
    expect(s.calls).toEqual({ rows: 1, count: 1 });
  });

  it('always counts after a cursor: a short last page does not know how many came before', async () => {
    const s = source();
    const page = await paginate({ pageSize: 10, after: { id: 'r1', createdAt: rows[1]!.createdAt } }, s.rows, s.count);
    expect(page.totalSize).toBe(5);
    expect(s.calls.count).toBe(1);
  });
});
