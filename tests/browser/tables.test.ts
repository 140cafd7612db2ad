/**
 * Mapping tables in real browsers against a real server, each person in their own browser
 * context: two DCs fill their own rows at the same time and each sees the other's text appear,
 * with presence on the cell; the Secretariat's overview and coverage follow live; two people
 * of one DC typing in the same cell merge; a DC member cannot type into another DC's row and
 * is told why; a DC's offline edits and status reach the others when it is back; the deadline
 * shows in each viewer's own time zone and in UTC, and after it a row is read-only until the
 * Secretariat reopens it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { waitFor } from '../helpers/waitFor';
import { createAccount, signInContext } from './helpers/accounts';
import { alice, bob, type TestPerson } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';
import { waitUntilSaved } from './helpers/documentPage';
import {
  cell,
  cellText,
  openTable,
  rowHead,
  startEditing,
  waitForCellText,
} from './helpers/tablesPage';

const TABLE = 'table-issue-areas';
const ACCESS = 'access-connectivity';
const TRUST = 'trust-security-stability';
const secretariat: TestPerson = { name: 'Sorina Teleanu', role: Roles.secretariat, dcs: [] };

const suite = useBrowserSuite();
const { signedIn } = suite;

const open = async (context: BrowserContext, view: 'grid' | 'overview' = 'grid') => {
  const page = await openTable(context, suite.server.url, TABLE, view);
  suite.watch(page);
  return page;
};

const overviewCount = (page: Page, status: string) =>
  page.getByTestId(`overview-count-${status}`).innerText();

describe('mapping tables in the browser', { timeout: 120_000 }, () => {
  it('T2, T10: two DCs fill their own rows at once and see each other; the overview follows live', async () => {
    const a = await signedIn(alice);
    const b = await signedIn(bob);
    const s = await signedIn(secretariat);
    const pageS = await open(s.context, 'overview');
    const pageA = await open(a.context);
    const pageB = await open(b.context);
    const submittedBefore = Number(await overviewCount(pageS, 'submitted'));
    expect(await pageS.getByTestId('overview-summary').innerText()).toMatch(/of 23 submitted/);

    await startEditing(pageA, 'dcad', ACCESS);
    await startEditing(pageB, 'is3c', TRUST);
    // Both type at the same time.
    await Promise.all([
      pageA.keyboard.type('Accessible venues and captioning for every session.'),
      pageB.keyboard.type('Security standards for every connected device.'),
    ]);
    await waitForCellText(
      pageB,
      'dcad',
      ACCESS,
      (text) => text === 'Accessible venues and captioning for every session.',
      "B sees A's cell",
    );
    await waitForCellText(
      pageA,
      'is3c',
      TRUST,
      (text) => text === 'Security standards for every connected device.',
      "A sees B's cell",
    );

    // Each sees the other on the cell they are in, in their colour, with their name.
    await waitFor(
      async () =>
        (await cell(pageB, 'dcad', ACCESS).getByTestId('cell-presence').allInnerTexts()).some(
          (text) => text.startsWith(alice.name),
        ),
      { message: "A's presence on her cell, seen by B" },
    );
    expect(
      await cell(pageA, 'is3c', TRUST).getByTestId('cell-presence').first().innerText(),
    ).toContain(bob.name);

    // The overview's coverage matrix counts the two areas, live.
    await waitFor(
      async () =>
        (await pageS
          .locator(`[data-testid="coverage-count"][data-column="${ACCESS}"]`)
          .innerText()) === '1',
      { message: 'coverage of the access area' },
    );
    expect(await pageS.locator(`tr[data-row="dcad"] td[data-column="${ACCESS}"]`).innerText()).toBe(
      '●',
    );

    // A submits her row; the Secretariat sees it arrive with who set it.
    await pageA.keyboard.press('Escape');
    await rowHead(pageA, 'dcad').getByTestId('row-status-select').selectOption('submitted');
    await waitUntilSaved(pageA);
    await waitFor(
      async () => Number(await overviewCount(pageS, 'submitted')) === submittedBefore + 1,
      { message: 'the overview counting the submitted row' },
    );
    expect(await pageS.getByTestId('overview-submitted').innerText()).toContain(
      `DC on Accessibility and Disability\nby ${alice.name}`,
    );
    // B sees the status as a badge, with who set it.
    await waitFor(
      async () =>
        (await rowHead(pageB, 'dcad').getByTestId('row-status').innerText()) === 'Submitted',
      { message: 'B seeing the submitted status' },
    );
    expect(await rowHead(pageB, 'dcad').innerText()).toContain(`by ${alice.name}`);
  });

  it('T5: two people of one DC typing in the same cell merge character by character', async () => {
    const first = await signedIn({ name: 'Gunela Astbrink', role: Roles.dcMember, dcs: ['dcad'] });
    const second = await signedIn({ name: 'Andrea Saks', role: Roles.dcMember, dcs: ['dcad'] });
    const page1 = await open(first.context);
    const page2 = await open(second.context);
    await startEditing(page1, 'dcad', TRUST);
    await page1.keyboard.type('First line.');
    await waitForCellText(page2, 'dcad', TRUST, (text) => text === 'First line.', 'the first line');
    await startEditing(page2, 'dcad', TRUST);
    await page1.keyboard.press('Home');
    await page2.keyboard.press('End');
    // Both type at once, one at the start of the text and one at its end.
    await Promise.all([page1.keyboard.type('Alpha-'), page2.keyboard.type('-Omega')]);
    const merged = (text: string) => text === 'Alpha-First line.-Omega';
    await waitForCellText(page1, 'dcad', TRUST, merged, 'both edits on page 1');
    await waitForCellText(page2, 'dcad', TRUST, merged, 'both edits on page 2');
    // Each sees the other's caret, named, inside the cell.
    await waitFor(
      async () =>
        (await cell(page1, 'dcad', TRUST).locator('.collaboration-carets__label').allInnerTexts())
          .join(' ')
          .includes('Andrea Saks'),
      { message: "page 1 showing the other person's caret in the cell" },
    );
  });

  it("T2: refuses and explains when a DC member tries to write in another DC's row", async () => {
    const b = await signedIn(bob);
    const pageB = await open(b.context);
    const before = await cellText(pageB, 'dcad', 'policy-questions');
    await cell(pageB, 'dcad', 'policy-questions').click();
    await pageB.keyboard.press('Enter');
    await waitFor(async () => (await pageB.getByTestId('table-notice').count()) === 1, {
      message: 'the refusal notice',
    });
    expect(await pageB.getByTestId('table-notice').innerText()).toBe(
      "This row belongs to DC on Accessibility and Disability. You can change only your own DC's rows.",
    );
    expect(await pageB.locator('[data-testid="cell-editor"]').count()).toBe(0);
    await pageB.keyboard.type('not mine');
    await cell(pageB, 'dcad', 'policy-questions').dblclick();
    expect(await pageB.locator('[data-testid="cell-editor"]').count()).toBe(0);
    expect(await cellText(pageB, 'dcad', 'policy-questions')).toBe(before);
    expect(await cell(pageB, 'dcad', 'policy-questions').getAttribute('aria-readonly')).toBe(
      'true',
    );
    // Their own row's status can be set; another DC's status is only shown.
    expect(await rowHead(pageB, 'is3c').getByTestId('row-status-select').count()).toBe(1);
    expect(await rowHead(pageB, 'dcad').getByTestId('row-status-select').count()).toBe(0);
  });

  it("keeps a DC's offline edits and status and merges them when it is back online", async () => {
    const a = await signedIn(alice);
    const b = await signedIn(bob);
    const pageA = await open(a.context);
    const pageB = await open(b.context);
    const COOPERATION = 'inclusive-ig-cooperation';

    await a.context.setOffline(true);
    await waitFor(
      async () => (await pageA.getByTestId('connection-state').innerText()) === 'Offline',
      {
        message: 'A offline',
      },
    );
    await startEditing(pageA, 'dcad', COOPERATION);
    await pageA.keyboard.type('Written on the train.');
    await pageA.keyboard.press('Escape');
    await rowHead(pageA, 'dcad').getByTestId('row-status-select').selectOption('draft');
    await startEditing(pageB, 'is3c', COOPERATION);
    await pageB.keyboard.type('Written online meanwhile.');
    await waitUntilSaved(pageB);
    expect(await cellText(pageB, 'dcad', COOPERATION)).toBe('');

    await a.context.setOffline(false);
    await waitUntilSaved(pageA, 30_000);
    await waitForCellText(
      pageB,
      'dcad',
      COOPERATION,
      (text) => text === 'Written on the train.',
      "B seeing A's offline text",
    );
    await waitForCellText(
      pageA,
      'is3c',
      COOPERATION,
      (text) => text === 'Written online meanwhile.',
      "A seeing B's text",
    );
    await waitFor(
      async () => (await rowHead(pageB, 'dcad').getByTestId('row-status').innerText()) === 'Draft',
      { message: "B seeing A's offline status" },
    );
  });

  it('T3: after the deadline a row is read-only until the Secretariat reopens it', async () => {
    const s = await signedIn(secretariat);
    const m = await signedIn({ name: 'Mark Carvell', role: Roles.dcMember, dcs: ['dc-jobs'] });
    const pageS = await open(s.context);
    const pageM = await open(m.context);

    // The Secretariat moves the deadline into the past, from the UI.
    await pageS.getByRole('button', { name: 'Edit table' }).click();
    await pageS.getByTestId('deadline-zone').fill('UTC');
    await pageS.getByTestId('deadline-input').fill('2021-09-10T23:59');
    await pageS.getByRole('button', { name: /^(Move|Set) deadline$/ }).click();
    await waitUntilSaved(pageS);
    await waitFor(
      async () =>
        (await pageM.getByTestId('deadline-utc').innerText()) === '10 Sep 2021, 23:59 UTC',
      { message: 'M seeing the moved deadline' },
    );
    expect(await pageM.getByTestId('deadline-countdown').innerText()).toMatch(/^Closed .* ago$/);
    // Someone in Tokyo sees the same deadline in their own time, with the same UTC time.
    const tokyoUser = await createAccount(suite.server, {
      name: 'Kenta Mochizuki',
      role: Roles.observer,
      dcs: [],
    });
    const tokyo = await suite.browser.newContext({
      viewport: { width: 1280, height: 860 },
      timezoneId: 'Asia/Tokyo',
    });
    suite.track(tokyo);
    await signInContext(tokyo, suite.server, tokyoUser);
    const pageT = await open(tokyo);
    expect(await pageT.getByTestId('deadline-local').innerText()).toBe(
      'Sat 11 Sep 2021, 08:59 (Asia/Tokyo)',
    );
    expect(await pageT.getByTestId('deadline-utc').innerText()).toBe('10 Sep 2021, 23:59 UTC');
    expect(await pageM.getByTestId('deadline-local').innerText()).toBe(
      'Fri 10 Sep 2021, 23:59 (UTC)',
    );
    expect(await pageM.getByTestId('deadline-note').innerText()).toMatch(/read-only/);

    await cell(pageM, 'dc-jobs', ACCESS).click();
    await pageM.keyboard.press('Enter');
    await waitFor(async () => (await pageM.getByTestId('table-notice').count()) === 1, {
      message: 'the deadline refusal',
    });
    expect(await pageM.getByTestId('table-notice').innerText()).toMatch(/deadline has passed/);
    expect(await pageM.locator('[data-testid="cell-editor"]').count()).toBe(0);

    // The Secretariat reopens that one row; M can write again.
    await pageS
      .getByTestId('structure-rows')
      .locator('li', { hasText: 'DC on Jobs' })
      .getByRole('button', { name: 'Reopen' })
      .click();
    await waitUntilSaved(pageS);
    await waitFor(
      async () => (await cell(pageM, 'dc-jobs', ACCESS).getAttribute('aria-readonly')) === 'false',
      { message: 'the reopened row editable for M' },
    );
    await startEditing(pageM, 'dc-jobs', ACCESS);
    await pageM.keyboard.type('Skills for connected jobs.');
    await waitUntilSaved(pageM);
    await waitForCellText(
      pageS,
      'dc-jobs',
      ACCESS,
      (text) => text === 'Skills for connected jobs.',
      'S seeing the late text',
    );

    // Clear the deadline again for the other tests of this file.
    await pageS.getByRole('button', { name: 'Remove deadline' }).click();
    await waitUntilSaved(pageS);
  });
});
