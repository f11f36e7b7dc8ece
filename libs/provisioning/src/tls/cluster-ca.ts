import 'reflect-metadata';
import { webcrypto } from 'node:crypto';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;
import { isIP } from 'node:net';
import * as x509 from '@peculiar/x509';

/**
 * Every cluster's own certificate authority and the certificates of its nodes (issue 12).
 *
 * Why @peculiar/x509: Node's crypto makes keys and verifies certificates but cannot issue them;
 * shelling out to openssl or keytool would put key material on command lines and temp files. This
 * library is maintained, pure TypeScript over WebCrypto (Node's own implementation), with no native
 * build. Keys are ECDSA P-256: Kafka 4 reads PEM key stores (`ssl.keystore.type=PEM`) holding a PKCS#8
 * key, every maintained client (librdkafka, the Java client, Node's tls) speaks it, and key generation
 * takes milliseconds where RSA takes seconds on a loaded machine.
 */
x509.cryptoProvider.set(webcrypto as unknown as InstanceType<typeof Crypto>);

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Backdated so a node whose clock is a little behind accepts a certificate issued just now. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface PemKeyPair {
  certificatePem: string;
  /** PKCS#8, unencrypted: the caller seals it before it is stored anywhere. */
  privateKeyPem: string;
  notBefore: Date;
  notAfter: Date;
  serialNumber: string;
}

export interface CaOptions {
  clusterId: string;
  now?: Date;
  validityDays?: number;
}

export interface NodeCertificateOptions {
  /** Subject common name, e.g. the node's id within the cluster. */
  commonName: string;
  /** Names and addresses clients and peers connect by: every one of them must be here. */
  hosts: readonly string[];
  now?: Date;
  validityDays?: number;
}

export const CA_VALIDITY_DAYS = 3650;
export const NODE_CERT_VALIDITY_DAYS = 90;

export async function createClusterCa(options: CaOptions): Promise<PemKeyPair> {
  const now = options.now ?? new Date();
  const keys = await generateKeys();
  const notBefore = new Date(now.getTime() - CLOCK_SKEW_MS);
  const notAfter = new Date(now.getTime() + (options.validityDays ?? CA_VALIDITY_DAYS) * DAY_MS);
  const serialNumber = randomSerial();
  const name = `CN=Tributary cluster CA ${options.clusterId},O=Tributary`;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name,
    notBefore,
    notAfter,
    signingAlgorithm: SIGNING_ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificatePem: pemText(cert.toString('pem')), privateKeyPem: await privateKeyPem(keys.privateKey), notBefore, notAfter, serialNumber };
}

/**
 * A node's certificate, signed by the cluster's CA, valid for both ends of a TLS connection
 * (serverAuth for client listeners, clientAuth for inter-broker and controller mTLS).
 */
export async function issueNodeCertificate(ca: Pick<PemKeyPair, 'certificatePem' | 'privateKeyPem'>, options: NodeCertificateOptions): Promise<PemKeyPair> {
  if (options.hosts.length === 0) throw new Error('a node certificate needs at least one host name or address');
  const now = options.now ?? new Date();
  const caCert = new x509.X509Certificate(ca.certificatePem);
  const caKey = await importPrivateKey(ca.privateKeyPem);
  const keys = await generateKeys();
  const notBefore = new Date(now.getTime() - CLOCK_SKEW_MS);
  const requested = new Date(now.getTime() + (options.validityDays ?? NODE_CERT_VALIDITY_DAYS) * DAY_MS);
  // Never outlive the issuer: a chain with a child valid past its CA fails verification.
  const notAfter = requested.getTime() > caCert.notAfter.getTime() ? caCert.notAfter : requested;
  const serialNumber = randomSerial();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber,
    subject: `CN=${escapeRdn(options.commonName)},O=Tributary`,
    issuer: caCert.subject,
    notBefore,
    notAfter,
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension(options.hosts.map((h) => (isIP(h) ? { type: 'ip' as const, value: h } : { type: 'dns' as const, value: h }))),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
    ],
  });
  return { certificatePem: pemText(cert.toString('pem')), privateKeyPem: await privateKeyPem(keys.privateKey), notBefore, notAfter, serialNumber };
}

/** Whether a certificate must be replaced now: it expires within `renewBeforeDays`, or has expired. */
export function needsRenewal(certificatePem: string, now: Date, renewBeforeDays: number): boolean {
  const cert = new x509.X509Certificate(certificatePem);
  return cert.notAfter.getTime() - now.getTime() <= renewBeforeDays * DAY_MS;
}

/** The names and addresses a certificate is valid for (its subjectAltName), for checks and display. */
export function certificateHosts(certificatePem: string): string[] {
  const san = new x509.X509Certificate(certificatePem).getExtension(x509.SubjectAlternativeNameExtension);
  return san ? san.names.items.map((n) => n.value) : [];
}

async function generateKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return pemText(x509.PemConverter.encode(der, 'PRIVATE KEY'));
}

/**
 * PEM as files have it: LF line ends and a final newline, so blocks can be concatenated (a Kafka PEM key
 * store is the key followed by the chain, and `-----END …----------BEGIN …` is not read as two blocks).
 */
function pemText(pem: string): string {
  const lf = pem.replace(/\r\n/g, '\n');
  return lf.endsWith('\n') ? lf : `${lf}\n`;
}

async function importPrivateKey(pem: string): Promise<CryptoKey> {
  const der = x509.PemConverter.decode(pem)[0];
  if (!der) throw new Error('not a PEM private key');
  return webcrypto.subtle.importKey('pkcs8', der, KEY_ALGORITHM, false, ['sign']) as Promise<CryptoKey>;
}

/** 128 random bits, positive (the high bit cleared), as RFC 5280 asks of serial numbers. */
function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString('hex');
}

/** A common name is ours (node ids), but never let a ',' or '=' change the subject's structure. */
function escapeRdn(value: string): string {
  return value.replace(/([,+"\\<>;=])/g, '\\$1');
}
