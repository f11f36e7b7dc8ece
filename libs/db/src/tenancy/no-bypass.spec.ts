import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { sourceFiles } from '@tributary/testing';
import { describe, expect, it } from 'vitest';
import { Prisma } from '../generated/client';
import { isTenantModel } from './tenant-models';

const root = resolve(__dirname, '../../../..');

/**
 * A tripwire for the rule in libs/db/src/index.ts: tenant data is read and written through
 * `repos.for(org)` (or the named system door), never through the raw PrismaService. It looks for
 * `this.prisma.<tenant model>.` in the domain libraries and apps (libs/db and test code excepted).
 */
describe('no query on tenant data bypasses the org-scoped repositories', () => {
  const tenantModels = Object.values(Prisma.ModelName)
    .filter((m) => isTenantModel(m))
    .map((m) => m[0]!.toLowerCase() + m.slice(1));
  const bypass = new RegExp(`this\\.prisma\\.(${tenantModels.join('|')})\\.`);

  it('finds none', () => {
    const offenders: string[] = [];
    const tops = ['apps/api/src', 'apps/worker/src', ...readdirSync(join(root, 'libs')).filter((l) => l !== 'db' && l !== 'testing').map((l) => `libs/${l}/src`)];
    for (const top of tops) {
      let files: string[];
      try {
        files = [...sourceFiles(join(root, top))];
      } catch {
        continue;
      }
      for (const file of files) {
        if (file.includes('/test/')) continue;
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          if (bypass.test(line)) offenders.push(`${relative(root, file)}:${i + 1}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
