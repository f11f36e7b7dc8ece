import type { SchemaType } from '@tributary/db';

export interface SchemaReference {
  name: string;
  subject: string;
  version: number;
}

/** A reference with the referenced schema's text; `dependencies` are every schema it needs, deepest first. */
export interface ResolvedSchema {
  schemaType: SchemaType;
  schema: string;
  references: SchemaReference[];
}

/** A referenced schema as a format sees it: the name the referrer uses, and the text. */
export interface Dependency {
  name: string;
  schemaType: SchemaType;
  schema: string;
}

/** One reason a schema cannot read another's data, in the fields Confluent's messages carry. */
export interface Incompatibility {
  errorType: string;
  description: string;
  additionalInfo?: string;
}

export interface ParsedSchema {
  readonly type: SchemaType;
  /** The text stored and served: whitespace-free where the format allows, otherwise as given. */
  readonly canonical: string;
  /** A form where equivalent schemas are equal (`normalize=true`). */
  normalized(): string;
  /** Why data written with `writer` cannot be read with this schema (empty: it can). */
  readerIncompatibilities(writer: ParsedSchema): Incompatibility[];
  /** The text for `?format=`: Protobuf has `serialized` (a base64 FileDescriptorProto). */
  formatted(format: string | undefined): string;
}

/** Parsing (with the schemas it references) and the format's own compatibility rules. */
export interface SchemaFormat {
  readonly type: SchemaType;
  /** Throws `RegistryError.invalidSchema` when the text is not a schema of this format. */
  parse(text: string, dependencies: Dependency[]): ParsedSchema;
}
