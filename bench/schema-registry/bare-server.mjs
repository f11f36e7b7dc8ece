// The floor: a bare Fastify server answering the registry's bytes for the same two routes, with no
// database, no authentication and no schema parsing.
import Fastify from 'fastify';

const port = Number(process.env.PORT);
const registered = process.env.REGISTERED_BODY;
const byId = process.env.BY_ID_BODY;
const TYPE = 'application/vnd.schemaregistry.v1+json';
const app = Fastify({ logger: false });
app.addContentTypeParser(TYPE, { parseAs: 'string' }, (_req, body, done) => done(null, JSON.parse(body)));
app.post('/schema-registry/:id/subjects/:subject/versions', async (_req, reply) => reply.type(TYPE).send(registered));
app.get('/schema-registry/:id/schemas/ids/:schemaId', async (_req, reply) => reply.type(TYPE).send(byId));
await app.listen({ host: '127.0.0.1', port });
