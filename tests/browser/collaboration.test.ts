/**
 * Two people in the planning document, each in their own browser context, through the real
 * server: typing in the same paragraph at once, named carets, own-only undo, reload, and a
 * server restart while both type. Screenshots of the session go to test-results/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode, describeCloseCode } from '../../shared/protocol/closeCodes';
import { Roles } from '../../shared/access/roles';
import type { User } from '../../server/accounts/AccountStore';
import type { TestServer } from '../helpers/testServer';
import { waitFor } from '../helpers/waitFor';
import { caretRgb, newSignedInContext, startBrowserTestServer } from './helpers/accounts';
import { alice, bob, launchChromium, watchForTrouble, type TestPerson } from './helpers/browser';
import { ensureClientBuilt, REPO_ROOT } from './helpers/clientBuild';
import {
  documentText,
  focusLastParagraph,
  openDocument,
  waitForText,
  waitUntilSaved,
} from './helpers/documentPage';

const DOC = 'main-session-plan';
const ARTIFACTS = path.join(REPO_ROOT, 'test-results');

let clientDir: string;
let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const trouble: string[] = [];

/** Accounts made in this file, by name: each person signs in again in later tests. */
const users = new Map<string, User>();

const personContext = async (person: TestPerson) => {
  const { user, context } = await newSignedInContext(browser, server, person);
  users.set(person.name, user);
  contexts.push(context);
  return context;
};

const personPage = async (person: TestPerson): Promise<Page> => {
  const context = await personContext(person);
  const page = await openDocument(context, server.url, DOC);
  trouble.push(...watchForTrouble(page));
  return page;
};

/**
 * The text of the paragraph containing `marker`, on `page`, without the other people's caret
 * labels (a label can sit in the middle of the marker while that person's caret is there).
 */
const paragraphWith = (page: Page, marker: string): Promise<string> =>
  page.evaluate((text) => {
    const texts = Array.from(document.querySelectorAll('.ProseMirror p'), (paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.textContent ?? '';
    });
    return texts.find((paragraph) => paragraph.includes(text)) ?? '';
  }, marker);

/** Whether another person's caret label sits in the paragraph containing `marker`. */
const paragraphHasCaretLabel = (page: Page, marker: string): Promise<boolean> =>
  page.evaluate(
    (text) =>
      Array.from(document.querySelectorAll('.ProseMirror p')).some(
        (paragraph) =>
          paragraph.textContent?.includes(text) &&
          paragraph.querySelector('.collaboration-carets__caret') !== null,
      ),
    marker,
  );

/** The text of the caret's paragraph up to the caret, without other people's caret labels. */
const textBeforeCaret = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const selection = window.getSelection();
    const node = selection?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    const paragraph = element?.closest('p');
    if (!selection || !node || !paragraph) return '';
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, selection.anchorOffset);
    const before = range.cloneContents();
    before.querySelectorAll('.collaboration-carets__caret').forEach((label) => label.remove());
    return before.textContent ?? '';
  });

