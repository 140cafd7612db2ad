/**
 * The password rule people see before the server checks it: at least 10 characters (and at
 * most 200), typed the same twice. The server applies the same rule; checking here first
 * saves a round trip and names the field that is wrong.
 */

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password accepted. */
export const MAX_PASSWORD_LENGTH = 200;

/** The hint shown under a new password field. */
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one.`;

/** Problems with a new password and its confirmation, by field (`password`, `confirm`). */
export function newPasswordProblems(password: string, confirm: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (password.length < MIN_PASSWORD_LENGTH)
    problems.password = `Password: use at least ${MIN_PASSWORD_LENGTH} characters.`;
  else if (password.length > MAX_PASSWORD_LENGTH)
    problems.password = `Password: use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (confirm !== password)
    problems.confirm = 'Confirm password: this does not match the password.';
  return problems;
}
