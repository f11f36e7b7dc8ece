import { AuthenticationError, MultipleErrors, NetworkError, ProtocolError, ResponseError, TimeoutError } from '@platformatic/kafka';
import { describe, expect, it } from 'vitest';
import { kindForProtocolError, toKafkaAdminError } from './error-mapping';
import { KafkaAdminError } from './kafka-admin-error';
import { toKafkaRestError } from './rest-error-codes';

const CREATE_TOPICS_API_KEY = 19;

function brokerRejected(errorCode: number, brokerMessage: string | null): ResponseError {
  return new ResponseError(CREATE_TOPICS_API_KEY, 7, { '/topics/0': [errorCode, brokerMessage] }, {});
}

describe('toKafkaAdminError', () => {
  it.each([
    [36, "Topic 'orders' already exists.", 'TOPIC_EXISTS', 'TOPIC_ALREADY_EXISTS'],
    [3, null, 'TOPIC_NOT_FOUND', 'UNKNOWN_TOPIC_OR_PARTITION'],
    [38, 'Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 1 broker(s) are registered.', 'INVALID_REPLICATION_FACTOR', 'INVALID_REPLICATION_FACTOR'],
    [37, 'Topic currently has 3 partitions, which is higher than the requested 2.', 'INVALID_PARTITIONS', 'INVALID_PARTITIONS'],
    [40, 'Invalid value -5 for configuration retention.ms', 'INVALID_CONFIG', 'INVALID_CONFIG'],
    [44, 'not allowed', 'POLICY_VIOLATION', 'POLICY_VIOLATION'],
    [29, null, 'AUTH_FAILED', 'TOPIC_AUTHORIZATION_FAILED'],
    [31, null, 'AUTH_FAILED', 'CLUSTER_AUTHORIZATION_FAILED'],
    [8, null, 'UNAVAILABLE', 'BROKER_NOT_AVAILABLE'],
    [10, 'The request included a message larger than the max message size the server will accept.', 'RECORD_TOO_LARGE', 'MESSAGE_TOO_LARGE'],
    [69, null, 'GROUP_NOT_FOUND', 'GROUP_ID_NOT_FOUND'],
    [68, null, 'GROUP_NOT_EMPTY', 'NON_EMPTY_GROUP'],
    [25, null, 'GROUP_NOT_EMPTY', 'UNKNOWN_MEMBER_ID'],
  ])('maps broker error %i to its kind and keeps the broker message', (code, brokerMessage, kind, kafkaCode) => {
    const mapped = toKafkaAdminError(brokerRejected(code, brokerMessage));
    expect(mapped).toBeInstanceOf(KafkaAdminError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.kafkaCode).toBe(kafkaCode);
    if (brokerMessage) expect(mapped.message).toBe(brokerMessage);
    else expect(mapped.message.length).toBeGreaterThan(0);
  });

  it('finds the protocol error inside a retry summary', () => {
    const retries = new MultipleErrors('Cannot deleteTopics after 3 attempts.', [
      new NetworkError('Connection closed'),
      brokerRejected(3, 'This server does not host this topic-partition.'),
    ]);
    const mapped = toKafkaAdminError(retries);
    expect(mapped.kind).toBe('TOPIC_NOT_FOUND');
    expect(mapped.message).toBe('This server does not host this topic-partition.');
  });

  it('reports a SASL failure as AUTH_FAILED, not as a network problem', () => {
    const failure = new MultipleErrors('Cannot connect to any broker.', [
      new NetworkError('Connection to localhost:9092 failed.', { cause: new AuthenticationError('SASL authentication failed.') }),
    ]);
    const mapped = toKafkaAdminError(failure);
    expect(mapped.kind).toBe('AUTH_FAILED');
    expect(toKafkaRestError(mapped)).toMatchObject({ httpStatus: 401, errorCode: 40101 });
  });

  it('reports unreachable brokers and timeouts as UNAVAILABLE', () => {
    const refused = new MultipleErrors('Cannot connect to any broker.', [new NetworkError('Connection to localhost:1 failed.')]);
    expect(toKafkaAdminError(refused).kind).toBe('UNAVAILABLE');
    expect(toKafkaAdminError(new TimeoutError('Request timed out')).kind).toBe('UNAVAILABLE');
  });

  it('falls back to UNKNOWN and keeps the original error as cause', () => {
    const original = new Error('boom');
    const mapped = toKafkaAdminError(original);
    expect(mapped.kind).toBe('UNKNOWN');
    expect(mapped.cause).toBe(original);
    expect(toKafkaAdminError(mapped)).toBe(mapped);
  });

  it('maps a bare ProtocolError and unknown authorization failures', () => {
    expect(toKafkaAdminError(new ProtocolError('TOPIC_ALREADY_EXISTS', 'exists')).kind).toBe('TOPIC_EXISTS');
    expect(kindForProtocolError('TRANSACTIONAL_ID_AUTHORIZATION_FAILED')).toBe('AUTH_FAILED');
    expect(kindForProtocolError('SOMETHING_NEW')).toBe('UNKNOWN');
  });
});

describe('toKafkaRestError', () => {
  it.each([
    ['TOPIC_NOT_FOUND', null, 404, 40403],
    ['TOPIC_EXISTS', null, 400, 40002],
    ['INVALID_REPLICATION_FACTOR', null, 400, 40002],
    ['INVALID_PARTITIONS', null, 400, 40002],
    ['INVALID_CONFIG', null, 400, 40002],
    ['AUTH_FAILED', 'TOPIC_AUTHORIZATION_FAILED', 403, 40301],
    ['UNAVAILABLE', null, 503, 50302],
    ['RECORD_TOO_LARGE', null, 413, 413],
    ['GROUP_NOT_FOUND', null, 404, 404],
    ['GROUP_NOT_EMPTY', null, 409, 40900],
    ['INVALID_REQUEST', null, 400, 400],
    ['UNKNOWN', null, 500, 500],
  ] as const)('%s → HTTP %i / error_code %i', (kind, kafkaCode, httpStatus, errorCode) => {
    const rest = toKafkaRestError(new KafkaAdminError(kind, 'broker says no', kafkaCode));
    expect(rest).toEqual({ httpStatus, errorCode, message: 'broker says no' });
  });
});
