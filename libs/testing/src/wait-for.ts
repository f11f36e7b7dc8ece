/** Polls `probe` until it returns a value (not undefined), or fails with `describe()` after the timeout. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, opts: { timeoutMs: number; intervalMs?: number; describe?: () => string }): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${opts.timeoutMs} ms${opts.describe ? `: ${opts.describe()}` : ''}`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 250));
  }
}
