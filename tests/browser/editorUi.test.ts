/**
 * The editor as one person uses it with a keyboard: the first visit asks for a name and a
 * DC (kept in localStorage), the toolbar is one Tab stop with arrow-key movement,
 * aria-pressed toggles and labels, shortcuts work, links are added through the link form
 * (and refused for other schemes), tables can be inserted, and the outline and word count
 * follow the text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { launchChromium, watchForTrouble } from './helpers/browser';
import { ensureClientBuilt } from './helpers/clientBuild';
import {
  documentText,
  focusLastParagraph,
  waitForText,
  waitUntilSaved,
} from './helpers/documentPage';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let trouble: string[];

beforeAll(async () => {
  const clientDir = await ensureClientBuilt();
  server = await startTestServer({ config: { clientDir } });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  trouble = watchForTrouble(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const pressed = (name: string) =>
  page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');

/** The toolbar follows the caret a beat behind typing: wait for the state. */
const waitForPressed = (name: string, value: 'true' | 'false') =>
  waitFor(async () => (await pressed(name)) === value, {
    message: `${name} to have aria-pressed=${value}`,
  });

describe('one person with a keyboard', () => {
  it('is asked for a name and a DC on the first visit, remembered after a reload', async () => {
    await page.goto(`${server.url}/doc/main-session-plan`);
    const dialog = page.getByRole('dialog', { name: 'Welcome to DC Planner' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Start' }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain('enter your name');
    await dialog.getByLabel('Your name').fill('  Fiona   Pollock ');
    await dialog.getByRole('button', { name: 'Start' }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain('Dynamic Coalition or role');
    await dialog.getByLabel('Dynamic Coalition or role').selectOption('DC on Data and Trust');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    await waitUntilSaved(page);

    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('dc-planner:identity') ?? 'null'),
    );
    expect(stored).toMatchObject({ name: 'Fiona Pollock', dc: 'DC on Data and Trust' });
    expect(stored.color).toMatch(/^#[0-9a-f]{6}$/);
    await page.reload();
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(
      await page
        .getByRole('button', { name: /^You are Fiona Pollock, DC on Data and Trust/ })
        .count(),
    ).toBe(1);
  });

  it('has a toolbar that is one Tab stop, moved through with arrow keys, with pressed states', async () => {
    await waitUntilSaved(page);
    const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    const buttons = toolbar.getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(15);
    const tabStops = await toolbar.evaluate(
      (element) => element.querySelectorAll('button[tabindex="0"]').length,
    );
    expect(tabStops).toBe(1);
    for (let i = 0; i < count; i++)
      expect(await buttons.nth(i).getAttribute('aria-label')).toBeTruthy();

    await buttons.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Redo my change',
    );
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(last).toBe(await buttons.last().getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Undo my last change',
    );
    expect(
      await toolbar.evaluate((element) => element.querySelectorAll('button[tabindex="0"]').length),
    ).toBe(1);

    // Shortcuts and buttons toggle marks, and aria-pressed follows the caret.
    await focusLastParagraph(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Bold words');
    await waitForPressed('Bold', 'true');
    await page.keyboard.press('Control+b');
    await waitForPressed('Bold', 'false');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(' italic');
    await waitForPressed('Italic', 'true');
    await page.keyboard.press('Control+i');
    expect(await page.locator('.ProseMirror strong', { hasText: 'Bold words' }).count()).toBe(1);
    expect(await page.locator('.ProseMirror em', { hasText: 'italic' }).count()).toBe(1);

    // Keyboard activation of a toolbar button: Heading 2 for the current line.
    await page.keyboard.press('Enter');
    await page.keyboard.type('A new section');
    await page.getByRole('button', { name: 'Heading 2', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror h2', { hasText: 'A new section' }).waitFor();
    await waitForPressed('Heading 2', 'true');

    // The outline picks the heading up; choosing it moves the caret there.
    const outlineEntry = page
      .getByRole('navigation', { name: 'Document outline' })
      .getByRole('button', {
        name: 'A new section',
      });
    await outlineEntry.waitFor();
    await outlineEntry.click();
    await waitFor(async () => (await outlineEntry.getAttribute('aria-current')) === 'location', {
      message: 'the outline to mark the current section',
    });

    // Lists and a table inside the document.
    await focusLastParagraph(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+9');
    await page.keyboard.type('Send the mapping by 10 September');
    await page
      .locator('.ProseMirror ul[data-type="taskList"] li', { hasText: 'Send the mapping' })
      .waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insert table (3 × 3)' }).click();
    await page.getByRole('group', { name: 'Table' }).waitFor();
    await page.keyboard.type('Issue area');
    await page.getByRole('button', { name: 'Add row below' }).click();
    expect(await page.locator('.ProseMirror table').last().locator('tr').count()).toBe(4);

    // The word count matches the document's words, and follows typing.
    const shown = async () =>
      Number((await page.getByTestId('word-count').innerText()).replace(/\D/g, ''));
    const actual = () =>
      page.evaluate(() => {
        const blocks = document.querySelectorAll('.ProseMirror :is(p, h1, h2, h3, pre)');
        const text = Array.from(blocks, (block) => block.textContent ?? '').join(' ');
        return (text.match(/[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu) ?? []).length;
      });
    await waitFor(async () => (await shown()) === (await actual()), {
      message: 'the word count to match the text',
    });
    const before = await actual();
    await page.keyboard.type(' one two three');
    expect(await actual()).toBe(before + 3);
    await waitFor(async () => (await shown()) === before + 3, {
      message: 'the word count to add three words',
    });
    await waitUntilSaved(page);
    expect(trouble).toEqual([]);
  });

  it('adds a link with Ctrl+K and refuses other schemes', async () => {
    await focusLastParagraph(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('IGF website');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+k');
    const form = page.getByRole('form', { name: 'Add link' });
    await form.waitFor();
    await form.getByLabel('Link to').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Apply' }).click();
    expect(await form.getByRole('alert').innerText()).toContain('Only web addresses');
    await form.getByLabel('Link to').fill('www.intgovforum.org');
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    const link = page.locator('.ProseMirror a', { hasText: 'IGF website' });
    expect(await link.getAttribute('href')).toBe('https://www.intgovforum.org');
    await waitForPressed('Link', 'true');
    await page.getByRole('region', { name: 'Link under the cursor' }).getByRole('link').waitFor();
    await waitForText(page, (text) => text.includes('IGF website'), 'the linked text');
    expect(await documentText(page)).not.toContain('javascript');
    expect(trouble).toEqual([]);
  });
});
