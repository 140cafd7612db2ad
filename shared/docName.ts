/**
 * Document names appear in URLs (/sync/<name>) and storage keys, so they are limited to an
 * allowlist pattern: lowercase letters, digits and single hyphens, 1 to 64 characters.
 */

/** The allowlist pattern for document names. */
export const DOC_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,63}$/;

/** Explains the pattern to people. */
export const DOC_NAME_RULE =
  'a document name is 1 to 64 lowercase letters, digits and single hyphens, starting and ending with a letter or digit';

/** Whether `name` is an allowed document name. */
export function isValidDocName(name: string): boolean {
  return DOC_NAME_PATTERN.test(name);
}
