import { Consumer, MessagesStreamFallbackModes, MessagesStreamModes, ProduceAcks, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';

/** What a Kafka client needs, read back from the Java properties the console shows. */
export interface ClientSettings {
  servers: string[];
  protocol: string;
  mechanism: string;
  username: string;
  password: string;
}

/** Parses the console's "Java properties" block exactly as a user would paste it into client.properties. */
export function parseJavaProperties(text: string): ClientSettings {
  const props = new Map<string, string>();
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l || l.startsWith('#')) continue;
    const i = l.indexOf('=');
    if (i > 0) props.set(l.slice(0, i).trim(), l.slice(i + 1).trim());
  }
  const jaas = props.get('sasl.jaas.config') ?? '';
  const username = /username="((?:[^"\\]|\\.)*)"/.exec(jaas)?.[1]?.replace(/\\(.)/g, '$1');
  const password = /password="((?:[^"\\]|\\.)*)"/.exec(jaas)?.[1]?.replace(/\\(.)/g, '$1');
  const servers = (props.get('bootstrap.servers') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!servers.length || !username || !password) throw new Error(`incomplete client configuration:\n${text}`);
  return { servers, protocol: props.get('security.protocol') ?? '', mechanism: props.get('sasl.mechanism') ?? '', username, password };
}

function options(clientId: string, s: ClientSettings) {
  if (s.mechanism !== 'SCRAM-SHA-512') throw new Error(`unexpected SASL mechanism ${s.mechanism}`);
  return {
    clientId,
    bootstrapBrokers: s.servers,
    sasl: { mechanism: 'SCRAM-SHA-512' as const, username: s.username, password: s.password },
    connectTimeout: 5_000,
    requestTimeout: 30_000,
    retries: 3,
    retryDelay: 500,
    metadataMaxAge: 5_000,
  };
}

export async function produce(s: ClientSettings, topic: string, values: string[]): Promise<void> {
  const producer = new Producer<string, string, string, string>({ ...options('e2e-producer', s), serializers: stringSerializers, acks: ProduceAcks.ALL });
  try {
    for (let i = 0; i < values.length; i += 100) {
      await producer.send({ messages: values.slice(i, i + 100).map((value, j) => ({ topic, key: `k${i + j}`, value })) });
    }
  } finally {
    await producer.close().catch(() => undefined);
  }
}

/** Reads `topic` from the start in a new group until `count` messages arrived (or `timeoutMs`). */
export async function consume(s: ClientSettings, topic: string, count: number, timeoutMs = 30_000): Promise<string[]> {
  const consumer = new Consumer<string, string, string, string>({
    ...options('e2e-consumer', s),
    groupId: `e2e-${Date.now()}`,
    deserializers: stringDeserializers,
    maxWaitTime: 500,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  const received: string[] = [];
  try {
    const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.COMMITTED, fallbackMode: MessagesStreamFallbackModes.EARLIEST });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, timeoutMs);
      stream.on('data', (m) => {
        received.push(m.value ?? '');
        if (received.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      });
      stream.on('error', (e: Error) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    await stream.close().catch(() => undefined);
  } finally {
    await new Promise<void>((resolve) => consumer.close(true, () => resolve()));
  }
  return received;
}
