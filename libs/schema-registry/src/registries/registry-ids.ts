import { randomInt } from 'node:crypto';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `lsrc-…`, as Confluent names Schema Registry clusters. */
export function newRegistryId(): string {
  let out = 'lsrc-';
  for (let i = 0; i < 8; i++) out += LOWER[randomInt(LOWER.length)];
  return out;
}

export const REGISTRY_ID_PATTERN = /^lsrc-[a-z0-9]{1,32}$/;
