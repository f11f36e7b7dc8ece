import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * Test helpers for the kafka/v3 suites: a checker of responses against Confluent's own
 * kafkarest-v3 OpenAPI document (what a client generated from it needs to decode a response), and
 * a librdkafka-based Kafka client (confluent-kafka for Python) nobody here wrote.
 */

type Schema = Record<string, unknown>;

// The reference documents sit beside the repository (../shared), as the issue names them.
const SPEC_PATH = resolve(process.cwd(), '../shared/reference/confluent-openapi/kafkarest-v3.yaml');

let spec: { paths: Record<string, Record<string, { responses: Record<string, Schema> }>>; components: Record<string, Record<string, Schema>> } | undefined;

function loadSpec() {
  spec ??= parse(readFileSync(SPEC_PATH, 'utf8')) as NonNullable<typeof spec>;
  return spec;
}

function deref(node: Schema): Schema {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const parts = ref.replace(/^#\//, '').split('/');
  let target: unknown = loadSpec();
  for (const p of parts) target = (target as Record<string, unknown>)[p];
  return deref(target as Schema);
}

/** Checks `value` against an OpenAPI 3.0 schema the way generated decoders do: types, required fields, nullability. */
function check(schemaNode: Schema, value: unknown, at: string, problems: string[]): void {
  const schema = deref(schemaNode);
  if (Array.isArray(schema['allOf'])) {
    for (const part of schema['allOf'] as Schema[]) check(part, value, at, problems);
    return;
  }
  if (value === null) {
    if (schema['nullable'] !== true) problems.push(`${at}: null but not nullable`);
    return;
  }
  const type = schema['type'] as string | undefined;
  if (type === 'object' || schema['properties']) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${at}: expected object, got ${JSON.stringify(value)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const name of (schema['required'] as string[] | undefined) ?? []) if (!(name in record)) problems.push(`${at}.${name}: required but missing`);
    for (const [name, sub] of Object.entries((schema['properties'] as Record<string, Schema> | undefined) ?? {})) {
      if (name in record && record[name] !== undefined) check(sub, record[name], `${at}.${name}`, problems);
    }
    return;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return void problems.push(`${at}: expected array, got ${JSON.stringify(value)}`);
    value.forEach((item, i) => check(schema['items'] as Schema, item, `${at}[${i}]`, problems));
    return;
  }
  if (type === 'integer' && !(typeof value === 'number' && Number.isInteger(value))) problems.push(`${at}: expected integer, got ${JSON.stringify(value)}`);
  if (type === 'number' && typeof value !== 'number') problems.push(`${at}: expected number, got ${JSON.stringify(value)}`);
  if (type === 'boolean' && typeof value !== 'boolean') problems.push(`${at}: expected boolean, got ${JSON.stringify(value)}`);
  if (type === 'string') {
    if (typeof value !== 'string') return void problems.push(`${at}: expected string, got ${JSON.stringify(value)}`);
    if (schema['format'] === 'date-time' && Number.isNaN(Date.parse(value))) problems.push(`${at}: not a date-time: ${value}`);
  }
}

/**
 * The problems (empty when none) of a response body against the schema Confluent's document gives
 * for `method path status` (path as in the document, e.g. /kafka/v3/clusters/{cluster_id}).
 */
