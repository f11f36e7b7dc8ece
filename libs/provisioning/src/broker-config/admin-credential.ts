import type { AdminCredential } from '../cloud-provider';

/**
 * The admin credential travels through three parsers on its way into a broker: the Java properties
 * file, the JAAS option syntax, and `kafka-storage format --add-scram 'SCRAM-SHA-512=[name=…,password=…]'`.
 * The last has no escaping for `,` `]` `"` or `=`, so the control plane must generate credentials from a
 * safe alphabet; this check refuses anything else before a broker is formatted with a mangled password.
 */
const USERNAME = /^[A-Za-z0-9._-]{1,64}$/;
const PASSWORD = /^[A-Za-z0-9._~!@#$%^&*()+\-:;<>?/|{}]{12,256}$/;

export class InvalidAdminCredentialError extends Error {
  override readonly name = 'InvalidAdminCredentialError';
}

export function assertValidAdminCredential(admin: AdminCredential): void {
  if (!USERNAME.test(admin.username)) {
    throw new InvalidAdminCredentialError('admin username must match [A-Za-z0-9._-]{1,64}');
  }
  if (!PASSWORD.test(admin.password)) {
    throw new InvalidAdminCredentialError(
      'admin password must be 12-256 characters of letters, digits and ._~!@#$%^&*()+-:;<>?/|{} (no quotes, commas, brackets, = or spaces)',
    );
  }
}

/** The `--add-scram` argument of `kafka-storage format` that bootstraps the admin as a SCRAM-SHA-512 user. */
export function scramBootstrapArgument(admin: AdminCredential): string {
  assertValidAdminCredential(admin);
  return `SCRAM-SHA-512=[name=${admin.username},password=${admin.password}]`;
}
