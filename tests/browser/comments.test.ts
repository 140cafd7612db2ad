/**
 * Comments in real browsers against a real server, each person in their own browser context:
 * one person comments on a sentence, the other sees the highlight and the thread live and
 * replies mentioning the first (picked from the autocomplete); the first sees their inbox's
 * unread count rise and the reply, and resolves the thread, which the other sees resolved. A
 * comment on a mapping table's cell reaches another person. An observer comments on text they
 * cannot edit, and edits ("edited") and deletes ("Comment deleted") their own comment; when
 * someone deletes the commented text, the thread stays, marked "On deleted text".
 */
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { waitFor } from '../helpers/waitFor';
import { alice, bob, type TestPerson } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';
import {
  openSidebar,
  selectText,
  threadCard,
  typeComment,
  unreadCount,
  waitForUnreadAbove,
} from './helpers/commentsPage';
import { documentText, openDocument, waitUntilSaved } from './helpers/documentPage';
import { cell, openTable } from './helpers/tablesPage';

const DOC = 'hybrid-faq';
const SENTENCE =
  'These are draft questions put up for review by the MAG Working Group on Hybrid (WG-Hybrid).';
const TABLE = 'table-issue-areas';
const ACCESS = 'access-connectivity';
const observer: TestPerson = { name: 'Olga Observer', role: Roles.observer, dcs: [] };

const suite = useBrowserSuite();
const { signedIn, watch } = suite;

