/** Runs once when the console's server starts (Next.js instrumentation hook). */
export async function register(): Promise<void> {
  // Node's diagnostics channels exist only in the Node.js runtime, not in the edge one.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { socketAddressAsForwardedFor } = await import('./lib/server/client-address');
  socketAddressAsForwardedFor();
}
