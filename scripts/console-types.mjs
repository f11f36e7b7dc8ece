// `npm run console:types`: writes apps/console/src/lib/api-schema.d.ts from the API's own OpenAPI
// document, the one GET /openapi.json serves, so the console's API types are generated, never
// hand-copied. The document is built from the compiled controllers (dist/, see scripts/build.mjs)
// in Nest's preview mode: controllers are scanned for their routes and schemas but no provider is
// created, so no database, Redis or Kafka is needed.
//   node scripts/console-types.mjs           build dist/, regenerate the file
//   node scripts/console-types.mjs --check   exit 1 if the committed file differs (what the drift test runs)
//   --no-build                               use dist/ as it is (the test harness has just built it)
//   --against served.json                    also fail unless the document built here is that one (the
//                                            drift test passes what the running API serves)
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = join(root, 'apps/console/src/lib/api-schema.d.ts');

const BANNER = `/**
 * GENERATED from the API's /openapi.json by scripts/console-types.mjs: do not edit by hand.
 * Regenerate with \`npm run console:types\` after changing a route, its schemas or its statuses
 * (\`npm test\` fails while this file differs from the document). Use it through
 * apps/console/src/lib/types.ts (named shapes) and apps/console/src/lib/api.ts (typed calls).
 */

`;

/** `servers` is where this deployment answers (TRIBUTARY_PUBLIC_API_URL), not part of the contract. */
function withoutServers(document) {
  const { servers: _servers, ...contract } = structuredClone(document);
  return contract;
}

/** The TypeScript declarations for a document (openapi-typescript's `paths`, `components`, `operations`). */
export async function renderConsoleTypes(document) {
  // openapi-typescript validates the document too (Redocly): a broken document fails here, loudly.
  const ast = await openapiTS(withoutServers(document), { silent: true });
  return BANNER + astToString(ast);
}

/** /openapi.json as the API serves it, from dist/ and with no running services. */
export async function buildOpenApiDocument() {
  const require = createRequire(import.meta.url);
  const dist = (p) => require(join(root, 'dist', p));
  require('reflect-metadata');
  const { NestFactory, DiscoveryService, MetadataScanner, ModulesContainer } = require('@nestjs/core');
  const { ApiModule } = dist('apps/api/src/api.module.js');
  const { apiFeatures } = dist('apps/api/src/features.js');
  const { OpenApiBuilder } = dist('apps/api/src/openapi/openapi.builder.js');
  const { loadApiConfig } = dist('apps/api/src/api.config.js');
  const { loadPlatformConfig, createLogger } = dist('libs/platform/src/index.js');
  // Defaults only: the document does not depend on the environment (its server URL aside).
  const platform = loadPlatformConfig({});
  const api = loadApiConfig({});
  const logger = createLogger({ level: 'silent', pretty: false, name: 'console-types' });
  const { features, accounts, queues } = apiFeatures();
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot({ platform, api, logger, features, accounts, queues }), { preview: true, logger: false });
  try {
    // In preview mode the builder itself is not instantiated either: it only needs the scanned modules.
    const builder = new OpenApiBuilder(new DiscoveryService(app.get(ModulesContainer)), new MetadataScanner());
    return builder.build(api.publicUrl);
  } finally {
    await app.close();
  }
}

/** The first line where two texts differ, for a message a person can act on. */
export function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end of file>')}, found ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return 'identical';
}

/** Where two JSON values first differ, as a path (`paths./cmk/v2/clusters.get…`). */
export function firstJsonDifference(a, b, at = '') {
  if (isDeepStrictEqual(a, b)) return undefined;
  const objects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!objects) return at || '(the whole document)';
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const hit = firstJsonDifference(a[k], b[k], at ? `${at}.${k}` : k);
    if (hit) return hit;
  }
  return at;
}

async function main(args) {
  if (!args.includes('--no-build')) await import(pathToFileURL(join(root, 'scripts/build.mjs')).href);
  // Through JSON, as GET /openapi.json sends it.
  const document = JSON.parse(JSON.stringify(await buildOpenApiDocument()));
  const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
  if (against) {
    const where = firstJsonDifference(withoutServers(document), withoutServers(JSON.parse(await readFile(against, 'utf8'))));
    if (where) {
      console.error(`the document scripts/console-types.mjs builds without services differs from the served /openapi.json at ${where}`);
      process.exitCode = 1;
      return;
    }
  }
  const generated = await renderConsoleTypes(document);
  const file = relative(root, SCHEMA_FILE);
  if (args.includes('--check')) {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed === generated) return console.log(`    ✓ ${file} matches /openapi.json`);
    console.error(`${file} is out of date with /openapi.json (${firstDifference(generated, committed)}): run \`npm run console:types\` and commit it`);
    process.exitCode = 1;
    return;
  }
  await writeFile(SCHEMA_FILE, generated);
  console.log(`    ✓ wrote ${file} (${generated.length} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