export function specProblems(method: string, pathTemplate: string, status: number, body: unknown): string[] {
  const operation = loadSpec().paths[pathTemplate]?.[method.toLowerCase()];
  if (!operation) return [`the spec has no ${method} ${pathTemplate}`];
  const response = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`];
  if (!response) return [`the spec has no ${status} response for ${method} ${pathTemplate}`];
  const content = (deref(response)['content'] as Record<string, { schema: Schema }> | undefined)?.['application/json'];
  if (!content) return body === undefined || body === '' ? [] : [`the spec has no JSON body for ${status}`];
  const problems: string[] = [];
  check(content.schema, body, '$', problems);
  return problems;
}

// --- confluent-kafka (librdkafka) ---

const CONFLUENT_KAFKA_VERSION = '2.16.1';

/** A virtualenv with confluent-kafka, created on first use and kept in ~/.cache for the next run. */
export function confluentKafkaPython(): string {
  const venv = join(homedir(), '.cache', 'tributary', `confluent-kafka-${CONFLUENT_KAFKA_VERSION}`);
  const python = join(venv, 'bin', 'python');
  if (!existsSync(python)) {
    mkdirSync(join(venv, '..'), { recursive: true });
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(python, ['-m', 'pip', 'install', '--quiet', `confluent-kafka==${CONFLUENT_KAFKA_VERSION}`], { stdio: 'inherit', timeout: 300_000 });
  }
  return python;
}

const SCRIPT = String.raw`
import base64, json, sys, time
from confluent_kafka import Consumer, KafkaException, TopicPartition

def retrying(fn):
    # A group coordinator still loading or just moved answers retriable errors for a while.
    deadline = time.time() + 60
    while True:
        try:
            return fn()
        except KafkaException as e:
            err = e.args[0]
            if time.time() > deadline or not (err.retriable() or err.code() in (14, 15, 16)):
                raise
            time.sleep(0.5)

args = json.loads(sys.argv[1])
conf = {
    'bootstrap.servers': args['bootstrap'],
    'security.protocol': 'SASL_PLAINTEXT',
    'sasl.mechanisms': 'SCRAM-SHA-512',
    'sasl.username': args['username'],
    'sasl.password': args['password'],
    'group.id': args['group'],
    'client.id': args.get('client_id', 'rdkafka-test'),
    'auto.offset.reset': 'earliest',
    'enable.auto.commit': False,
}
if args.get('group_protocol'):
    conf['group.protocol'] = args['group_protocol']
b64 = lambda b: None if b is None else base64.b64encode(b).decode()
c = Consumer(conf)
if args['op'] == 'consume':
    c.subscribe([args['topic']])
    out = []
    while len(out) < args['count']:
        m = c.poll(15.0)
        if m is None:
            break
        if m.error():
            raise Exception(str(m.error()))
        out.append({'partition': m.partition(), 'offset': m.offset(), 'key': b64(m.key()), 'value': b64(m.value()),
                    'headers': [[k, b64(v)] for k, v in (m.headers() or [])], 'timestamp': m.timestamp()[1]})
    if args.get('commit') and out:
        c.commit(asynchronous=False)
    print(json.dumps(out))
elif args['op'] == 'offsets':
    md = c.list_topics(args['topic'], timeout=10)
    tps = [TopicPartition(args['topic'], p) for p in sorted(md.topics[args['topic']].partitions)]
    committed = retrying(lambda: c.committed(tps, timeout=10))
    out = []
    for tp in committed:
        low, high = c.get_watermark_offsets(TopicPartition(args['topic'], tp.partition), timeout=10)
        out.append({'partition': tp.partition, 'committed': tp.offset, 'high': high})
    print(json.dumps(out))
c.close()
`;

export interface RdkafkaMessage {
  partition: number;
  offset: number;
  key: string | null;
  value: string | null;
  headers: [string, string | null][];
  timestamp: number;
}

function runPython<T>(args: Record<string, unknown>): T {
  const python = confluentKafkaPython();
  const script = join(homedir(), '.cache', 'tributary', 'rdkafka-client.py');
  writeFileSync(script, SCRIPT);
  const out = execFileSync(python, [script, JSON.stringify(args)], { encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

export interface KafkaLogin {
  bootstrap: string;
  username: string;
  password: string;
}

/** Reads up to `count` records as a member of `group` (key, value and header values in base64), committing when asked. */
export function rdkafkaConsume(login: KafkaLogin, topic: string, group: string, count: number, commit = false, groupProtocol: 'classic' | 'consumer' = 'classic'): RdkafkaMessage[] {
  return runPython<RdkafkaMessage[]>({ op: 'consume', ...login, topic, group, count, commit, client_id: 'rdkafka-test', group_protocol: groupProtocol });
}

/** What librdkafka reports for a group on a topic: the committed offset (-1001 when none) and the high watermark per partition. */
export function rdkafkaOffsets(login: KafkaLogin, topic: string, group: string): { partition: number; committed: number; high: number }[] {
  return runPython({ op: 'offsets', ...login, topic, group });
}
