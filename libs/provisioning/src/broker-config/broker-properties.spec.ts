import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidAdminCredential, scramBootstrapArgument } from './admin-credential';
import { renderBrokerProperties, type BrokerNodeConfig } from './broker-properties';
import { escapePropertyValue, jaasQuote } from './java-properties';

const template = readFileSync(join(process.cwd(), 'infra/kafka/broker.properties.tmpl'), 'utf8');

/** Minimal `Properties.load` for the subset we emit (key=value lines, comments, the escapes we produce). */
function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const raw = line.slice(eq + 1);
    const value = raw.replace(/\\u([0-9a-f]{4})|\\(.)/g, (_m, hex: string | undefined, ch: string | undefined) => {
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      return ({ n: '\n', r: '\r', t: '\t', f: '\f' } as Record<string, string>)[ch as string] ?? (ch as string);
    });
    out.set(line.slice(0, eq), value);
  }
  return out;
}

const base: BrokerNodeConfig = {
  nodeId: 1,
  isController: true,
  bindHost: '127.0.0.1',
  advertisedHost: '127.0.0.1',
  clientPort: 29100,
  internalPort: 29101,
  controllerPort: 29103,
  voters: [
    { nodeId: 1, host: '127.0.0.1', port: 29103 },
    { nodeId: 2, host: '127.0.0.1', port: 29107 },
    { nodeId: 3, host: '127.0.0.1', port: 29111 },
  ],
  rack: 'local-1a',
  logDirs: ['/data/lkc-1/node-1/data'],
  admin: { username: 'tributary-admin', password: 'pa55word-with.symbols!' },
  replicationFactor: 3,
};

describe('renderBrokerProperties (infra/kafka/broker.properties.tmpl)', () => {
  it('renders a combined broker+controller node', () => {
    const props = parseProperties(renderBrokerProperties(template, base));
    expect(props.get('node.id')).toBe('1');
    expect(props.get('process.roles')).toBe('broker,controller');
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:29103,2@127.0.0.1:29107,3@127.0.0.1:29111');
    expect(props.get('listeners')).toBe('CLIENT://127.0.0.1:29100,INTERNAL://127.0.0.1:29101,CONTROLLER://127.0.0.1:29103');
    expect(props.get('advertised.listeners')).toBe('CLIENT://127.0.0.1:29100,INTERNAL://127.0.0.1:29101');
    expect(props.get('listener.security.protocol.map')).toBe('CLIENT:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT');
    expect(props.get('sasl.enabled.mechanisms')).toBe('SCRAM-SHA-512');
    expect(props.get('authorizer.class.name')).toBe('org.apache.kafka.metadata.authorizer.StandardAuthorizer');
    expect(props.get('allow.everyone.if.no.acl.found')).toBe('false');
    expect(props.get('super.users')).toBe('User:tributary-admin');
    expect(props.get('min.insync.replicas')).toBe('2');
    expect(props.get('offsets.topic.replication.factor')).toBe('3');
    expect(props.get('broker.rack')).toBe('local-1a');
    expect(props.get('log.dirs')).toBe('/data/lkc-1/node-1/data');
  });

  it('renders a broker-only node without a controller listener but with the quorum', () => {
    const text = renderBrokerProperties(template, { ...base, nodeId: 4, isController: false, controllerPort: undefined, clientPort: 29120, internalPort: 29121 });
    const props = parseProperties(text);
    expect(props.get('process.roles')).toBe('broker');
    expect(props.get('listeners')).toBe('CLIENT://127.0.0.1:29120,INTERNAL://127.0.0.1:29121');
    expect(props.get('controller.quorum.voters')).toContain('1@127.0.0.1:29103');
    // It still logs in to the controllers.
    expect(props.get('listener.name.controller.plain.sasl.jaas.config')).toContain('username="tributary-admin"');
  });

  it('leaves no placeholder and no ANONYMOUS super user', () => {
    const text = renderBrokerProperties(template, base);
    expect(text).not.toMatch(/\{\{/);
    expect(text).not.toMatch(/^super\.users=.*ANONYMOUS/m);
  });

  it('carries the admin password intact through properties + JAAS escaping', () => {
    const admin = { username: 'admin', password: 'a"b\\c\u00e9 d' }; // not a valid admin password, but escaping must still be right
    const props = parseProperties(renderBrokerProperties(template, { ...base, admin }));
    expect(props.get('listener.name.internal.scram-sha-512.sasl.jaas.config')).toBe(
      'org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="a\\"b\\\\c\u00e9 d";',
    );
  });

  it('appends escaped provider-specific properties', () => {
    const props = parseProperties(renderBrokerProperties(template, { ...base, extraProperties: { 'ssl.keystore.location': '/etc/kafka/ks.p12' } }));
    expect(props.get('ssl.keystore.location')).toBe('/etc/kafka/ks.p12');
  });

  it('refuses a controller without a controller port', () => {
    expect(() => renderBrokerProperties(template, { ...base, controllerPort: undefined })).toThrow(/controller port/);
  });
});

describe('escaping helpers', () => {
  it('escapes backslashes, control and non-ASCII characters, and a leading space', () => {
    expect(escapePropertyValue(' a\\b\nc\u00e9')).toBe('\\ a\\\\b\\nc\\u00e9');
  });
  it('quotes JAAS values', () => {
    expect(jaasQuote('x"y\\z')).toBe('"x\\"y\\\\z"');
  });
});

describe('admin credential', () => {
  it('accepts generated-style credentials and builds the --add-scram argument', () => {
    const admin = { username: 'tributary-admin', password: 'Zk3_9f-Qm.x~!aB' };
    expect(() => assertValidAdminCredential(admin)).not.toThrow();
    expect(scramBootstrapArgument(admin)).toBe('SCRAM-SHA-512=[name=tributary-admin,password=Zk3_9f-Qm.x~!aB]');
  });
  it.each(['short', 'has,comma-in-it', 'has]bracket-in-it', 'has"quote-in-it', 'has=equals-in-it', 'has space in it'])(
    'refuses password %j',
    (password) => {
      expect(() => assertValidAdminCredential({ username: 'admin', password })).toThrow();
    },
  );
  it('refuses odd usernames', () => {
    expect(() => assertValidAdminCredential({ username: 'a,b', password: 'long-enough-password' })).toThrow();
  });
});
