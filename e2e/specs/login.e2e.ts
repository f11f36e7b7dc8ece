import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { logIn, newAccount, signUp } from '../support/accounts';

/**
 * What the console's proxy tells the API about the browser, and where login sends you afterwards.
 * Two "browsers" on this machine are two loopback source addresses (127.0.0.2, 127.0.0.3); the API's
 * per-client limits (login, sign-up) count per the address it is told (apps/api/src/test/rate-limits.int.spec.ts).
 */
const consoleUrl = new URL(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:13100');

interface Answer {
  status: number;
  setCookie: string[];
  body: any;
}

/** A request to the console from a chosen local address, with headers a browser could send. */
function fromAddress(localAddress: string, method: string, path: string, opts: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: consoleUrl.hostname,
        port: consoleUrl.port,
        method,
        path,
        localAddress,
        headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}), ...(opts.headers ?? {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [], body });
        });
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

const spoofed = { 'x-forwarded-for': '203.0.113.66', 'x-real-ip': '203.0.113.67', forwarded: 'for=203.0.113.68' };

test.describe('login', () => {
  test("the API sees each browser's own address through the console, whatever X-Forwarded-For the browser sends", async () => {
    const a = newAccount('proxy');
    const signedUp = await fromAddress('127.0.0.2', 'POST', '/api/auth/signup', {
      body: { email: a.email, password: a.password, full_name: a.fullName, organization_name: a.organization },
      headers: spoofed,
    });
    expect(signedUp.status, JSON.stringify(signedUp.body)).toBe(201);
    const cookie = signedUp.setCookie.map((c) => c.split(';')[0]).join('; ');

    const loggedIn = await fromAddress('127.0.0.3', 'POST', '/api/auth/login', { body: { email: a.email, password: a.password }, headers: { 'x-forwarded-for': '203.0.113.66, 127.0.0.2' } });
    expect(loggedIn.status, JSON.stringify(loggedIn.body)).toBe(200);

    const audit = await fromAddress('127.0.0.2', 'GET', '/api/audit-events?page_size=100', { headers: { cookie, ...spoofed } });
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    const events = audit.body.data as { action: string; ip: string }[];
    expect(events.find((e) => e.action === 'organization.create')?.ip).toBe('127.0.0.2');
    expect(events.filter((e) => e.action === 'session.login').map((e) => e.ip)).toContain('127.0.0.3');
    expect(JSON.stringify(audit.body)).not.toContain('203.0.113.');
  });

  test('?next= takes you to a path on this console, never to another site', async ({ page, context }) => {
    const a = newAccount('next');
    await signUp(page, a);
    const origin = consoleUrl.origin;

    // Leave the app before dropping the session: a signed-in page that loses its cookie sends itself to
    // /login?next=… at once, and that navigation aborted the next page.goto (seen in a fresh-clone run).
    const signOutHere = async () => {
      await page.goto('about:blank');
      await context.clearCookies();
    };
    for (const next of ['//evil.example/steal', '/\\evil.example', 'https://evil.example/', 'javascript:alert(document.cookie)', '/\t/evil.example', '/\n/evil.example']) {
      await signOutHere();
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await logIn(page, a.email, a.password, { stay: true });
      await expect(page, `next=${JSON.stringify(next)}`).toHaveURL(`${origin}/app`);
    }

    // A same-origin path, with its query, is where you land.
    await signOutHere();
    await page.goto(`/login?next=${encodeURIComponent('/app/api-keys?from=login')}`);
    await logIn(page, a.email, a.password, { stay: true });
    await expect(page).toHaveURL(`${origin}/app/api-keys?from=login`);
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
  });
});
