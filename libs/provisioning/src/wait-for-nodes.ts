import type { CloudProvider, ClusterNodesStatus } from './cloud-provider';

export class NodesNotRunningError extends Error {
  override readonly name = 'NodesNotRunningError';
  constructor(
    message: string,
    readonly lastStatus: ClusterNodesStatus,
  ) {
    super(message);
  }
}

/**
 * Poll `describeNodes` until nodes 1..brokerCount are all RUNNING. For tests and scripts; the
 * reconciler should rather re-run its pass later than block on this.
 */
export async function waitForNodesRunning(
  provider: CloudProvider,
  clusterId: string,
  brokerCount: number,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<ClusterNodesStatus> {
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  for (;;) {
    const status = await provider.describeNodes(clusterId);
    const running = new Set(status.nodes.filter((n) => n.state === 'RUNNING').map((n) => n.nodeId));
    if (Array.from({ length: brokerCount }, (_, i) => i + 1).every((id) => running.has(id))) return status;
    if (Date.now() > deadline) {
      const states = status.nodes.map((n) => `${n.nodeId}:${n.state}`).join(' ');
      throw new NodesNotRunningError(`${clusterId}: nodes not all RUNNING after timeout (${states || 'none'})`, status);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 100));
  }
}
