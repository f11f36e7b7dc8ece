import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { certificateHosts, createClusterCa, issueNodeCertificate, needsRenewal, type PemKeyPair } from './cluster-ca';

const servers: tls.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** A real TLS server on loopback presenting `node`, asking for a client certificate signed by `ca` when mutual. */
async function serve(node: PemKeyPair, ca: PemKeyPair, mutual = false): Promise<number> {
  const server = tls.createServer({ cert: node.certificatePem, key: node.privateKeyPem, ca: mutual ? ca.certificatePem : undefined, requestCert: mutual, rejectUnauthorized: mutual }, (socket) => {
    socket.end('ok');
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** Connects as a verifying client would; resolves with what the server said, or the TLS error's code. */
async function handshake(port: number, options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...options });
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
    socket.on('end', () => resolve(data));
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

describe('cluster certificate authority', () => {
  it('issues a CA and node certificates a verifying TLS client accepts by every name in them', async () => {
    const ca = await createClusterCa({ clusterId: 'lkc-test1' });
    const caCert = new X509Certificate(ca.certificatePem);
    expect(caCert.ca).toBe(true);
    expect(caCert.subject).toContain('lkc-test1');

    const node = await issueNodeCertificate(ca, { commonName: 'lkc-test1-0', hosts: ['localhost', '127.0.0.1'] });
    const nodeCert = new X509Certificate(node.certificatePem);
    expect(nodeCert.checkIssued(caCert)).toBe(true);
    expect(nodeCert.verify(caCert.publicKey)).toBe(true);
    expect(nodeCert.ca).toBe(false);
    expect(certificateHosts(node.certificatePem)).toEqual(['localhost', '127.0.0.1']);
    // Concatenable as PEM files are (a Kafka PEM key store is the key followed by the chain).
    expect(`${node.privateKeyPem}${node.certificatePem}`).toMatch(/-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\n/);

    const port = await serve(node, ca);
    expect(await handshake(port, { ca: ca.certificatePem, servername: 'localhost' })).toBe('ok');
    // By address: Node checks the IP SAN when no server name is given.
    expect(await handshake(port, { ca: ca.certificatePem })).toBe('ok');
  });

  it('is refused by a client trusting another CA, and by a name not in the certificate', async () => {
    const ca = await createClusterCa({ clusterId: 'lkc-test2' });
    const other = await createClusterCa({ clusterId: 'lkc-other' });
    const node = await issueNodeCertificate(ca, { commonName: 'n0', hosts: ['127.0.0.1'] });
    const port = await serve(node, ca);
    expect(await handshake(port, { ca: other.certificatePem })).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|UNABLE_TO_GET_ISSUER/);
    expect(await handshake(port, { ca: ca.certificatePem, servername: 'broker.example.com' })).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('serves mutual TLS: a peer with a certificate of the same CA gets in, one of another CA does not', async () => {
    const ca = await createClusterCa({ clusterId: 'lkc-test3' });
    const other = await createClusterCa({ clusterId: 'lkc-other3' });
    const server = await issueNodeCertificate(ca, { commonName: 'n0', hosts: ['127.0.0.1'] });
    const peer = await issueNodeCertificate(ca, { commonName: 'n1', hosts: ['127.0.0.1'] });
    const stranger = await issueNodeCertificate(other, { commonName: 'x', hosts: ['127.0.0.1'] });
    const port = await serve(server, ca, true);
    expect(await handshake(port, { ca: ca.certificatePem, cert: peer.certificatePem, key: peer.privateKeyPem })).toBe('ok');
    expect(await handshake(port, { ca: ca.certificatePem, cert: stranger.certificatePem, key: stranger.privateKeyPem })).not.toBe('ok');
    expect(await handshake(port, { ca: ca.certificatePem })).not.toBe('ok');
  });

  it('says when a certificate is due for renewal, and never issues one that outlives its CA', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const ca = await createClusterCa({ clusterId: 'lkc-test4', now, validityDays: 30 });
    const node = await issueNodeCertificate(ca, { commonName: 'n0', hosts: ['localhost'], now, validityDays: 90 });
    expect(node.notAfter.getTime()).toBe(ca.notAfter.getTime());
    expect(needsRenewal(node.certificatePem, now, 7)).toBe(false);
    expect(needsRenewal(node.certificatePem, new Date('2026-12-24T00:00:00Z'), 7)).toBe(true);
    expect(needsRenewal(node.certificatePem, new Date('2027-02-01T00:00:00Z'), 7)).toBe(true);
  });

  it('refuses a certificate without hosts, and keeps a hostile common name from changing the subject', async () => {
    const ca = await createClusterCa({ clusterId: 'lkc-test5' });
    await expect(issueNodeCertificate(ca, { commonName: 'n0', hosts: [] })).rejects.toThrow(/at least one host/);
    const node = await issueNodeCertificate(ca, { commonName: 'n0,O=Evil', hosts: ['localhost'] });
    expect(new X509Certificate(node.certificatePem).subject.split('\n')).toContain('O=Tributary');
    expect(new X509Certificate(node.certificatePem).subject.split('\n')).not.toContain('O=Evil');
  });
});
