/**
 * The mapping-table grid as a spreadsheet and the Secretariat's tools, in real browsers
 * against a real server: keyboard movement (arrows, Home/End, Enter to edit, Escape to leave,
 * Tab to move, typing on a cell, the status through Enter), the header row and first column
 * staying in view, a row as a card on a phone-sized touch screen (a tap writes), filters,
 * exports and a CSV import with its preview, structure changes (columns added, renamed,
 * removed and restored, rows moved, the table renamed) seen live by a DC in another browser,
 * and a new table from the form.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { waitFor } from '../helpers/waitFor';
import { signInContext } from './helpers/accounts';
import { alice, type TestPerson } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';
import { waitUntilSaved } from './helpers/documentPage';
import {
  cell,
  cellText,
  focusedCell,
  openTable,
  rowHead,
  startEditing,
  waitForCellText,
} from './helpers/tablesPage';

const TABLE = 'table-issue-areas';
const secretariat: TestPerson = { name: 'Sorina Teleanu', role: Roles.secretariat, dcs: [] };
const jobs: TestPerson = { name: 'Mark Carvell', role: Roles.dcMember, dcs: ['dc-jobs'] };

const suite = useBrowserSuite();
const { signedIn } = suite;

const open = async (context: BrowserContext, name = TABLE) => {
  const page = await openTable(context, suite.server.url, name);
  suite.watch(page);
  return page;
};

const expectFocus = async (page: Page, row: string, column: string) => {
  await waitFor(
    async () => {
      const focused = await focusedCell(page);
      return focused?.row === row && focused.column === column;
    },
    { message: `focus on ${row} / ${column || 'the first column'}` },
  );
};

const columnTitles = (page: Page) =>
  page.locator('[data-testid="table-grid"] [role="columnheader"]').allInnerTexts();

describe('the table grid', { timeout: 120_000 }, () => {
  it('moves like a spreadsheet: arrows, Home/End, Enter, Escape, Tab', async () => {
    const a = await signedIn(alice);
    const page = await open(a.context);
    await rowHead(page, 'dcad').click();
    await expectFocus(page, 'dcad', '');
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, 'dcad', 'inclusion-human-rights');
    await page.keyboard.press('ArrowDown');
    await expectFocus(page, 'dc-blockchain', 'inclusion-human-rights');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expectFocus(page, 'dcad', 'inclusion-human-rights');
    await page.keyboard.press('End');
    await expectFocus(page, 'dcad', 'policy-questions');
    await page.keyboard.press('Home');
    await expectFocus(page, 'dcad', '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expectFocus(page, 'dcad', 'access-connectivity');

    // Enter edits, Escape leaves with the text kept and focus back on the cell.
    await page.keyboard.press('Enter');
    await cell(page, 'dcad', 'access-connectivity').locator('.ProseMirror').waitFor();
    await waitFor(
      () => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') === true),
      { message: 'the editor focused' },
    );
    await page.keyboard.type('Typed with the keyboard only.');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'dcad', 'access-connectivity');
    expect(await page.locator('[data-testid="cell-editor"]').count()).toBe(0);
    expect(await cellText(page, 'dcad', 'access-connectivity')).toBe(
      'Typed with the keyboard only.',
    );

    // Tab inside the editor leaves it and moves on; Shift+Tab comes back.
    await page.keyboard.press('Enter');
    await cell(page, 'dcad', 'access-connectivity').locator('.ProseMirror').waitFor();
    await page.keyboard.press('Tab');
    await expectFocus(page, 'dcad', 'emerging-regulation');
    expect(await page.locator('[data-testid="cell-editor"]').count()).toBe(0);
    await page.keyboard.press('Shift+Tab');
    await expectFocus(page, 'dcad', 'access-connectivity');

    // Typing on a cell starts writing in it, the first key included.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectFocus(page, 'dcad', 'environment-climate');
    await page.keyboard.type('Quick start.');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'dcad', 'environment-climate');
    expect(await cellText(page, 'dcad', 'environment-climate')).toBe('Quick start.');

    // Enter in the first column opens the status; Escape returns to the grid.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await waitFor(
      () =>
        page.evaluate(
          () => document.activeElement?.getAttribute('data-testid') === 'row-status-select',
        ),
      { message: 'the status select focused' },
    );
    await rowHead(page, 'dcad').getByTestId('row-status-select').selectOption('draft');
    await page.keyboard.press('Escape');
    await expectFocus(page, 'dcad', '');
    await waitUntilSaved(page);
    expect(await rowHead(page, 'dcad').innerText()).toContain(`by ${alice.name}`);
  });

  it('keeps headers in view, shows a row as a card on a phone, and filters by DC and area', async () => {
    const m = await signedIn(jobs);
    const page = await open(m.context);
    // Wide: scrolled down and sideways, the header row and the first column stay in view.
    const stuck = await page.getByTestId('table-scroll').evaluate((scroll) => {
      scroll.scrollTo(scroll.scrollWidth, scroll.scrollHeight);
      const box = scroll.getBoundingClientRect();
      const header = scroll
        .querySelector('[role="columnheader"]:last-child')!
        .getBoundingClientRect();
      const rowHeads = [...scroll.querySelectorAll('[data-testid="row-head"]')];
      const lastHead = rowHeads[rowHeads.length - 1]!.getBoundingClientRect();
      return {
        scrolled: scroll.scrollTop > 0 && scroll.scrollLeft > 0,
        headerAtTop: Math.abs(header.top - box.top) <= 2,
        firstColumnAtLeft: Math.abs(lastHead.left - box.left) <= 2,
      };
    });
    expect(stuck).toEqual({ scrolled: true, headerAtTop: true, firstColumnAtLeft: true });

    // On a phone (small touch screen), signed in as the same person.
    const phone = await suite.browser.newContext({
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    suite.track(phone);
    await signInContext(phone, suite.server, m.user);
    const mobile = await open(phone);
    await waitFor(
      async () =>
        (await mobile
          .locator('[data-testid="table-row"][data-row="dc-jobs"]')
          .evaluate((row) => getComputedStyle(row).display)) === 'flex',
      { message: 'rows shown as cards' },
    );
    const layout = await mobile.getByTestId('table-grid').evaluate((grid) => {
      const header = grid.querySelector('.table-grid__row--header')!;
      const label = grid.querySelector('.table-cell__label')!;
      const scroll = grid.parentElement!;
      return {
        header: getComputedStyle(header).display,
        label: getComputedStyle(label).display,
        overflow: scroll.scrollWidth - scroll.clientWidth,
      };
    });
    expect(layout).toEqual({ header: 'none', label: 'block', overflow: 0 });

    // The DC filter narrows to one card; writing on the card works as on a wide screen.
    await mobile.getByTestId('filter-row').selectOption('dc-jobs');
    await waitFor(async () => (await mobile.getByTestId('table-row').count()) === 1, {
      message: 'one card',
    });
    await mobile.getByTestId('filter-column').selectOption('environment-climate');
    await waitFor(async () => (await mobile.getByTestId('table-cell').count()) === 1, {
      message: 'one cell',
    });
    // A tap writes in the cell (a phone has no Enter key); Done leaves it.
    await cell(mobile, 'dc-jobs', 'environment-climate').tap();
    await cell(mobile, 'dc-jobs', 'environment-climate')
      .locator('.ProseMirror[contenteditable="true"]')
      .waitFor();
    await waitFor(
      () =>
        mobile.evaluate(() => document.activeElement?.classList.contains('ProseMirror') === true),
      { message: 'the editor focused after a tap' },
    );
    await mobile.keyboard.type('Green jobs.');
    await mobile.getByRole('button', { name: 'Done' }).tap();
    await waitUntilSaved(mobile);
    expect(await mobile.locator('[data-testid="cell-editor"]').count()).toBe(0);
    expect(await cellText(mobile, 'dc-jobs', 'environment-climate')).toBe('Green jobs.');
    await waitForCellText(
      page,
      'dc-jobs',
      'environment-climate',
      (text) => text === 'Green jobs.',
      'the wide screen seeing the text written on the phone',
    );
    await mobile.getByRole('button', { name: 'Show all' }).click();
    await waitFor(async () => (await mobile.getByTestId('table-row').count()) === 23, {
      message: 'all rows again',
    });
  });

  it('T7: exports CSV and XLSX, and imports a CSV after a preview', async () => {
    const s = await signedIn(secretariat);
    const m = await signedIn(jobs);
    const pageS = await open(s.context);
    const pageM = await open(m.context);

    const [download] = await Promise.all([
      pageS.waitForEvent('download'),
      pageS.getByTestId('export-csv').click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('DC on Accessibility and Disability');
    expect(csv).toContain('Related policy questions');
    const xlsx = await s.context.request.get(
      `${suite.server.url}${await pageS.getByTestId('export-xlsx').getAttribute('href')}`,
    );
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    await pageS.getByRole('button', { name: 'Import CSV' }).click();
    await pageS.getByTestId('import-file').setInputFiles({
      name: 'contributions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'DC,"Trust, security, stability"\r\nDC on Jobs,Imported from the spreadsheet.\r\nDC on Nothing,x\r\n',
      ),
    });
    await pageS.getByTestId('import-preview').waitFor();
    expect(await pageS.getByTestId('import-changes').innerText()).toContain(
      'Imported from the spreadsheet.',
    );
    expect(await pageS.getByTestId('import-problems').innerText()).toMatch(/Line 3/);
    // Nothing changed before Apply.
    expect(await cellText(pageM, 'dc-jobs', 'trust-security-stability')).toBe('');
    await pageS.getByTestId('import-apply').click();
    expect(await pageS.getByTestId('import-result').innerText()).toBe('1 cell updated.');
    await waitUntilSaved(pageS);
    await waitForCellText(
      pageM,
      'dc-jobs',
      'trust-security-stability',
      (text) => text === 'Imported from the spreadsheet.',
      'the DC seeing the imported text',
    );
  });

  it("T4: changes the table's structure from the UI, live for a DC", async () => {
    const s = await signedIn(secretariat);
    const m = await signedIn(jobs);
    const pageS = await open(s.context);
    const pageM = await open(m.context);
    await pageS.getByRole('button', { name: 'Edit table' }).click();
    const panel = pageS.getByTestId('structure-panel');

    await panel.getByLabel('New column title').fill('Contact person');
    await panel.getByRole('button', { name: 'Add column' }).click();
    await waitFor(async () => (await columnTitles(pageM)).includes('Contact person'), {
      message: 'the new column for the DC',
    });
    await panel.getByLabel('Title of column 8').fill('Contact');
    await panel.getByLabel('Title of column 8').press('Enter');
    await waitFor(async () => (await columnTitles(pageM)).includes('Contact'), {
      message: 'the renamed column',
    });
    // The DC writes in the new column; the column is removed and restored with the text.
    const contactId = await pageM
      .locator('[role="columnheader"]', { hasText: /^Contact$/ })
      .getAttribute('data-column');
    await startEditing(pageM, 'dc-jobs', contactId!);
    await pageM.keyboard.type('jobs@example.org');
    await pageM.keyboard.press('Escape');
    await waitUntilSaved(pageM);
    await panel
      .getByTestId('structure-columns')
      .locator('li')
      .nth(7)
      .getByRole('button', { name: 'Remove' })
      .click();
    await waitFor(async () => !(await columnTitles(pageM)).includes('Contact'), {
      message: 'the removed column gone for the DC',
    });
    await panel.getByTestId('removed-columns').getByRole('button', { name: 'Restore' }).click();
    await waitForCellText(
      pageM,
      'dc-jobs',
      contactId!,
      (text) => text === 'jobs@example.org',
      'the restored column with its text',
    );

    // Rows move; the table is renamed.
    await panel
      .getByRole('button', { name: 'Move DC on Accessibility and Disability down' })
      .click();
    await waitFor(
      async () =>
        (await pageM.getByTestId('table-row').first().getAttribute('data-row')) === 'dc-blockchain',
      { message: 'the moved row for the DC' },
    );
    await panel.getByTestId('table-title-input').fill('DC work and issue areas (2021)');
    await panel.getByRole('button', { name: 'Rename table' }).click();
    await waitFor(
      async () =>
        (await pageM.getByTestId('table-title').innerText()) === 'DC work and issue areas (2021)',
      { message: 'the renamed table for the DC' },
    );
    await waitUntilSaved(pageS);
  });

  it('T8: creates a new table from the form, with messages that name the field', async () => {
    const s = await signedIn(secretariat);
    const page = await s.context.newPage();
    suite.watch(page);
    await page.goto(`${suite.server.url}/tables`);
    await page.getByTestId('table-list').waitFor();
    await page.getByRole('button', { name: 'New table' }).click();
    const form = page.getByTestId('new-table-form');
    await form.getByRole('button', { name: 'Create table' }).click();
    await waitFor(async () => (await form.innerText()).includes('title is required'), {
      message: 'the title message',
    });
    await form.getByLabel('Title', { exact: true }).fill('Speakers of the main session');
    await form.getByLabel('A list of my own').check();
    await form.getByLabel('Row labels, one per line').fill('Opening\nPanel 1\nPanel 2');
    await form.getByLabel('Title of column 1').fill('Speaker');
    await form.getByRole('button', { name: 'Create table' }).click();
    await page.getByTestId('table-grid').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('table-title').innerText()).toBe('Speakers of the main session');
    expect(await page.getByTestId('table-row').count()).toBe(3);
    expect(await columnTitles(page)).toEqual(['Row', 'Speaker']);
    expect(page.url()).toMatch(/\/tables\/table-speakers-of-the-main-session$/);
  });
});
