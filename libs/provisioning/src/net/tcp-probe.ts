import { connect, createServer } from 'node:net';

/** True if something accepts a TCP connection on host:port within `timeoutMs`. */
export function acceptsTcp(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * True if a listener could bind `port` right now: checked on the wildcard address (which conflicts with
 * any specific-address listener on Linux) and on loopback.
 */
export async function isPortFree(port: number): Promise<boolean> {
  return (await canListen('0.0.0.0', port)) && (await canListen('127.0.0.1', port));
}
