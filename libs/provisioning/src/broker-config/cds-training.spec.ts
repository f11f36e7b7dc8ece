import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdsTrainingProperties } from './cds-training';

const template = readFileSync(join(process.cwd(), 'infra/kafka/broker.properties.tmpl'), 'utf8');

describe('cdsTrainingProperties (the AppCDS training broker of scripts/ensure-kafka.sh)', () => {
  it('renders the one template for a lone combined node on loopback, every placeholder filled', () => {
    const text = cdsTrainingProperties(template, '/tmp/w/data', { client: 40001, internal: 40002, controller: 40003 });
    expect(text).not.toContain('{{');
    const props = new Map(
      text
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('#'))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]),
    );
    expect(props.get('process.roles')).toBe('broker,controller');
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:40003');
    expect(props.get('listeners')).toBe('CLIENT://127.0.0.1:40001,INTERNAL://127.0.0.1:40002,CONTROLLER://127.0.0.1:40003');
    expect(props.get('log.dirs')).toBe('/tmp/w/data');
    expect(props.get('default.replication.factor')).toBe('1');
    expect(props.get('min.insync.replicas')).toBe('1');
    expect(props.get('super.users')).toBe('User:cds');
  });
});
