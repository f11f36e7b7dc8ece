import { Consumer, MessagesStreamFallbackModes, MessagesStreamModes, ProduceAcks, Producer } from '@platformatic/kafka';

type Creds = { username: string; password: string };

function options(clientId: string, bootstrap: string, c: Creds) {
  return {
    clientId,
    bootstrapBrokers: bootstrap.replace(/^SASL_PLAINTEXT:\/\//, '').split(','),
    sasl: { mechanism: 'SCRAM-SHA-512' as const, username: c.username, password: c.password },
    connectTimeout: 5_000,
    requestTimeout: 30_000,
    retries: 5,
    retryDelay: 500,
    metadataMaxAge: 5_000,
  };
}

/** Writes serialized records as bytes, the way an application's producer would (acks=all). */
export async function produceBytes(bootstrap: string, c: Creds, topic: string, values: Buffer[]): Promise<void> {
  const producer = new Producer<Buffer, Buffer, Buffer, Buffer>({ ...options('sr-test-producer', bootstrap, c), acks: ProduceAcks.ALL });
  try {
    await producer.send({ messages: values.map((value) => ({ topic, value })) });
  } finally {
    await producer.close().catch(() => undefined);
  }
}

/** Reads `count` records' bytes from the start of the topic (or whatever came within `timeoutMs`). */
export async function consumeBytes(bootstrap: string, c: Creds, topic: string, groupId: string, count: number, timeoutMs = 30_000): Promise<Buffer[]> {
  const consumer = new Consumer<Buffer, Buffer, Buffer, Buffer>({ ...options('sr-test-consumer', bootstrap, c), groupId, maxWaitTime: 500, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
  const out: Buffer[] = [];
  try {
    const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.COMMITTED, fallbackMode: MessagesStreamFallbackModes.EARLIEST });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, timeoutMs);
      stream.on('data', (m: { value: Buffer }) => {
        out.push(m.value);
        if (out.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      });
      stream.on('error', (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    await stream.close();
  } finally {
    await consumer.close(true);
  }
  return out;
}
