// Compiles the server side (apps/api, apps/worker, libs, prisma/seed) to dist/ with SWC: decorator
// metadata for Nest, `@tributary/*` imports rewritten to relative paths. Type checking is separate
// (`npm run typecheck`), so this stays a few seconds. Only changed files are recompiled.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = root;
const sources = ['apps/api/src', 'apps/worker/src', 'libs', 'prisma', 'bench'];

async function* walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
      yield* walk(p);
    } else if (/\.ts$/.test(e.name) && !/\.(spec|int\.spec|d)\.ts$/.test(e.name) && e.name !== 'prisma.config.ts') {
      yield p;
    }
  }
}

let compiled = 0;
let skipped = 0;
const started = Date.now();
const jobs = [];
for (const src of sources) {
  for await (const file of walk(join(root, src))) {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    jobs.push(
      (async () => {
        const [s, t] = await Promise.all([stat(file), stat(target).catch(() => null)]);
        if (t && t.mtimeMs >= s.mtimeMs) return skipped++;
        const { code, map } = await transformFile(file, { ...swcrc, swcrc: false, filename: file, outputPath: target, sourceMaps: true });
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, code + `\n//# sourceMappingURL=${target.split('/').pop()}.map`);
        if (map) await writeFile(target + '.map', map);
        compiled++;
      })(),
    );
  }
}
await Promise.all(jobs);
console.log(`    ✓ built ${compiled} file(s) (${skipped} unchanged) in ${Date.now() - started} ms`);
