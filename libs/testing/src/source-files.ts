import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The server code's non-test TypeScript files under `dir` (for tripwire tests that read the source). */
export function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !/\.spec\.ts$/.test(name)) yield path;
  }
}
