// One closing line for the whole `npm test`: "tests: N passed, N failed[, N skipped]", from the
// JSON results of vitest and Playwright (whichever ran), preceded by the name and first lines of
// every failure: the end of a long CI log is often all that is read.
import { existsSync, readFileSync } from 'node:fs';

const clip = (text, lines = 6) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, lines).join('\n      ');

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in r) {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    for (const suite of r.testResults ?? []) {
      const bad = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
      for (const t of bad) failures.push(`${suite.name.replace(process.cwd() + '/', '')} › ${t.fullName}\n      ${clip(t.failureMessages?.[0])}`);
      // A file that failed outside any test (a hook, an import, an unhandled error) has no failed test.
      if (!bad.length && suite.status === 'failed') failures.push(`${suite.name.replace(process.cwd() + '/', '')}\n      ${clip(suite.message)}`);
    }
  } else if (r.stats) {
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
    const walk = (s, path) => {
      for (const spec of s.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status !== 'unexpected') continue;
          const last = t.results?.[t.results.length - 1];
          failures.push(`${[...path, spec.title].join(' › ')}\n      ${clip(last?.error?.message)}`);
        }
      }
      for (const child of s.suites ?? []) walk(child, [...path, child.title]);
    };
    for (const s of r.suites ?? []) walk(s, [s.title]);
  }
}
if (failures.length) console.log(`failed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
