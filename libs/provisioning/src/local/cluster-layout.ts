import { join } from 'node:path';

/**
 * Where a local cluster lives on disk:
 *
 *   <root>/ports.json                      port assignments of every node (PortAllocator)
 *   <root>/.locks/<clusterId>.lock          per-cluster mutex (ensure/remove/delete)
 *   <root>/<clusterId>/cluster.json         what the cluster was formed with (LocalClusterRecord)
 *   <root>/<clusterId>/node-<id>/
 *       server.properties                   rendered from infra/kafka/broker.properties.tmpl (0600)
 *       broker.pid                          pid of the detached JVM (also its process group)
 *       data/                               log.dirs + KRaft metadata
 *       logs/server.log                     broker log (log4j2, rolling)
 *       stdout.log                          JVM stdout/stderr (crashes before logging starts)
 *       format.args                         first start only (0600): the format arguments the broker's
 *                                           launcher reads and deletes before it starts
 */
export class ClusterLayout {
  constructor(readonly root: string) {}

  get portsFile(): string {
    return join(this.root, 'ports.json');
  }
  clusterLock(clusterId: string): string {
    return join(this.root, '.locks', `${clusterId}.lock`);
  }
  clusterDir(clusterId: string): string {
    return join(this.root, clusterId);
  }
  clusterRecord(clusterId: string): string {
    return join(this.clusterDir(clusterId), 'cluster.json');
  }
  node(clusterId: string, nodeId: number): NodePaths {
    const dir = join(this.clusterDir(clusterId), `node-${nodeId}`);
    return {
      dir,
      config: join(dir, 'server.properties'),
      pidFile: join(dir, 'broker.pid'),
      dataDir: join(dir, 'data'),
      metaProperties: join(dir, 'data', 'meta.properties'),
      logsDir: join(dir, 'logs'),
      stdoutLog: join(dir, 'stdout.log'),
      formatArgs: join(dir, 'format.args'),
    };
  }
  /** Allocator owner name of a node's ports. */
  portOwner(clusterId: string, nodeId: number): string {
    return `${clusterId}/node-${nodeId}`;
  }
  portOwnerPrefix(clusterId: string): string {
    return `${clusterId}/`;
  }
}

export interface NodePaths {
  dir: string;
  config: string;
  pidFile: string;
  dataDir: string;
  metaProperties: string;
  logsDir: string;
  stdoutLog: string;
  formatArgs: string;
}

export function parseNodeDirName(name: string): number | null {
  const m = /^node-([1-9]\d{0,3})$/.exec(name);
  return m ? Number(m[1]) : null;
}
