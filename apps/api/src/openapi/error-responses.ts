type JsonSchema = Record<string, unknown>;

/** The management APIs' error envelope (apps/api/src/http/error-envelope.ts `toEnvelope`). */
export const FailureSchema: JsonSchema = {
  type: 'object',
  required: ['errors'],
  description: 'One item per problem; every item carries the request id (also in the X-Request-Id header) to quote to support.',
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'status', 'code', 'title', 'detail'],
        properties: {
          id: { type: 'string', description: 'The request id: quote it to support' },
          status: { type: 'string', description: 'The HTTP status, as a string', pattern: '^[1-5][0-9]{2}$' },
          code: { type: 'string', description: 'Stable machine-readable code, e.g. invalid, not_found, conflict' },
          title: { type: 'string' },
          detail: { type: 'string', description: 'What went wrong and what to do about it' },
          source: {
            type: 'object',
            description: 'Where in the request: a JSON pointer into the body, or a query parameter name',
            properties: { pointer: { type: 'string' }, parameter: { type: 'string' } },
          },
        },
      },
    },
  },
  example: {
    errors: [{ id: 'kq3Zf0b9T1a2c3d4e5f6g7', status: '422', code: 'invalid', title: 'Invalid Request', detail: "'display_name' is required", source: { pointer: '/display_name' } }],
  },
};

/** Kafka REST v3's error shape (`toKafkaRestError`), what Confluent's clients parse under /kafka/v3. */
export const KafkaRestErrorSchema: JsonSchema = {
  type: 'object',
  required: ['error_code', 'message'],
  description: "Kafka REST v3 error: error_code is Kafka REST's code, mostly the HTTP status times 100 plus a detail digit (40403: not found, 40101: bad credentials), for some errors the plain HTTP status (404), as Confluent's.",
  properties: {
    error_code: { type: 'integer' },
    message: { type: 'string' },
  },
  example: { error_code: 40403, message: "Topic 'orders' does not exist" },
};

export const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed request: bad JSON, unknown fields, a bad page_token',
  401: 'No, bad or malformed credentials',
  402: 'Payment required: add a payment method first',
  403: 'Your role does not allow this, or a console write without its X-CSRF-Token',
  404: 'Not found (also for resources of another organization)',
  409: 'Conflict with the current state',
  413: 'Request body too large',
  415: 'The request body is not application/json',
  422: 'Invalid field or parameter values',
  429: 'Rate limited: retry after Retry-After seconds',
  500: 'Unexpected error: quote the error id',
  503: 'A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds',
};

export type AuthMode = 'public' | 'cloud' | 'session' | 'kafka';

/**
 * The statuses an operation can answer besides its success: what the controller declares plus
 * what the platform answers for any route of its kind (guard, body parser, validation pipes,
 * exception filter). Kept in one place so a new route is documented truthfully without a list.
 */
export function errorStatuses(opts: { auth: AuthMode; kafkaRest: boolean; hasBody: boolean; hasQuery: boolean; hasPathParams: boolean; rateLimited: boolean; declared: number[] }): number[] {
  const s = new Set<number>([400, 500, 503, ...opts.declared]);
  // The per-key request limit (apps/api/src/http/rate-limit.ts) answers before the route runs.
  if (opts.rateLimited) s.add(429);
  // Every Kafka REST v3 call goes to a cluster, which may not be PROVISIONED (yet, or any more).
  if (opts.kafkaRest) s.add(409);
  // The guard parses Authorization on every route, public ones too: a malformed header is a 401.
  s.add(401);
  if (opts.auth !== 'public') {
    s.add(403);
    s.add(404);
  }
  // A public route given something to look up (a token, a webhook's event) can find nothing.
  if (opts.auth === 'public' && (opts.hasPathParams || opts.hasBody)) s.add(404);
  if (opts.hasBody) {
    s.add(413);
    s.add(415);
    s.add(422);
  }
  if (opts.hasQuery) s.add(422);
  return [...s].sort((a, b) => a - b);
}

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } } };

const CODE: Record<number, [string, string]> = {
  400: ['bad_request', "Unknown field 'colour'"],
  401: ['unauthorized', 'The API key or secret is not valid'],
  402: ['payment_required', 'Add a payment method before creating a Dedicated cluster'],
  403: ['forbidden', 'Your role (Viewer) cannot change this'],
  404: ['not_found', "Environment 'env-abc123' was not found"],
  409: ['conflict', 'The resource changed or is in a state that does not allow this'],
  413: ['payload_too_large', 'The request body is too large'],
  415: ['unsupported_media_type', 'Send the request body as application/json'],
  422: ['invalid', "'display_name' is required"],
  429: ['rate_limited', 'Too many attempts: wait before trying again'],
  500: ['internal', 'Something went wrong on our side: quote the error id to support'],
  503: ['unavailable', 'The service cannot reach its database right now: retry shortly'],
};

/** What this status looks like in this family's shape, for the reference to show. */
function example(status: number, kafkaRest: boolean): JsonSchema {
  const [code, detail] = CODE[status] ?? ['error', STATUS_TEXT[status] ?? 'Error'];
  if (kafkaRest) return { error_code: status * 100, message: detail };
  return { errors: [{ id: 'kq3Zf0b9T1a2c3d4e5f6g7', status: String(status), code, title: STATUS_TEXT[status]?.split(':')[0] ?? 'Error', detail }] };
}

export function errorResponse(status: number, kafkaRest: boolean): JsonSchema {
  return {
    description: STATUS_TEXT[status] ?? 'Error',
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
    content: { 'application/json': { schema: { $ref: kafkaRest ? '#/components/schemas/KafkaRestError' : '#/components/schemas/Failure' }, example: example(status, kafkaRest) } },
  };
}
