import { AppError } from '@tributary/platform';
import { describe, expect, it } from 'vitest';
import { decodeBase64, decodePayload } from './record-payload';

describe('decodePayload', () => {
  it('decodes BINARY from base64, STRING as UTF-8 and JSON (the default) as its serialization', () => {
    expect(decodePayload({ type: 'BINARY', data: 'AAH/' }, 'value')).toEqual({ type: 'BINARY', bytes: Buffer.from([0, 1, 255]) });
    expect(decodePayload({ type: 'STRING', data: 'é' }, 'key')).toEqual({ type: 'STRING', bytes: Buffer.from('é', 'utf8') });
    expect(decodePayload({ data: { a: [1, 'x'] } }, 'value')).toEqual({ type: 'JSON', bytes: Buffer.from('{"a":[1,"x"]}') });
  });

  it('treats a missing payload as no key/value and missing data as null bytes', () => {
    expect(decodePayload(undefined, 'key')).toBeNull();
    expect(decodePayload(null, 'key')).toBeNull();
    expect(decodePayload({ type: 'BINARY' }, 'value')).toEqual({ type: 'BINARY', bytes: null });
  });

  it.each(['not base64!', 'AAH', 'A===', 'AA H/', 'AAH/\n'])('refuses %j as base64 with a 400 carrying error_code 400', (text) => {
    const error = (() => {
      try {
        decodeBase64(text, 'value.data');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 400, kafkaErrorCode: 400 });
  });

  it('refuses non-string data for BINARY and STRING', () => {
    expect(() => decodePayload({ type: 'BINARY', data: 1 }, 'value')).toThrow(/base64/);
    expect(() => decodePayload({ type: 'STRING', data: { a: 1 } }, 'key')).toThrow(/string/);
  });
});
