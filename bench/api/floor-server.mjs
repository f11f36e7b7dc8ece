// The fair floors of bench/api: a bare Fastify server with `pg` that answers an authenticated
// `GET /org/v2/environments` with the same bytes as the API, doing the work the API must do.
//   FLOOR=sql     the same SQL statements as the API per request (apps/api/src/auth/auth.guard.ts →
//                 ApiKeysService.verify, then EnvironmentsService.list): the key and its owner's role in
//                 one query, HMAC check of the secret, last_used_at at most once a minute, then the
//                 page and the count in parallel. What's left between this and the API is framework
//                 overhead (Nest, Prisma's query compiler, validation, logging).
//   FLOOR=cached  what the API could do: verified keys cached in-process (the secret is still checked
//                 against the cached hash on every request), and one statement per page (the total
//                 from `count(*) over ()`).
// Only the first page (no page_token) is implemented: that is what the bench asks for.
//   PORT=… FLOOR=sql|cached node bench/api/floor-server.mjs   (TRIBUTARY_DB_* / _SECRET_KEY as for the API)
import Fastify from 'fastify';
import pg from 'pg';
import { ROOT } from '../lib/bench-util.mjs';

const { loadPlatformConfig, hmacSha256, constantTimeEqual, encodeCursor, PAGE_SIZE_DEFAULT } = (await import(`${ROOT}/dist/libs/platform/src/index.js`)).default;
const config = loadPlatformConfig();
const mode = process.env.FLOOR;
if (mode !== 'sql' && mode !== 'cached') throw new Error('FLOOR must be sql or cached');
const port = Number(process.env.PORT);
const publicUrl = (process.env.TRIBUTARY_PUBLIC_API_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const PATH = '/org/v2/environments';
const LAST_USED_GRANULARITY_MS = 60_000;

const pool = new pg.Pool({ ...config.db, max: config.db.poolSize });

// ---------------------------------------------------------------- authentication
const KEY_SQL = `
  select k.*, coalesce(sa.role, m.role)::text as owner_role
  from api_keys k
  left join service_accounts sa on sa.id = k.owner_service_account_id
  left join memberships m on m.user_id = k.owner_user_id and m.organization_id = k.organization_id
  where k.id = $1`;
const verifiedKeys = new Map(); // FLOOR=cached: id → the row; a real cache would be invalidated on delete

function basicCredentials(header) {
  const [scheme, value] = (header ?? '').split(' ', 2);
  if (scheme?.toLowerCase() !== 'basic' || !value) return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 1 ? null : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

async function keyRow(id) {
  if (mode === 'cached') {
    const cached = verifiedKeys.get(id);
    if (cached) return cached;
  }
  const { rows } = await pool.query(KEY_SQL, [id]);
  return rows[0];
}

/** The caller's organization id, or null (the API answers 401 the same way for every failure). */
async function authenticate(header) {
  const basic = basicCredentials(header);
  if (!basic || !/^[A-Z0-9]{16}$/.test(basic.id) || basic.secret.length === 0 || basic.secret.length > 200) return null;
  const row = await keyRow(basic.id);
  if (!row || !constantTimeEqual(row.secret_hash, hmacSha256(config.secretKey, basic.secret)) || !row.owner_role || row.resource_kind !== 'Cloud') return null;
  if (mode === 'cached') {
    verifiedKeys.set(basic.id, row);
  } else if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_GRANULARITY_MS) {
    await pool.query('update api_keys set last_used_at = $1 where id = $2', [new Date(), basic.id]);
  }
  return row.organization_id;
}

// ---------------------------------------------------------------- the page
const COLUMNS = 'id, organization_id, display_name, created_at, updated_at';
async function environmentsPage(organizationId, pageSize) {
  if (mode === 'sql') {
    const [rows, count] = await Promise.all([
      pool.query(`select ${COLUMNS} from environments where organization_id = $1 order by created_at asc, id asc limit $2`, [organizationId, pageSize + 1]),
      pool.query('select count(*)::int as total from environments where organization_id = $1', [organizationId]),
    ]);
    return { rows: rows.rows, total: count.rows[0].total };
  }
  // count(*) over () is computed before the LIMIT: the organization's total, in the same statement.
  const { rows } = await pool.query(`select ${COLUMNS}, count(*) over ()::int as total from environments where organization_id = $1 order by created_at asc, id asc limit $2`, [organizationId, pageSize + 1]);
  return { rows, total: rows[0]?.total ?? 0 };
}

// The same JSON as apps/api/src/resources/environments.controller.ts + listing.ts, field for field.
function toJson(e) {
  return {
    api_version: 'org/v2',
    kind: 'Environment',
    id: e.id,
    metadata: {
      self: `${publicUrl}${PATH}/${e.id}`,
      resource_name: `crn://tributary/organization=${e.organization_id}/environment=${e.id}`,
      created_at: e.created_at.toISOString(),
      updated_at: e.updated_at.toISOString(),
    },
    display_name: e.display_name,
  };
}

function toList(rows, total, pageSize) {
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  const url = (token) => `${publicUrl}${PATH}?page_size=${pageSize}${token ? `&page_token=${token}` : ''}`;
  return {
    api_version: 'org/v2',
    kind: 'EnvironmentList',
    metadata: {
      first: url(),
      ...(rows.length > pageSize && last ? { next: url(encodeCursor({ createdAt: last.created_at, id: last.id })) } : {}),
      total_size: total,
    },
    data: items.map(toJson),
  };
}

const app = Fastify({ logger: false });
app.get(PATH, async (req, reply) => {
  const organizationId = await authenticate(req.headers.authorization);
  if (!organizationId) return reply.code(401).send({ errors: [{ status: '401', code: 'unauthenticated' }] });
  const pageSize = PAGE_SIZE_DEFAULT;
  const { rows, total } = await environmentsPage(organizationId, pageSize);
  return toList(rows, total, pageSize);
});
await app.listen({ host: '127.0.0.1', port });
