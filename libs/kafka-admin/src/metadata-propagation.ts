/**
 * The controller acknowledges a change before every broker has applied it to its metadata cache,
 * and reads (Metadata, DescribeConfigs) are answered from those caches. To give callers
 * read-your-writes (a REST PATCH followed by a GET), mutating calls wait until a read shows the
 * change. Not seeing it within the bound is not an error: the write itself succeeded.
 */
export const PROPAGATION_TIMEOUT_MS = 5_000;

export async function untilVisible(
  readShowsChange: () => Promise<boolean>,
  timeoutMs = PROPAGATION_TIMEOUT_MS,
  intervalMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const visible = await readShowsChange().catch(() => false);
    if (visible) return true;
    if (Date.now() + intervalMs > deadline) return false;
    await new Promise<void>((resolve) => setTimeout(resolve, intervalMs));
  }
}
