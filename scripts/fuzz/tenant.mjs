// Signs up a fresh organization on the api at argv[2] and prints a Cloud API key as `id:secret`
// (what schemathesis's --auth takes). The fuzzer runs as that organization's admin.
const base = process.argv[2];
const email = `fuzz-${Date.now()}@example.test`;

async function call(method, path, body, headers = {}) {
  const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return { res, json };
}

const { res, json: me } = await call('POST', '/api/auth/signup', { email, password: 'fuzzing the contract', full_name: 'Fuzz Admin', organization_name: 'Fuzz' });
const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tributary_session=')).split(';')[0];
const { json: key } = await call('POST', '/iam/v2/api-keys', { spec: { display_name: 'fuzz', owner: { id: me.user.id } } }, { cookie, 'x-csrf-token': me.csrf_token });
process.stdout.write(`${key.id}:${key.spec.secret}\n`);
