import { createServer, type Server } from 'node:http';

/** A broker metrics endpoint (JMX exporter page) whose numbers a test or the benchmark sets. */
export class FakeExporter {
  bytesIn = 0;
  bytesOut = 0;
  startedAt = 1_764_000_000;
  state = 3;
  logs: { topic: string; partition: number; bytes: number }[] = [];
  down = false;
  scrapes = 0;
  private server?: Server;
  port = 0;

  restart(): void {
    this.bytesIn = 0;
    this.bytesOut = 0;
    this.startedAt += 100;
  }

  page(): string {
    return [
      '# TYPE kafka_server_bytes_in_total counter',
      `kafka_server_bytes_in_total ${this.bytesIn.toExponential()}`,
      `kafka_server_bytes_out_total ${this.bytesOut}.0`,
      `kafka_server_broker_state ${this.state}.0`,
      `process_start_time_seconds ${this.startedAt}.0`,
      ...this.logs.map((l) => `kafka_log_size_bytes{topic="${l.topic}",partition="${l.partition}",} ${l.bytes}.0`),
      'kafka_log_size_bytes{topic="__consumer_offsets",partition="0",} 4096.0',
      '',
    ].join('\n');
  }

  async start(): Promise<this> {
    this.server = createServer((_req, res) => {
      this.scrapes++;
      if (this.down) {
        res.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(this.page());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server!.address() as { port: number }).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  node(nodeId: number) {
    return { nodeId, state: 'RUNNING', isController: nodeId === 1, host: '127.0.0.1', kafkaPort: 1, metricsPort: this.port, providerRef: 'fake', zone: 'local-1a' };
  }
}
