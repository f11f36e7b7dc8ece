import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newAccount, signUp } from '../support/accounts';

const ROOT = join(__dirname, '..', '..');

/** Every CSP violation the page reports, collected from the start of each document. */
async function collectViolations(page: import('@playwright/test').Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('the console works under its content security policy, with the usual security headers and no HSTS over http', async ({ page }) => {
  const violations = await collectViolations(page);
  const login = await page.goto('/login');
  const h = login!.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).toContain("script-src 'self'");
  expect(h['content-security-policy']).toContain("connect-src 'self'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('same-origin');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['strict-transport-security']).toBeUndefined();
  expect(await violations()).toEqual([]);

  // Sign-up, the app's pages and a client-side navigation: scripts, styles and fetches all allowed.
  await signUp(page, newAccount('csp'));
  expect(await violations()).toEqual([]);
  for (const path of ['/app/clusters', '/app/api-keys', '/app/usage']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading').first()).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
  // Over plain http the session cookie keeps its plain name and no Secure flag (npm start).
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'tributary_session');
  expect(session?.secure).toBe(false);
  expect(cookies.some((c) => c.name.startsWith('__Host-'))).toBe(false);
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

test('a console whose public address is https sends HSTS (same build, another process)', async ({ request }) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: join(ROOT, 'apps/console'),
    env: { ...process.env, TRIBUTARY_CONSOLE_URL: 'https://console.example.com', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  try {
    let res: Awaited<ReturnType<typeof request.get>> | undefined;
    await expect
      .poll(
        async () => {
          res = await request.get(`http://127.0.0.1:${port}/login`).catch(() => undefined);
          return res?.status();
        },
        { timeout: 90_000, intervals: [500] },
      )
      .toBe(200);
    expect(res!.headers()['strict-transport-security']).toBe('max-age=31536000');
    expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  } finally {
    child.kill('SIGTERM');
  }
});
