import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdminCredential } from '../cloud-provider';
import { scramBootstrapArgument } from './admin-credential';
import { renderBrokerProperties } from './broker-properties';

/**
 * The throwaway broker `scripts/ensure-kafka.sh` starts once to record the AppCDS archive (the classes a
 * broker loads, so later JVMs start ~0.6 s faster). Its server.properties comes from the one template
 * through the real renderer, so the archive matches what real nodes load and no second copy of the
 * template's placeholders exists in shell.
 */
export const CDS_TRAINING_ADMIN: AdminCredential = { username: 'cds', password: 'cds-training-only' };

export function cdsTrainingProperties(template: string, dataDir: string, ports: { client: number; internal: number; controller: number }): string {
  return renderBrokerProperties(template, {
    nodeId: 1,
    isController: true,
    bindHost: '127.0.0.1',
    advertisedHost: '127.0.0.1',
    clientPort: ports.client,
    internalPort: ports.internal,
    controllerPort: ports.controller,
    voters: [{ nodeId: 1, host: '127.0.0.1', port: ports.controller }],
    rack: 'cds',
    logDirs: [dataDir],
    admin: CDS_TRAINING_ADMIN,
    replicationFactor: 1,
    offsetsTopicPartitions: 1,
  });
}

/**
 * `node dist/libs/provisioning/src/broker-config/cds-training.js <template> <workDir> <client> <internal> <controller>`:
 * writes <workDir>/server.properties and prints the `--add-scram` argument for `kafka-storage format`.
 */
if (require.main === module) {
  const [template, workDir, client, internal, controller] = process.argv.slice(2);
  if (!template || !workDir || !client || !internal || !controller) {
    console.error('usage: cds-training.js <broker.properties.tmpl> <workDir> <clientPort> <internalPort> <controllerPort>');
    process.exit(2);
  }
  const properties = cdsTrainingProperties(readFileSync(template, 'utf8'), join(workDir, 'data'), {
    client: Number(client),
    internal: Number(internal),
    controller: Number(controller),
  });
  writeFileSync(join(workDir, 'server.properties'), properties, { mode: 0o600 });
  process.stdout.write(`${scramBootstrapArgument(CDS_TRAINING_ADMIN)}\n`);
}
