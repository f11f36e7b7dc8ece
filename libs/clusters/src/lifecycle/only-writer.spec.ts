import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sourceFiles } from '@tributary/testing';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../../..');

/**
 * A tripwire for the rule in docs/ARCHITECTURE.md: the lifecycle writer is the only code that writes
 * a cluster's phase. It looks for Prisma writes of `phase` on the cluster model and SQL that sets it,
 * anywhere in the server code outside libs/clusters/src/lifecycle/ (test helpers excepted).
 */
describe('the lifecycle module is the only writer of a cluster phase', () => {
  const prismaWrite = /\.cluster\.(update|updateMany|upsert|create|createMany)\(\s*\{[\s\S]{0,600}?\bdata\s*:\s*\{[^}]*\bphase\s*:/;
  const sqlWrite = /update\s+clusters\s+set[^;`]*\bphase\s*=/i;

  it('finds no other writer', () => {
    const offenders: string[] = [];
    for (const top of ['apps/api/src', 'apps/worker/src', ...readdirSync(join(root, 'libs')).map((l) => `libs/${l}/src`)]) {
      let files: string[];
      try {
        files = [...sourceFiles(join(root, top))];
      } catch {
        continue;
      }
      for (const file of files) {
        const rel = relative(root, file);
        if (rel.startsWith('libs/clusters/src/lifecycle/') || rel.startsWith('libs/testing/') || rel.includes('/test/')) continue;
        const text = readFileSync(file, 'utf8');
        if (prismaWrite.test(text) || sqlWrite.test(text)) offenders.push(rel);
      }
    }
    expect(offenders).toEqual([]);
  });
});
