/**
 * The editor as one person uses it with a keyboard: signing in on the sign-in page (shown for
 * the document asked for, which opens right after), the toolbar is one Tab stop with arrow-key movement,
 * aria-pressed toggles and labels, shortcuts work, links are added through the link form
 * (and refused for other schemes), tables can be inserted, and the outline and word count
 * follow the text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import type { User } from '../../server/accounts/AccountStore';
import type { TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { createAccount, startBrowserTestServer, TEST_PASSWORD } from './helpers/accounts';
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
let fiona: User;

beforeAll(async () => {
  const clientDir = await ensureClientBuilt();
  server = await startBrowserTestServer(clientDir);
  fiona = await createAccount(server, {
    name: 'Fiona Pollock',
    role: Roles.dcMember,
    dcs: ['dc-dt'],
  });
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
  it('signs in on the sign-in page, lands on the document asked for, stays signed in after a reload', async () => {
    await page.goto(`${server.url}/doc/main-session-plan`);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    await form.getByRole('button', { name: 'Sign in' }).click();
    expect(await form.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(await form.innerText()).toContain('E-mail: enter the address');

    await form.getByLabel('E-mail').fill(fiona.email);
    await form.getByLabel('Password').fill('not the password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await waitFor(async () => (await page.getByTestId('sign-in-error').innerText()) !== '', {
      message: 'the wrong-password message',
    });
    expect(await page.getByTestId('sign-in-error').innerText()).toContain('do not match');
    expect(await form.getByLabel('Password').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'password',
    );

    await form.getByLabel('Password').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/doc/main-session-plan');
    await waitUntilSaved(page);
    const me = page.getByTestId('signed-in-person');
    expect(await me.getAttribute('aria-label')).toBe(
      'Signed in as Fiona Pollock, DC on Data and Trust',
    );
    expect(await me.innerText()).toContain('DC member');
    expect(await page.getByTestId('access-notice').count()).toBe(0);

    await page.reload();
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    expect(await page.getByRole('form', { name: 'Sign in' }).count()).toBe(0);
    expect(await page.getByTestId('signed-in-person').getAttribute('aria-label')).toContain(
      'Fiona Pollock',
    );
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
    await page.locator('.ProseMirror p', { hasText: 'A new section' }).waitFor();
    await page.getByRole('button', { name: 'Heading 2', exact: true }).focus();
    await waitFor(
      async () =>
        (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ===
        'Heading 2',
      { message: 'the Heading 2 button to have the focus' },
    );
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

  it('keeps the caret after the first letter typed into a new paragraph, however fast', async () => {
    // Chromium may report the caret in front of the first character typed into an empty
    // paragraph when the key comes right after Enter; the rest of the word then went in
    // front of it ("Word" became "ordW").
    await focusLastParagraph(page);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(`Quick${i} words`);
    }
    const paragraphs = await page.locator('.ProseMirror > p').allInnerTexts();
    const typed = paragraphs.filter((text) => /Quick\d+ words|uick\d+ wordsQ/.test(text));
    expect(typed).toEqual(Array.from({ length: 12 }, (_, i) => `Quick${i} words`));
    expect(trouble).toEqual([]);
  });
});
