/**
 * An error in the Schema Registry's own wire contract: Confluent's `{error_code, message}` with its
 * numbered codes (40401 subject not found, 42201 invalid schema, …), which clients branch on. It is
 * not an AppError because that contract is Confluent's, not the control plane's envelope; the
 * registry's HTTP filter maps both to this shape.
 */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
  }

  static subjectNotFound(subject: string) {
    return new RegistryError(404, 40401, `Subject '${subject}' not found.`);
  }
  static versionNotFound(version: number | string) {
    return new RegistryError(404, 40402, `Version ${version} not found.`);
  }
  static schemaNotFound(id?: number) {
    return new RegistryError(404, 40403, id === undefined ? 'Schema not found' : `Schema ${id} not found`);
  }
  static subjectSoftDeleted(subject: string) {
    return new RegistryError(404, 40404, `Subject '${subject}' was soft deleted.Set permanent=true to delete permanently`);
  }
  static subjectNotSoftDeleted(subject: string) {
    return new RegistryError(404, 40405, `Subject '${subject}' was not deleted first before being permanently deleted`);
  }
  static versionSoftDeleted(subject: string, version: number) {
    return new RegistryError(404, 40406, `Subject '${subject}' Version ${version} was soft deleted.Set permanent=true to delete permanently`);
  }
  static versionNotSoftDeleted(subject: string, version: number) {
    return new RegistryError(404, 40407, `Subject '${subject}' Version ${version} was not deleted first before being permanently deleted`);
  }
  static subjectConfigNotFound(subject: string) {
    return new RegistryError(404, 40408, `Subject '${subject}' does not have subject-level compatibility configured`);
  }
  static subjectModeNotFound(subject: string) {
    return new RegistryError(404, 40409, `Subject '${subject}' does not have subject-level mode configured`);
  }
  static incompatible(message: string) {
    return new RegistryError(409, 409, message);
  }
  static invalidSchema(detail: string) {
    return new RegistryError(422, 42201, `Invalid schema: ${detail}`);
  }
  static invalidVersion(version: string) {
    return new RegistryError(422, 42202, `The specified version '${version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"`);
  }
  static invalidCompatibility() {
    return new RegistryError(422, 42203, 'Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive');
  }
  static invalidMode() {
    return new RegistryError(422, 42204, 'Invalid mode. Valid values are READWRITE, READONLY, IMPORT');
  }
  static operationNotPermitted(message: string) {
    return new RegistryError(422, 42205, message);
  }
  static referenceExists(subject: string, version: number) {
    return new RegistryError(422, 42206, `One or more references exist to the schema {subject=${subject},version=${version}}.`);
  }
  static invalidSubject(subject: string) {
    return new RegistryError(422, 42208, `The specified subject '${subject}' is not valid.`);
  }
  static badRequest(message: string) {
    return new RegistryError(400, 400, message);
  }
  static unauthorized(message = 'Unauthorized') {
    return new RegistryError(401, 401, message);
  }
  static forbidden(message: string) {
    return new RegistryError(403, 403, message);
  }
  /** Confluent's 50002 (operation timed out): here, too many registrations raced for one subject. */
  static timedOut(message: string) {
    return new RegistryError(500, 50002, message);
  }
  static tooLarge(limit: number) {
    return new RegistryError(413, 413, `Request body is larger than the registry's limit of ${limit} bytes`);
  }
}