beforeAll(async () => {
  clientDir = await ensureClientBuilt();
  server = await startBrowserTestServer(clientDir);
  browser = await launchChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(trouble.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('two people in the planning document', () => {
  it('type into the same paragraph at once: both screens end identical, each sees the other’s named caret', async () => {
    const pageA = await personPage(alice);
    const pageB = await personPage(bob);

    // Wout writes the paragraph; Judith's own undo history then holds only her typing below.
    await focusLastParagraph(pageB);
    await pageB.keyboard.type('|shared|');
    await waitForText(pageA, (text) => text.includes('|shared|'), 'A to see B’s paragraph');
    await pageA.locator('.ProseMirror p', { hasText: '|shared|' }).click();
    await pageA.keyboard.press('Home');
    await pageB.keyboard.press('End');

    await Promise.all([
      pageA.keyboard.type('[alpha from Judith]', { delay: 15 }),
      pageB.keyboard.type('[beta from Wout]', { delay: 15 }),
    ]);

    const expected = '[alpha from Judith]|shared|[beta from Wout]';
    await waitFor(
      async () =>
        (await paragraphWith(pageA, '|shared|')) === expected &&
        (await paragraphWith(pageB, '|shared|')) === expected,
      { timeoutMs: 15_000, message: 'both screens to show both edits in one paragraph' },
    );
    await waitUntilSaved(pageA);
    await waitUntilSaved(pageB);
    expect(await documentText(pageA)).toBe(await documentText(pageB));

    // Each sees the other's caret, labelled with name and DC, in the person's #rrggbb colour.
    const judithOnB = pageB.locator('.collaboration-carets__label', {
      hasText: 'Judith Hellerstein · DCAD',
    });
    const woutOnA = pageA.locator('.collaboration-carets__label', {
      hasText: 'Wout de Natris · IS3C',
    });
    await judithOnB.waitFor();
    await woutOnA.waitFor();
    const caretColor = (label: typeof judithOnB) =>
      label.evaluate((element) => getComputedStyle(element.parentElement!).borderLeftColor);
    expect(await caretColor(judithOnB)).toBe(caretRgb(users.get(alice.name)!));
    expect(await caretColor(woutOnA)).toBe(caretRgb(users.get(bob.name)!));

    // The avatar row shows who else is here.
    await pageA
      .locator('[aria-label="Others in this document now"] [data-person="Wout de Natris"]')
      .waitFor();
    await pageB
      .locator('[aria-label="Others in this document now"] [data-person="Judith Hellerstein"]')
      .waitFor();

    await pageA.screenshot({ path: path.join(ARTIFACTS, 'two-person-session-judith.png') });
    await pageB.screenshot({ path: path.join(ARTIFACTS, 'two-person-session-wout.png') });

    // The home page of a third person lists both as present in the document.
    const observer = await personContext({
      name: 'Sorina Teleanu',
      role: Roles.secretariat,
      dcs: [],
    });
    const home = await observer.newPage();
    await home.goto(server.url);
    const card = home.locator(`[data-document="${DOC}"]`);
    await card.locator('[data-person="Judith Hellerstein"]').waitFor();
    await card.locator('[data-person="Wout de Natris"]').waitFor();
    expect(await card.innerText()).toContain('2 people here now');
    expect(await card.innerText()).toContain('Planning document');
    expect(await card.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await home.screenshot({ path: path.join(ARTIFACTS, 'two-person-session-home.png') });

    // Undo takes back only my own typing; redo brings it back; both screens follow.
    for (
      let i = 0;
      i < 20 && !(await paragraphWith(pageA, '|shared|')).startsWith('|shared|');
      i++
    ) {
      await pageA.keyboard.press('Control+z');
    }
    const afterUndo = '|shared|[beta from Wout]';
    expect(await paragraphWith(pageA, '|shared|')).toBe(afterUndo);
    await waitFor(async () => (await paragraphWith(pageB, '|shared|')) === afterUndo, {
      message: 'B to see A’s undo, with B’s own text kept',
    });
    for (let i = 0; i < 20 && (await paragraphWith(pageA, '|shared|')) !== expected; i++) {
      await pageA.keyboard.press('Control+Shift+z');
    }
    const seen = { a: '', b: '' };
    await waitFor(
      async () => {
        seen.a = await paragraphWith(pageA, '|shared|');
        seen.b = await paragraphWith(pageB, '|shared|');
        return seen.a === expected && seen.b === expected;
      },
      { message: 'redo to restore A’s text on both screens' },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; screens show ${JSON.stringify(seen)}`);
    });
  });

  it('keeps the text after a reload, and the server has it for someone new', async () => {
    const pageA = await personPage(alice);
    await focusLastParagraph(pageA);
    await pageA.keyboard.press('Enter');
    await pageA.keyboard.type('Reload check: Tatiana Tropina to moderate?');
    await waitUntilSaved(pageA);
    await pageA.reload();
    await pageA.locator('.ProseMirror[contenteditable="true"]').waitFor();
    await waitForText(
      pageA,
      (text) => text.includes('Reload check: Tatiana Tropina to moderate?'),
      'the text after reload',
    );
    await waitUntilSaved(pageA);

    const pageB = await personPage(bob);
    expect(await documentText(pageB)).toContain('Reload check: Tatiana Tropina to moderate?');
  });

  it('survives a server restart while both type: both reconnect, nothing is lost, all saved again', async () => {
    const pageA = await personPage(alice);
    const pageB = await personPage(bob);
    const sockets = { a: 0, b: 0 };
    pageA.on('websocket', () => (sockets.a += 1));
    pageB.on('websocket', () => (sockets.b += 1));

    // Both lines are made before the restart, so the test is about the restart alone. (Making
    // a new paragraph at the same moment as another person's remote edit arrives can still
    // misplace it under heavy load; that is a separate, known problem.)
    await focusLastParagraph(pageA);
    await pageA.keyboard.press('Enter');
    await pageA.keyboard.type('A-restart:');
    await pageA.keyboard.press('Enter');
    await pageA.keyboard.type('B-restart:');
    await waitForText(pageB, (text) => text.includes('B-restart:'), 'B to see both lines');
    expect(await paragraphWith(pageB, 'A-restart:')).toBe('A-restart:');
    expect(await paragraphWith(pageB, 'B-restart:')).toBe('B-restart:');
    // Each puts the caret at the end of their line. A leaves B's line first: with A's caret
    // label at the end of that line, Chromium's End key sometimes left B's caret at its start.
    await pageA.locator('.ProseMirror p', { hasText: 'A-restart:' }).click();
    await pageA.keyboard.press('End');
    await waitFor(async () => !(await paragraphHasCaretLabel(pageB, 'B-restart:')), {
      message: "A's caret to leave B's line on B's screen",
    });
    await pageB.locator('.ProseMirror p', { hasText: 'B-restart:' }).click();
    await pageB.keyboard.press('End');
    for (const [page, line] of [
      [pageA, 'A-restart:'],
      [pageB, 'B-restart:'],
    ] as const) {
      await waitFor(async () => (await textBeforeCaret(page)) === line, {
        message: `the caret at the end of ${line}`,
      });
    }

    // Remember every reason shown for a lost connection.
    await pageA.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __problems: string[] }).__problems = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="connection-problem"]')?.textContent;
        if (text && !seen.includes(text)) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    const words = 12;
    const typed = { a: 0, b: 0 };
    const typeWords = async (page: Page, letter: 'a' | 'b') => {
      for (let i = 1; i <= words; i++) {
        await page.keyboard.type(` ${letter}${i}`);
        typed[letter] = i;
        await page.waitForTimeout(60);
      }
    };
    const restart = async () => {
      await waitFor(() => typed.a >= 3 && typed.b >= 3, { message: 'typing to be under way' });
      const { dataDir, port } = server;
      await server.close();
      server = await startBrowserTestServer(clientDir, { dataDir, config: { port } });
    };
    await Promise.all([typeWords(pageA, 'a'), typeWords(pageB, 'b'), restart()]);

    const lineA = `A-restart:${Array.from({ length: words }, (_, i) => ` a${i + 1}`).join('')}`;
    const lineB = `B-restart:${Array.from({ length: words }, (_, i) => ` b${i + 1}`).join('')}`;
    // Both must be back and confirmed first: under load a reconnect can be several backoff
    // windows away, and each page only sees the other's words once that one is back too.
    for (const page of [pageA, pageB]) await waitUntilSaved(page, 45_000);
    for (const [who, page] of [
      ['A', pageA],
      ['B', pageB],
    ] as const) {
      const seen = { a: '', b: '' };
      await waitFor(
        async () => {
          seen.a = await paragraphWith(page, 'A-restart:');
          seen.b = await paragraphWith(page, 'B-restart:');
          return seen.a === lineA && seen.b === lineB;
        },
        { timeoutMs: 30_000, message: 'every word from both people on each screen' },
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}; ${who}'s screen shows ${JSON.stringify(seen)}`);
      });
    }
    expect(await documentText(pageA)).toBe(await documentText(pageB));
    expect(sockets.a).toBeGreaterThanOrEqual(1);
    // Judith was told why, in the words of the documented close code.
    const problems = await pageA.evaluate(
      () => (window as unknown as { __problems: string[] }).__problems,
    );
    expect(problems).toContain(describeCloseCode(CloseCode.serverShuttingDown).message);
    expect(sockets.b).toBeGreaterThanOrEqual(1);

    // Someone new (no browser copy) gets everything from the restarted server.
    const fresh = await personContext({
      name: 'Markus Kummer',
      role: Roles.facilitator,
      dcs: [],
    });
    const pageC = await openDocument(fresh, server.url, DOC);
    expect(await paragraphWith(pageC, 'A-restart:')).toBe(lineA);
    expect(await paragraphWith(pageC, 'B-restart:')).toBe(lineB);
  }, 150_000);
});
