// Prints a Schema Registry key ({id, secret}) for a registry, made by the same use case as POST
// /iam/v2/api-keys (ApiKeysService), because the api-keys controller does not map `lsrc-…` ids yet.
//   node bench/schema-registry/mint-registry-key.mjs <organizationId> <userId> <registryId>
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createApiApp } = require('../../dist/apps/api/src/create-api-app.js');
const { apiFeatures } = require('../../dist/apps/api/src/features.js');
const { ApiKeysService } = require('../../dist/libs/accounts/src/index.js');

const [organizationId, userId, registryId] = process.argv.slice(2);
const app = await createApiApp(apiFeatures());
try {
  const p = { kind: 'User', id: userId, organizationId, role: 'OrganizationAdmin', via: 'api_key' };
  const { key, secret } = await app.get(ApiKeysService).create(p, { displayName: 'bench', description: '', resource: { kind: 'SchemaRegistry', id: registryId } });
  process.stdout.write(JSON.stringify({ id: key.id, secret }) + '\n');
} finally {
  await app.close();
}
