import { describe, expect, it } from 'vitest';
import { logSafeUrl } from './request-log';

describe('logSafeUrl', () => {
  it('drops the query string and the invitation token in a path, however the path is spelled', () => {
    expect(logSafeUrl('/org/v2/environments?page_token=abc')).toBe('/org/v2/environments');
    expect(logSafeUrl('/api/invitations/preview/tok3n-value')).toBe('/api/invitations/preview/[redacted]');
    expect(logSafeUrl('/api/invitations/preview/tok3n-value/extra?x=1')).toBe('/api/invitations/preview/[redacted]/extra');
    expect(logSafeUrl('//api//invitations/preview/tok3n-value')).toBe('//api//invitations/preview/[redacted]');
    expect(logSafeUrl('/API/Invitations/Preview/tok3n-value')).toBe('/API/Invitations/Preview/[redacted]');
    expect(logSafeUrl('/invite/tok3n-value')).toBe('/invite/[redacted]');
    expect(logSafeUrl('/api/invitations')).toBe('/api/invitations');
  });
});
