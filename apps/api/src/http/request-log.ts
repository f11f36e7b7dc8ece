/**
 * Paths that carry a credential in the URL itself. An invitation token in a log line is a working
 * invitation for whoever reads the logs, so the request log writes these paths with the credential
 * replaced, whatever the request's outcome (answered by the route, refused by a rate limit or a
 * guard before the route ran, or a 404 for a malformed token).
 */
const CREDENTIAL_IN_PATH: readonly RegExp[] = [/^(\/+api\/+invitations\/+preview\/+)[^/]+/i, /^(\/+invite\/+)[^/]+/i];

/** The URL as the request log records it: no query string (tokens, cursors), no credential in the path. */
export function logSafeUrl(url: string): string {
  let path = url.split('?')[0] ?? '';
  for (const pattern of CREDENTIAL_IN_PATH) path = path.replace(pattern, '$1[redacted]');
  return path;
}