describe('comments in the browser', { timeout: 120_000 }, () => {
  it('comment on a sentence, a live reply with a mention, the unread count, resolving', async () => {
    const a = await signedIn(alice);
    const b = await signedIn(bob);
    const pageA = watch(await openDocument(a.context, suite.server.url, DOC));
    const pageB = watch(await openDocument(b.context, suite.server.url, DOC));
    const unreadBefore = await unreadCount(pageA);

    // A selects the sentence and comments on it (the toolbar's Comment button).
    await selectText(pageA, SENTENCE);
    await pageA.getByTestId('comment-button').click();
    const form = pageA.getByTestId('new-thread');
    await form.waitFor();
    expect(await form.innerText()).toContain(SENTENCE);
    // The text being commented on stays marked while A writes.
    await waitFor(
      async () =>
        (await pageA.locator('.comment-highlight--active').allInnerTexts()).join('') === SENTENCE,
      { message: 'the draft thread marked in the text' },
    );
    await typeComment(pageA, pageA.getByTestId('new-thread-input'), 'Should this say who decides?');
    await pageA.keyboard.press('Enter');
    await threadCard(pageA, SENTENCE).waitFor();
    await waitUntilSaved(pageA);

    // B sees it live: highlighted text, the count on the toggle, the thread in the sidebar.
    await waitFor(
      async () => (await pageB.locator('.comment-highlight').allInnerTexts()).join('') === SENTENCE,
      { message: 'the highlight of the commented sentence, seen by B' },
    );
    expect(await pageB.getByTestId('comments-toggle').innerText()).toBe('Comments (1 open)');
    // B types just before the sentence: A's highlight keeps to the sentence.
    await selectText(pageB, 'Draft for review. ');
    await pageB.keyboard.press('ArrowRight');
    await pageB.keyboard.type('Please read. ');
    await waitFor(
      async () =>
        (await documentText(pageA)).includes(`Draft for review. Please read. ${SENTENCE}`),
      { message: "B's typing, seen by A" },
    );
    await waitFor(
      async () => (await pageA.locator('.comment-highlight').allInnerTexts()).join('') === SENTENCE,
      { message: "A's highlight still on the sentence" },
    );

    // Clicking the highlighted text opens its thread in the sidebar.
    await pageB.locator('.comment-highlight').first().click();
    const cardB = threadCard(pageB, SENTENCE);
    await cardB.waitFor();
    await waitFor(async () => (await cardB.getAttribute('aria-current')) === 'true', {
      message: "the clicked thread active in B's sidebar",
    });
    expect(await cardB.innerText()).toContain('Should this say who decides?');
    expect(await cardB.getByTestId('comment-author').first().innerText()).toBe(alice.name);

    // B replies, mentioning A from the autocomplete.
    await cardB.getByTestId('thread-reply').click();
    await typeComment(
      pageB,
      cardB.getByTestId('reply-input'),
      `Good point @{${alice.name}} — the WG decides.`,
    );
    await pageB.keyboard.press('Enter');
    await waitFor(async () => (await cardB.getByTestId('comment').count()) === 2, {
      message: "B's reply in B's card",
    });
    expect(await cardB.getByTestId('comment-mention').innerText()).toBe(`@${alice.name}`);
    await waitUntilSaved(pageB);

    // A: the unread count rises, and the reply shows in her thread.
    await waitForUnreadAbove(pageA, unreadBefore);
    const cardA = threadCard(pageA, SENTENCE);
    await waitFor(async () => (await cardA.getByTestId('comment').count()) === 2, {
      message: "B's reply, seen by A",
    });
    expect(await cardA.getByTestId('comment').nth(1).innerText()).toContain(
      `Good point @${alice.name} — the WG decides.`,
    );

    // A resolves; B sees it resolved.
    await cardA.getByTestId('thread-resolve').click();
    await waitUntilSaved(pageA);
    await waitFor(
      async () => (await pageB.getByTestId('comments-toggle').innerText()) === 'Comments (0 open)',
      { message: 'B seeing no open thread' },
    );
    await pageB.getByTestId('filter-status').selectOption('all');
    await waitFor(async () => (await cardB.getAttribute('data-status')) === 'resolved', {
      message: 'B seeing the thread resolved',
    });
    expect(await cardB.getByTestId('thread-resolved').innerText()).toBe('Resolved');
    expect(await cardB.getByTestId('thread-resolution').innerText()).toContain(alice.name);

    // The sidebar links the ledger of the document's threads.
    const href = await pageB.getByTestId('ledger-md').getAttribute('href');
    const ledger = await pageB.request.get(`${suite.server.url}${href}`);
    expect(ledger.status()).toBe(200);
    expect(await ledger.text()).toContain(SENTENCE);
  });

  it('a comment on a table cell is seen by another person', async () => {
    const a = await signedIn({ ...alice, name: 'Ada Cells' });
    const b = await signedIn({ ...bob, name: 'Ben Cells' });
    const pageA = watch(await openTable(a.context, suite.server.url, TABLE));
    const pageB = watch(await openTable(b.context, suite.server.url, TABLE));

    await cell(pageA, 'dcad', ACCESS).click();
    await pageA.keyboard.press('Control+Alt+M');
    await pageA.getByTestId('new-thread').waitFor();
    await typeComment(pageA, pageA.getByTestId('new-thread-input'), 'Please add captioning here.');
    await pageA.keyboard.press('Enter');
    await waitUntilSaved(pageA);

    const marker = cell(pageB, 'dcad', ACCESS).getByTestId('cell-threads');
    await marker.waitFor({ timeout: 15_000 });
    expect(await marker.getAttribute('aria-label')).toBe('1 open comment: show');
    await marker.click();
    const card = pageB.getByTestId('thread-card').first();
    await card.waitFor();
    expect(await card.innerText()).toContain('Please add captioning here.');
    expect(await card.innerText()).toContain('DC on Accessibility and Disability');
    expect(await card.getByTestId('comment-author').innerText()).toBe('Ada Cells');
  });

  it('an observer comments on text they cannot edit, edits and deletes their comment', async () => {
    const o = await signedIn(observer);
    const b = await signedIn({ ...bob, name: 'Bea Reader' });
    const pageO = watch(await openDocument(o.context, suite.server.url, DOC, { readOnly: true }));
    const pageB = watch(await openDocument(b.context, suite.server.url, DOC));
    const sentence =
      'Will sessions be recorded, and where will recordings and reports be published?';
    const textBefore = await documentText(pageO);

    // The shortcut works in a read-only editor too.
    await selectText(pageO, sentence);
    await pageO.keyboard.press('Control+Alt+M');
    await typeComment(pageO, pageO.getByTestId('new-thread-input'), 'Recordings matter.');
    await pageO.keyboard.press('Enter');
    const card = threadCard(pageO, sentence);
    await card.waitFor();
    await waitUntilSaved(pageO);
    // The text is still read-only and unchanged.
    expect(await pageO.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    expect(await documentText(pageO)).toBe(textBefore);

    // Edit: "edited" shows, here and for others.
    await card.getByTestId('comment-edit').click();
    const editor = card.getByTestId('edit-input');
    await editor.click();
    await pageO.keyboard.press('Control+A');
    await pageO.keyboard.type('Recordings and transcripts matter.');
    await pageO.keyboard.press('Enter');
    await card.getByTestId('comment-edited').waitFor();
    expect(await card.getByTestId('comment-body').innerText()).toBe(
      'Recordings and transcripts matter.',
    );
    await waitUntilSaved(pageO);
    await openSidebar(pageB);
    const cardB = threadCard(pageB, sentence);
    await cardB.getByTestId('comment-edited').waitFor({ timeout: 15_000 });
    // Nobody else is offered Edit or Delete on it.
    expect(await cardB.getByTestId('comment-edit').count()).toBe(0);

    // Delete: the comment stays as "Comment deleted".
    await card.getByTestId('comment-delete').click();
    await card.getByTestId('comment-delete-confirm').click();
    await card.getByTestId('comment-deleted').waitFor();
    await waitUntilSaved(pageO);
    await cardB.getByTestId('comment-deleted').waitFor({ timeout: 15_000 });
    expect(await cardB.getByTestId('comment-deleted').innerText()).toBe('Comment deleted');

    // B deletes the commented text: the thread stays, "On deleted text", with its quote.
    await selectText(pageB, sentence);
    await pageB.keyboard.press('Backspace');
    await card.getByTestId('thread-detached').waitFor({ timeout: 15_000 });
    expect(await card.getByTestId('thread-detached').innerText()).toBe('On deleted text');
    expect(await card.getByTestId('thread-quote').innerText()).toBe(sentence);
  });
});
