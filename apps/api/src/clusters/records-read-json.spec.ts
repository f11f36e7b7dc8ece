import { describe, expect, it } from 'vitest';
import { recordPayloadJson } from './records-read-json';

/** What each answered payload stands for, as a client turns it back into bytes. */
function bytesOf(p: ReturnType<typeof recordPayloadJson>): Buffer | null {
  if (p === null) return null;
  if (p.type === 'BINARY') return Buffer.from(p.data as string, 'base64');
  if (p.type === 'STRING') return Buffer.from(p.data as string, 'utf8');
  return Buffer.from(JSON.stringify(p.data), 'utf8');
}

describe('recordPayloadJson', () => {
  it('answers compact UTF-8 JSON as JSON, other text as STRING, the rest as BINARY', () => {
    expect(recordPayloadJson(Buffer.from('{"a":[1,"é"]}'))).toEqual({ type: 'JSON', data: { a: [1, 'é'] }, size: 14 });
    expect(recordPayloadJson(Buffer.from('"quoted"'))).toEqual({ type: 'JSON', data: 'quoted', size: 8 });
    expect(recordPayloadJson(Buffer.from('null'))).toEqual({ type: 'JSON', data: null, size: 4 });
    expect(recordPayloadJson(Buffer.from('hello'))).toEqual({ type: 'STRING', data: 'hello', size: 5 });
    expect(recordPayloadJson(Buffer.alloc(0))).toEqual({ type: 'STRING', data: '', size: 0 });
    expect(recordPayloadJson(Buffer.from([0xff, 0x00, 0x80]))).toEqual({ type: 'BINARY', data: '/wCA', size: 3 });
    expect(recordPayloadJson(null)).toBeNull();
  });

  it.each([
    '{ "spaced": true }',
    '1.0',
    '12345678901234567890',
    '{"a":1,"a":2}',
    '"\\u00e9"',
    '\ufeff{"bom":1}',
    '[1,\n2]',
  ])('keeps %j byte for byte (JSON that would not serialize back to the same bytes is text)', (text) => {
    const bytes = Buffer.from(text, 'utf8');
    const answered = recordPayloadJson(bytes);
    expect(answered?.type).toBe('STRING');
    expect(bytesOf(answered)).toEqual(bytes);
  });

  it('gives back any bytes exactly', () => {
    for (let seed = 0; seed < 200; seed++) {
      const bytes = Buffer.from(Array.from({ length: seed % 17 }, (_, i) => (seed * 31 + i * 7) % 256));
      expect(bytesOf(recordPayloadJson(bytes))).toEqual(bytes);
    }
  });
});
