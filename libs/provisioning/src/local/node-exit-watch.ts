import { isAliveWithArg } from './process-table';

/** How often brokers this process did not start are checked (a /proc read each: cheap). */
export const ADOPTED_POLL_MS = 500;

type Listener = (clusterId: string) => void;

interface Watched {
  clusterId: string;
  /** The node's server.properties: what the process's command line must name to still be ours. */
  config: string;
  pid: number;
}

/**
 * Tells listeners, once per exit, that a broker of a cluster stopped: at once for brokers this process
 * spawned (the child's exit event), within ADOPTED_POLL_MS for brokers it adopted from pid files (started
 * by an earlier api/worker). Exits the provider causes itself (delete, scale-in) are not reported.
 */
export class NodeExitWatch {
  private readonly listeners = new Set<Listener>();
  /** By config path; a node has one broker process at a time. */
  private readonly adopted = new Map<string, Watched>();
  /** Pid of the live child spawned for a config path (its exit event reports it). */
  private readonly children = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.timer ??= setInterval(() => this.poll(), ADOPTED_POLL_MS).unref();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** A broker this process just started; `exited` settles when the process ends. */
  spawned(clusterId: string, config: string, pid: number, exited: Promise<void>): void {
    this.adopted.delete(config);
    this.children.set(config, pid);
    void exited.then(() => {
      // Still the node's current child (not replaced, not forgotten because we stopped it)?
      if (this.children.get(config) !== pid) return;
      this.children.delete(config);
      this.emit(clusterId);
    });
  }

  /** A running broker found by pid file or /proc scan, started by someone else. */
  adopt(clusterId: string, config: string, pid: number): void {
    if (this.children.get(config) === pid) return;
    this.adopted.set(config, { clusterId, config, pid });
  }

  /** The provider is about to stop this node's broker on purpose: do not report that exit. */
  forget(config: string): void {
    this.adopted.delete(config);
    this.children.delete(config);
  }

  forgetCluster(clusterDir: string): void {
    for (const config of [...this.adopted.keys(), ...this.children.keys()]) {
      if (config.startsWith(`${clusterDir}/`)) this.forget(config);
    }
  }

  private poll(): void {
    for (const w of [...this.adopted.values()]) {
      if (isAliveWithArg(w.pid, w.config)) continue;
      this.adopted.delete(w.config);
      this.emit(w.clusterId);
    }
  }

  private emit(clusterId: string): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(clusterId);
      } catch {
        // A listener's failure is its own; the others still hear of the exit.
      }
    }
  }
}
