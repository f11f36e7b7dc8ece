import type { SchemaCompatibility } from '@tributary/db';
import type { Incompatibility, ParsedSchema } from '../formats/schema-format';

export const COMPATIBILITY_LEVELS: readonly SchemaCompatibility[] = ['NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE'];

export function parseCompatibility(value: unknown): SchemaCompatibility | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.toUpperCase() as SchemaCompatibility;
  return COMPATIBILITY_LEVELS.includes(upper) ? upper : undefined;
}

export interface PreviousVersion {
  version: number;
  schema: ParsedSchema;
}

export interface CompatibilityResult {
  compatible: boolean;
  /** Confluent's verbose messages: the reasons, then the version and schema they were found against. */
  messages: string[];
}

/**
 * BACKWARD: the new schema reads what the old ones wrote; FORWARD: the old ones read what the new one
 * writes; FULL: both. The plain modes compare with the latest version, the transitive ones with every
 * earlier version. `previous` is oldest first.
 */
export function checkCompatibility(level: SchemaCompatibility, candidate: ParsedSchema, previous: PreviousVersion[]): CompatibilityResult {
  if (level === 'NONE' || previous.length === 0) return { compatible: true, messages: [] };
  const against = level.endsWith('_TRANSITIVE') ? [...previous].reverse() : [previous[previous.length - 1]!];
  const backward = level.startsWith('BACKWARD') || level.startsWith('FULL');
  const forward = level.startsWith('FORWARD') || level.startsWith('FULL');
  for (const old of against) {
    const found: Incompatibility[] = [];
    if (backward) found.push(...candidate.readerIncompatibilities(old.schema));
    if (forward) found.push(...old.schema.readerIncompatibilities(candidate));
    if (found.length > 0) {
      return {
        compatible: false,
        messages: [
          ...found.map((f) => `{errorType:'${f.errorType}', description:'${f.description}', additionalInfo:'${f.additionalInfo ?? ''}'}`),
          `{oldSchemaVersion: ${old.version}}`,
          `{oldSchema: '${old.schema.canonical}'}`,
          `{compatibility: '${level}'}`,
        ],
      };
    }
  }
  return { compatible: true, messages: [] };
}

/** The 409 message Confluent's registry sends for an incompatible registration. */
export function incompatibleMessage(subject: string, messages: string[]): string {
  return `Schema being registered is incompatible with an earlier schema for subject "${subject}", details: [${messages.join(', ')}]`;
}
