// The floor: a bare Fastify server answering a JSON body of the same size as the API's page.
import Fastify from 'fastify';

const port = Number(process.env.PORT);
const body = JSON.parse(process.env.BODY ?? '{}');
const app = Fastify({ logger: false });
app.get('/org/v2/environments', async () => body);
await app.listen({ host: '127.0.0.1', port });
