/**
 * `npm run admin` (SPEC A12): creates people with an invitation link, names a bad field, issues
 * API tokens that work on the sync endpoint, prints reset links and revokes, each secret once.
 */
import { expect, it } from 'vitest';
import { runAdmin } from '../helpers/serverProcess';
import { makeDataDir } from '../helpers/testServer';

function adminFails(dataDir: string, args: string[]): string {
  try {
    runAdmin(dataDir, args);
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
  throw new Error('the admin command should have failed');
}

it('A12: create-user, list-users, issue-token, reset-password, revoke', () => {
  const dataDir = makeDataDir();
  const created = runAdmin(dataDir, [
    'create-user',
    '--name',
    'Wout de Natris',
    '--email',
    'wout@example.org',
    '--role',
    'dcMember',
    '--dc',
    'is3c',
  ]);
  expect(created).toMatch(
    /Invitation link \(shown once\): http:\/\/127\.0\.0\.1:8080\/invite\/[\w-]+/,
  );
  expect(runAdmin(dataDir, ['list-users'])).toMatch(
    /wout@example\.org\tWout de Natris\tdcMember\tis3c\tinvited/,
  );
  expect(runAdmin(dataDir, ['issue-token', '--email', 'wout@example.org']).trim()).toMatch(
    /^dcp_api_[\w-]{43}$/,
  );
  expect(runAdmin(dataDir, ['reset-password', '--email', 'wout@example.org'])).toMatch(
    /\/invite\/[\w-]+/,
  );
  expect(runAdmin(dataDir, ['revoke', '--email', 'wout@example.org'])).toMatch(/revoked/);
});

it('A12: a bad field or an unknown person is named, with exit code 1', () => {
  const dataDir = makeDataDir();
  const bad = adminFails(dataDir, [
    'create-user',
    '--name',
    'X',
    '--email',
    'not-an-address',
    '--role',
    'dcMember',
  ]);
  expect(bad).toMatch(/email: enter an address/);
  expect(bad).toMatch(/dcs: a DC member represents at least one/);
  expect(adminFails(dataDir, ['issue-token', '--email', 'nobody@example.org'])).toMatch(
    /No person with e-mail nobody@example\.org/,
  );
  expect(adminFails(dataDir, ['frobnicate'])).toMatch(/Unknown command "frobnicate"/);
});
