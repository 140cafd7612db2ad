/**
 * What a person does and sees in the editor, for browser tests: open a document, read its
 * text (without other people's caret labels), wait for the sync and saved states, type.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { waitFor } from '../../helpers/waitFor';

/** Text of the document as a reader sees it: caret labels and widgets removed. */
export function documentText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const editor = document.querySelector('.ProseMirror');
    if (!editor) return '';
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

/** The text of the connection pill ("Online", "Offline", "Connecting…"). */
export function connectionState(page: Page): Promise<string> {
  return page.getByTestId('connection-state').innerText();
}

/** The saved-state text ("All changes saved", "Saving…", ...). */
export function savedState(page: Page): Promise<string> {
  return page.getByTestId('saved-state').innerText();
}

/** Waits until the page is online and the server has confirmed every change. */
export async function waitUntilSaved(page: Page, timeoutMs = 20_000): Promise<void> {
  await waitFor(
    async () =>
      (await connectionState(page)) === 'Online' &&
      (await savedState(page)) === 'All changes saved',
    { timeoutMs, intervalMs: 50, message: 'Online and All changes saved' },
  );
}

/** Waits until the document text satisfies `predicate`. */
export async function waitForText(
  page: Page,
  predicate: (text: string) => boolean,
  message: string,
  timeoutMs = 15_000,
): Promise<string> {
  let last = '';
  try {
    await waitFor(
      async () => {
        last = await documentText(page);
        return predicate(last);
      },
      { timeoutMs, intervalMs: 50, message },
    );
  } catch (error) {
    throw new Error(
      `${(error as Error).message}; last text ended with: ${JSON.stringify(last.slice(-300))}`,
    );
  }
  return last;
}

/**
 * Opens document `name` in a new page of `context` and waits until it is synced and saved,
 * and editable (or, with `readOnly`, shown read-only).
 */
export async function openDocument(
  context: BrowserContext,
  baseUrl: string,
  name: string,
  { readOnly = false } = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/doc/${name}`);
  await page.locator(`.ProseMirror[contenteditable="${readOnly ? 'false' : 'true'}"]`).waitFor();
  await waitUntilSaved(page);
  return page;
}

/** Places the caret at the end of the document's last paragraph. */
export async function focusLastParagraph(page: Page): Promise<void> {
  await page.locator('.ProseMirror > p').last().click();
  await page.keyboard.press('Control+End');
}
