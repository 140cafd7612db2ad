/**
 * What a person does and sees in a mapping table, for browser tests: open a table (synced and
 * saved), find a cell by row and column id, read a cell's text as a reader sees it (without
 * presence tags, caret labels or the card layout's column title), and write into a cell the
 * way a person does (click, Enter, type).
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { waitFor } from '../../helpers/waitFor';
import { waitUntilSaved } from './documentPage';

/** Opens table `name` (optionally its overview) in a new page of `context`, synced and saved. */
export async function openTable(
  context: BrowserContext,
  baseUrl: string,
  name: string,
  view: 'grid' | 'overview' = 'grid',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/tables/${name}${view === 'overview' ? '/overview' : ''}`);
  try {
    await page
      .getByTestId(view === 'overview' ? 'table-overview' : 'table-grid')
      .waitFor({ timeout: 20_000 });
  } catch (error) {
    const shown = await page.locator('body').innerText();
    throw new Error(`${(error as Error).message}\nThe page showed: ${shown.slice(0, 600)}`);
  }
  await waitUntilSaved(page);
  return page;
}

/** The cell of row `row` and column `column`. */
export function cell(page: Page, row: string, column: string): Locator {
  return page.locator(`[data-testid="table-cell"][data-row="${row}"][data-column="${column}"]`);
}

/** The first column (label and status) of row `row`. */
export function rowHead(page: Page, row: string): Locator {
  return page.locator(`[data-testid="table-row"][data-row="${row}"] [data-testid="row-head"]`);
}

/** The text of a cell as a reader sees it. */
export function cellText(page: Page, row: string, column: string): Promise<string> {
  return cell(page, row, column).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(
        '.table-cell__people, .collaboration-carets__caret, .table-cell__label, .table-cell__hint, .cell-editor__tools, .link-bar, .link-editor',
      )
      .forEach((node) => node.remove());
    return (copy.textContent ?? '').trim();
  });
}

/** Waits until a cell's text satisfies `predicate`. */
export async function waitForCellText(
  page: Page,
  row: string,
  column: string,
  predicate: (text: string) => boolean,
  message: string,
  timeoutMs = 15_000,
): Promise<string> {
  let last = '';
  try {
    await waitFor(
      async () => {
        last = await cellText(page, row, column);
        return predicate(last);
      },
      { timeoutMs, intervalMs: 50, message },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last cell text: ${JSON.stringify(last)}`);
  }
  return last;
}

/** Opens a cell's editor the way a person does: click it, press Enter; waits for the editor. */
export async function startEditing(page: Page, row: string, column: string): Promise<void> {
  await cell(page, row, column).click();
  await page.keyboard.press('Enter');
  await cell(page, row, column).locator('.ProseMirror[contenteditable="true"]').waitFor();
  await waitFor(
    () => page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') === true),
    { message: 'the cell editor focused' },
  );
}

/** Where focus is in the grid: the row and column of the focused cell, if any. */
export function focusedCell(page: Page): Promise<{ row: string; column: string } | null> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const owner = active?.closest<HTMLElement>('[data-grid-position]');
    if (!owner) return null;
    const row = owner.closest<HTMLElement>('[data-testid="table-row"]')?.dataset.row ?? '';
    return { row, column: owner.dataset.column ?? '' };
  });
}
