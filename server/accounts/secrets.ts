/**
 * Random credentials (session cookies, invitation and reset links, API tokens) and their
 * storage form: only a SHA-256 of each is stored, so a copy of the database holds no usable
 * secret. Tokens carry a readable prefix so a leaked one can be recognised.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new random secret with `prefix`, e.g. `dcp_api_…`. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** The stored form of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** A new random identifier (not secret). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
