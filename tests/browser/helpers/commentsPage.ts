/**
 * What a person does and sees with comments, for browser tests: select a passage of the
 * document, open the sidebar, find a thread card by its quote, write in a comment composer,
 * and read the inbox link's unread count.
 */
import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../../helpers/waitFor';

/** Selects the first occurrence of `text` in the document, as a person dragging over it. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector<HTMLElement>('.ProseMirror');
    if (!root) throw new Error('no editor');
    if (root.isContentEditable) root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`Text not found in the document: ${wanted}`);
  }, text);
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForTimeout(50);
}

/** Opens the comments sidebar unless it is open. */
export async function openSidebar(page: Page): Promise<void> {
  const toggle = page.getByTestId('comments-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByTestId('comments-sidebar').waitFor();
}

/** The thread card whose quote (or location) contains `text`. */
export function threadCard(page: Page, text: string): Locator {
  return page.getByTestId('thread-card').filter({ hasText: text });
}

/** Types `text` into a composer, picking mentions: `@{Name}` types "@" + the first word and
 * chooses Name from the list. */
export async function typeComment(page: Page, composer: Locator, text: string): Promise<void> {
  await composer.click();
  for (const part of text.split(/(@\{[^}]+\})/)) {
    if (part === '') continue;
    const mention = /^@\{([^}]+)\}$/.exec(part);
    if (!mention) {
      await page.keyboard.type(part);
      continue;
    }
    const name = mention[1]!;
    await page.keyboard.type(`@${name.split(' ')[0]}`);
    const option = page.getByTestId('mention-option').filter({ hasText: name }).first();
    await option.waitFor({ timeout: 10_000 });
    await option.click();
  }
}

/** The number of unread items on the inbox link. */
export async function unreadCount(page: Page): Promise<number> {
  const link = page.getByTestId('inbox-link').first();
  await link.waitFor();
  return Number((await link.getAttribute('data-unread')) ?? '0');
}

/** Waits until the inbox link shows more than `count` unread items. */
export async function waitForUnreadAbove(page: Page, count: number): Promise<number> {
  let last = count;
  await waitFor(
    async () => {
      last = await unreadCount(page);
      return last > count;
    },
    { timeoutMs: 15_000, intervalMs: 100, message: `more than ${count} unread in the inbox` },
  );
  return last;
}
