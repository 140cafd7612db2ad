/**
 * Accounts in the browser: the Secretariat invites a person from the People page and copies
 * the one-time link; the person opens it in their own browser, sets a password, lands signed
 * in, signs out and signs in again; a used link says so. The Secretariat pastes a participant
 * list: problems are flagged, a row is fixed in place, and the clean rows are invited at once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { waitFor } from '../helpers/waitFor';
import { useBrowserSuite } from './helpers/browserSuite';

const suite = useBrowserSuite();

/** The Secretariat on the People page, reached through the header link. */
const secretariatOnPeoplePage = async (name: string): Promise<Page> => {
  const { context } = await suite.signedIn({ name, role: Roles.secretariat, dcs: [] });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: suite.server.url,
  });
  const page = await context.newPage();
  suite.watch(page);
  await page.goto(suite.server.url);
  await page
    .getByRole('navigation', { name: 'Workspace' })
    .getByRole('link', { name: 'People' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  return page;
};

describe('inviting one person', () => {
  it('the Secretariat invites and copies the link; the person sets a password, signs out and in again', async () => {
    const admin = await secretariatOnPeoplePage('Chengetai Masango');
    const form = admin.getByRole('form', { name: 'Invite a person' });
    await form.getByLabel('Name').fill('Jutta Croll');
    await form.getByLabel('E-mail').fill('not-an-address');
    await form.getByRole('button', { name: 'Invite' }).click();
    // Checked in the browser with the shared schema: each message names its field.
    await form.getByText('email: enter an address like name@example.org').waitFor();
    await form.getByText('dcs: a DC member represents at least one Dynamic Coalition').waitFor();
    expect(await form.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');

    await form.getByLabel('E-mail').fill('jutta.croll@example.org');
    await form.getByLabel('DC on Child Online Safety').check();
    await form.getByRole('button', { name: 'Invite' }).click();
    const links = admin.getByRole('region', { name: 'Links to hand out' });
    await links.waitFor();
    const shown = await links
      .getByRole('textbox', { name: 'invitation for Jutta Croll' })
      .inputValue();
    expect(shown).toMatch(new RegExp(`^${suite.server.url}/invite/[A-Za-z0-9_-]{20,}$`));
    expect(await links.innerText()).toContain('not e-mailed');
    await links.getByRole('button', { name: 'Copy invitation for Jutta Croll' }).click();
    await links
      .getByRole('button', { name: 'Copy invitation for Jutta Croll' })
      .getByText('Copied')
      .waitFor();
    const copied = await admin.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    const everyone = admin.getByRole('table', { name: 'Everyone in the workspace' });
    const row = everyone.locator('tr', { hasText: 'jutta.croll@example.org' });
    await row.getByText('Invited').waitFor();
    expect(await row.innerText()).toContain('DC COS');

    // Jutta, in her own browser, opens the link.
    const jutta = suite.track(
      await suite.browser.newContext({ viewport: { width: 390, height: 800 } }),
    );
    const page = await jutta.newPage();
    suite.watch(page);
    await page.goto(copied);
    await page.getByRole('heading', { name: 'Welcome, Jutta Croll' }).waitFor();
    expect(await page.getByTestId('link-person').innerText()).toContain('jutta.croll@example.org');
    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Confirm password').fill('short');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByText('Password: use at least 10 characters.').waitFor();
    await page.getByLabel('New password').fill('child online safety 2021');
    await page.getByLabel('Confirm password').fill('child online safety 2021');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();

    // Signed in, on the document list, her name and DC in the header.
    await page.getByRole('heading', { name: 'DCCG workspace' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const me = page.getByTestId('signed-in-person');
    expect(await me.getAttribute('aria-label')).toBe(
      'Signed in as Jutta Croll, DC on Child Online Safety',
    );
    await page.locator('[data-document="main-session-plan"]').waitFor();
    expect(await page.getByRole('link', { name: 'People' }).count()).toBe(0);

    // Sign out, then in again on the sign-in page.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.waitFor();
    expect(await signIn.innerText()).toContain('You are signed out.');
    expect((await jutta.cookies()).filter((cookie) => cookie.name === 'dcp_session')).toEqual([]);
    await signIn.getByLabel('E-mail').fill('jutta.croll@example.org');
    await signIn.getByLabel('Password').fill('child online safety 2021');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'DCCG workspace' }).waitFor();
    expect(await page.getByTestId('signed-in-person').getAttribute('aria-label')).toContain(
      'Jutta Croll',
    );

    // The link worked once.
    await page.goto(copied);
    await page
      .getByRole('heading', { name: 'This link was already used or has expired' })
      .waitFor();
    expect(await page.getByRole('alert').innerText()).toContain(
      'Ask the Secretariat for a new link.',
    );

    // The Secretariat now sees her as active, and the audit log has the invitation.
    await admin.reload();
    await everyone
      .locator('tr', { hasText: 'jutta.croll@example.org' })
      .getByText('Active')
      .waitFor();
    await admin.getByLabel('Action').selectOption('user.invited');
    // The filtered list replaces the full one once it arrives: wait for exactly her invitation.
    const invitationRows = admin.locator('.audit-table tr', { hasText: 'jutta.croll@example.org' });
    await waitFor(async () => (await invitationRows.count()) === 1, {
      message: 'the audit log filtered to her invitation',
    });
  });
});

describe('pasting the participant list', () => {
  it('flags unknown DCs, missing e-mails and duplicates, and invites the clean rows', async () => {
    const page = await secretariatOnPeoplePage('Anja Gengo');
    const list = [
      'Coordination facilitators',
      'Kummer\tMarkus\t\tmarkus.kummer@example.org',
      'Participants',
      'Hellerstein\tJudith\tDC on Accessibility and Disability\tjudith@example.org',
      'de Natris\tWout\tDC on Internet Standards, Security and Safety',
      'Doe\tJane\tDC on Imaginary Things\tjane.doe@example.org',
      'Hellerstein\tJudith\tDC on Accessibility and Disability\tjudith.h@example.org',
      'Secretariat support',
      'Teleanu\tSorina\t\tsorina@example.org',
    ].join('\n');
    const section = page.getByRole('region', { name: 'Paste participant list' });
    await section.getByLabel('Participant list').fill(list);
    await section.getByRole('button', { name: 'Preview' }).click();
    const table = section.getByRole('table', { name: 'Participants to invite' });
    await table.waitFor();
    const check = (line: number) =>
      table.locator(`tr[data-line="${line}"] [data-testid="row-check"]`);
    expect(await check(2).innerText()).toBe('Ready');
    expect(await check(4).innerText()).toBe('Ready');
    expect(await check(5).innerText()).toContain('e-mail missing');
    expect(await check(6).innerText()).toContain('unknown DC "DC on Imaginary Things"');
    expect(await check(7).innerText()).toContain('duplicate of line 4');
    expect(await check(9).innerText()).toBe('Ready');
    await section.getByRole('button', { name: 'Invite 3 people' }).waitFor();

    // Fixing Wout's row (his e-mail) lets him in.
    await table.getByLabel('E-mail of Wout de Natris').fill('wout@example.org');
    expect(await check(5).innerText()).toBe('Ready');
    await section.getByRole('button', { name: 'Invite 4 people' }).click();
    await section.getByText('4 people invited.').waitFor();

    const links = page.getByRole('region', { name: 'Links to hand out' });
    for (const name of ['Markus Kummer', 'Judith Hellerstein', 'Wout de Natris', 'Sorina Teleanu'])
      expect(
        await links.getByRole('textbox', { name: `invitation for ${name}` }).inputValue(),
      ).toMatch(/\/invite\//);
    // The rows with problems stay, still flagged; the invited ones are gone from the preview.
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await check(6).innerText()).toContain('unknown DC');

    const people = await suite.server.accounts.store.listUsers();
    const byEmail = new Map(people.map((person) => [person.email, person]));
    expect(byEmail.get('markus.kummer@example.org')).toMatchObject({ role: Roles.facilitator });
    expect(byEmail.get('judith@example.org')).toMatchObject({
      role: Roles.dcMember,
      dcs: ['dcad'],
    });
    expect(byEmail.get('wout@example.org')).toMatchObject({ role: Roles.dcMember, dcs: ['is3c'] });
    expect(byEmail.get('sorina@example.org')).toMatchObject({ role: Roles.secretariat });
    expect(byEmail.has('jane.doe@example.org')).toBe(false);
    expect(byEmail.has('judith.h@example.org')).toBe(false);
    await waitFor(
      async () =>
        (await page
          .getByRole('table', { name: 'Everyone in the workspace' })
          .locator('tr', { hasText: 'wout@example.org' })
          .count()) === 1,
      {
        message: 'the people list to show the new people',
      },
    );
  });
});
