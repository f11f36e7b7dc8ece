import { describe, expect, it } from 'vitest';
import { assertTopicConfigsAllowed, isEditableTopicConfig } from './topic-config-policy';

const basic = { kind: 'Basic', brokerCount: 1 };
const standard = { kind: 'Standard', brokerCount: 3 };
const dedicated = { kind: 'Dedicated', brokerCount: 3 };

describe('assertTopicConfigsAllowed', () => {
  it("accepts Confluent Cloud's editable configs within their limits", () => {
    expect(() =>
      assertTopicConfigsAllowed(standard, {
        'cleanup.policy': 'compact, delete',
        'retention.ms': '-1',
        'retention.bytes': '1073741824',
        'max.message.bytes': String(8 * 1024 * 1024),
        'segment.bytes': String(50 * 1024 * 1024),
        'segment.ms': '600000',
        'min.insync.replicas': '2',
        'message.timestamp.type': 'LogAppendTime',
        'max.compaction.lag.ms': '21600000',
        'delete.retention.ms': '60566400000',
      }),
    ).not.toThrow();
    expect(() => assertTopicConfigsAllowed(dedicated, { 'max.message.bytes': String(20 * 1024 * 1024) })).not.toThrow();
  });

  it('refuses every config that is not editable, naming each one', () => {
    expect(() => assertTopicConfigsAllowed(standard, { 'retention.ms': '1000', 'compression.type': 'gzip', 'unclean.leader.election.enable': 'true' })).toThrow(
      /'compression\.type', 'unclean\.leader\.election\.enable' cannot be set/,
    );
    expect(() => assertTopicConfigsAllowed(standard, { 'no.such.config': '1' })).toThrow(/'no\.such\.config'/);
    expect(isEditableTopicConfig('toString')).toBe(false);
    expect(() => assertTopicConfigsAllowed(standard, { constructor: '1' })).toThrow(/'constructor' cannot be set/);
  });

  it("refuses values outside Confluent Cloud's limits, per cluster kind", () => {
    const refused = (cluster: { kind: string; brokerCount: number }, name: string, value: string) => () => assertTopicConfigsAllowed(cluster, { [name]: value });
    expect(refused(standard, 'max.message.bytes', String(8 * 1024 * 1024 + 1))).toThrow(/'max\.message\.bytes' must be between 0 and 8388608 on a Standard cluster/);
    expect(refused(basic, 'max.message.bytes', String(20 * 1024 * 1024))).toThrow(/8388608/);
    expect(refused(dedicated, 'max.message.bytes', String(20 * 1024 * 1024 + 1))).toThrow(/20971520/);
    expect(refused(standard, 'segment.bytes', '1024')).toThrow(/'segment\.bytes' must be between 52428800 and 1073741824/);
    expect(refused(standard, 'segment.ms', '1000')).toThrow(/at least 600000/);
    expect(refused(standard, 'max.compaction.lag.ms', '1000')).toThrow(/at least 21600000/);
    expect(refused(standard, 'delete.retention.ms', '60566400001')).toThrow(/delete\.retention\.ms/);
    expect(refused(standard, 'retention.ms', '-2')).toThrow(/or -1 for no limit/);
    expect(refused(standard, 'retention.ms', 'soon')).toThrow(/must be an integer/);
    expect(refused(standard, 'retention.ms', '99999999999999999999')).toThrow(/must be an integer/);
    expect(refused(standard, 'cleanup.policy', 'forever')).toThrow(/one of delete \| compact/);
    expect(refused(standard, 'message.timestamp.type', 'WallClock')).toThrow(/CreateTime \| LogAppendTime/);
    expect(refused(standard, 'min.insync.replicas', '3')).toThrow(/between 1 and 2/);
    // A Basic cluster's topics have one copy: more in-sync replicas than that would refuse every write.
    expect(refused(basic, 'min.insync.replicas', '2')).toThrow(/between 1 and 1 on a Basic cluster/);
  });

  it('always allows a reset to the default (a null value), whatever the name', () => {
    expect(() => assertTopicConfigsAllowed(standard, { 'compression.type': null, 'retention.ms': null })).not.toThrow();
  });
});
