/**
 * The inbox in a real browser (Chromium) against a real server: the header's "Inbox" link shows
 * the unread count and follows a new reply live; the inbox page lists who replied or mentioned,
 * where and when, links each item to its thread, marks one or all as read (badge following),
 * and says so when there is nothing; the person's other tab follows the read marks. Threads are written on the server side, so this tests the
 * inbox alone (the comment UI has its own browser test).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { mentionToken } from '../../shared/comments/mentions';
import { addComment, createThread } from '../../shared/comments/threadSchema';
import { waitFor } from '../helpers/waitFor';
import { createAccount } from './helpers/accounts';
import { alice, bob } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';
import { anchorOn, editLive, editStored } from '../comments/server/commentServer';

const DOC = 'dc-paper';
const suite = useBrowserSuite();

const badgeLabel = (page: Page) =>
  page.getByTestId('inbox-link').first().getAttribute('aria-label');

const waitForLabel = (page: Page, label: string) =>
  waitFor(async () => (await badgeLabel(page)) === label, { message: `badge "${label}"` });

describe('the inbox in the browser', { timeout: 120_000 }, () => {
  it('shows unread replies and mentions live, and marks them read', async () => {
    const a = await suite.signedIn(alice);
    const bobUser = await createAccount(suite.server, bob);
    const at = Date.parse('2026-11-30T09:00:00Z');
    await editStored(suite.server, DOC, (doc) => {
      createThread(doc, {
        id: 'inbox-t1',
        authorId: a.user.id,
        createdAt: at,
        anchor: anchorOn(doc, 'Dynamic'),
        quote: 'Dynamic',
        kind: 'question',
        comment: { id: 'c1', body: 'Is this the right word?' },
      });
      addComment(doc, 'inbox-t1', {
        id: 'c2',
        authorId: bobUser.id,
        body: 'Yes, it is the usual term.',
        createdAt: at + 60_000,
      });
    });

    const page = suite.watch(await a.context.newPage());
    await page.goto(`${suite.server.url}/`);
    await waitForLabel(page, 'Inbox, 1 unread');

    // A mention written while the page is open reaches the badge without a reload.
    const ref = mentionToken({ kind: 'person', id: a.user.id, label: alice.name });
    await editLive(suite.server, DOC, (doc) =>
      addComment(doc, 'inbox-t1', {
        id: 'c3',
        authorId: bobUser.id,
        body: `${ref} see the glossary`,
        createdAt: at + 120_000,
      }),
    );
    await waitForLabel(page, 'Inbox, 2 unread');

    await page.getByTestId('inbox-link').first().click();
    await page.waitForURL(/\/inbox$/);
    const items = page.getByTestId('inbox-item');
    await waitFor(async () => (await items.count()) === 2, { message: 'two items' });
    const first = await items.nth(0).innerText();
    expect(first).toContain(`${bob.name} mentioned you`);
    expect(first).toContain('Paper on DC activities');
    expect(first).toContain(`@${alice.name} see the glossary`);
    expect(await items.nth(1).innerText()).toContain(`${bob.name} replied to your thread`);
    expect(await items.nth(0).getAttribute('data-read')).toBe('false');
    expect(await items.nth(0).locator('a').first().getAttribute('href')).toBe(
      `/doc/${DOC}?thread=inbox-t1`,
    );
    expect(await items.nth(0).locator('time').getAttribute('datetime')).toBe(
      new Date(at + 120_000).toISOString(),
    );

    await items
      .nth(1)
      .getByRole('button', { name: /Mark as read/ })
      .click();
    await waitFor(async () => (await items.nth(1).getAttribute('data-read')) === 'true', {
      message: 'item marked read',
    });
    await waitForLabel(page, 'Inbox, 1 unread');
    expect(await page.getByTestId('inbox-unread').innerText()).toBe('1 unread');

    // The person's other tab of the same browser follows the read marks at once.
    const otherTab = suite.watch(await a.context.newPage());
    await otherTab.goto(`${suite.server.url}/`);
    await waitForLabel(otherTab, 'Inbox, 1 unread');

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await waitForLabel(page, 'Inbox, nothing unread');
    await waitForLabel(otherTab, 'Inbox, nothing unread');
    expect(await page.getByTestId('inbox-unread').innerText()).toBe('Everything is read.');
    expect(await page.getByRole('button', { name: 'Mark all as read' }).isDisabled()).toBe(true);
  });

  it('says so when there is nothing', async () => {
    const c = await suite.signedIn({ name: 'Carol Chen', role: Roles.facilitator, dcs: [] });
    const page = suite.watch(await c.context.newPage());
    await page.goto(`${suite.server.url}/inbox`);
    await page.getByTestId('inbox-empty').waitFor();
    expect(await badgeLabel(page)).toBe('Inbox, nothing unread');
    expect(await page.title()).toBe('Inbox · DC Planner');
  });
});
