import Router from 'find-my-way';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REGISTRY_PATH } from '../schema-registry/registry-wire';

type Method = Router.HTTPMethod;

/**
 * A method a path does not have is a 405 with `Allow` (RFC 9110 §15.5.6), not Fastify's 404: a
 * client that PUTs where only PATCH exists learns what to send instead. Every route the app
 * registers is mirrored into a router of our own (find-my-way, Fastify's own router, so the path
 * syntax matches); a request Fastify could not route is looked up there under each other method.
 * Must be called before the routes are registered (before `app.init()`).
 */
export function answerMethodNotAllowed(fastify: FastifyInstance): void {
  const mirror = Router();
  const methods = new Set<Method>();
  const noop = () => undefined;
  fastify.addHook('onRoute', (route) => {
    for (const m of [route.method].flat() as Method[]) {
      if (mirror.hasRoute(m, route.url)) continue;
      mirror.on(m, route.url, noop, { pattern: route.url });
      methods.add(m);
    }
  });
  fastify.addHook('onRequest', (req, reply, done) => {
    if (!req.is404) return done();
    const path = req.url.split('?')[0] ?? '/';
    const matches = [...methods].flatMap((m) => {
      const found = m === req.method ? null : mirror.find(m, path);
      return found ? [{ method: m, pattern: (found.store as { pattern: string }).pattern, params: Object.keys(found.params).length }] : [];
    });
    if (matches.length === 0) return done();
    // The path is the most specific route that matches (`/invitations/preview` over `/invitations/:id`,
    // as Fastify routes it): the methods of that route only, as the document lists them.
    const fewest = Math.min(...matches.map((x) => x.params));
    const pattern = matches.find((x) => x.params === fewest)!.pattern;
    const allowed: string[] = matches.filter((x) => x.pattern === pattern).map((x) => x.method);
    if (allowed.includes('GET') && !allowed.includes('HEAD') && req.method !== 'HEAD') allowed.push('HEAD');
    sendMethodNotAllowed(req, reply, allowed.sort());
  });
}

function sendMethodNotAllowed(req: FastifyRequest, reply: FastifyReply, allowed: string[]) {
  const detail = `${req.method} is not allowed here: this path takes ${allowed.join(', ')}`;
  // The shape every other error of that API has: Kafka REST v3's and Schema Registry's as Confluent's
  // clients parse them (Schema Registry's 405 is a plain 405 there), the envelope everywhere else.
  const body = req.url.startsWith('/kafka/v3/')
    ? { error_code: 40500, message: detail }
    : req.url.startsWith(`${REGISTRY_PATH}/`)
      ? { error_code: 405, message: detail }
      : { errors: [{ id: String(req.id), status: '405', code: 'method_not_allowed', title: 'Method Not Allowed', detail }] };
  void reply.status(405).header('allow', allowed.join(', ')).header('content-type', 'application/json; charset=utf-8').send(body);
}
