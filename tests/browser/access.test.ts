/**
 * Access in the editor: a viewer cannot type and is told why while an editor in another
 * browser edits and the viewer sees it live; when the Secretariat takes edit rights away from
 * someone with the document open, their connection reconnects (4409) and the editor turns
 * read-only; a copy holding an offline edit the server refuses (permission denied, 4403) is
 * reset to the server's state, with the reason shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { waitFor } from '../helpers/waitFor';
import { alice, bob } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';
import {
  connectionState,
  documentText,
  focusLastParagraph,
  openDocument,
  waitForText,
  waitUntilSaved,
} from './helpers/documentPage';

const DOC = 'hybrid-faq';
const READ_ONLY = 'You can read this document but not change it.';

const suite = useBrowserSuite();
const { signedIn, watch } = suite;

const toolbarDisabled = (page: Page): Promise<boolean> =>
  page
    .getByRole('toolbar', { name: 'Formatting' })
    .evaluate((toolbar) =>
      Array.from(toolbar.querySelectorAll('button')).every(
        (button) => button.getAttribute('aria-disabled') === 'true',
      ),
    );

describe('document access in the editor', () => {
  it('a viewer cannot type and sees why, while an editor in another browser can', async () => {
    const viewer = await signedIn({ name: 'Nadine Viewer', role: Roles.dcMember, dcs: ['dcad'] });
    await suite.server.accounts.store.setDocumentAccess(DOC, viewer.user.id, 'viewer');
    const editor = await signedIn(bob);

    const pageV = watch(
      await openDocument(viewer.context, suite.server.url, DOC, { readOnly: true }),
    );
    const pageE = watch(await openDocument(editor.context, suite.server.url, DOC));
    expect(await pageV.getByTestId('access-notice').innerText()).toBe(READ_ONLY);
    expect(await pageE.getByTestId('access-notice').count()).toBe(0);
    expect(await toolbarDisabled(pageV)).toBe(true);
    expect(
      await pageE.getByRole('button', { name: 'Bold', exact: true }).getAttribute('aria-disabled'),
    ).toBeNull();
    expect(
      await pageV.getByRole('toolbar', { name: 'Formatting' }).getAttribute('aria-describedby'),
    ).toBe('access-notice');

    // The viewer clicks into the text and types: nothing changes, on either screen.
    const before = await documentText(pageV);
    await pageV.locator('.ProseMirror > p').last().click();
    await pageV.keyboard.type('viewer typing');
    await pageV.keyboard.press('Enter');
    await pageV.keyboard.press('Control+b');
    expect(await documentText(pageV)).toBe(before);

    // The editor types; the viewer sees it arrive.
    await focusLastParagraph(pageE);
    await pageE.keyboard.press('Enter');
    await pageE.keyboard.type('Editor line seen by the viewer.');
    await waitUntilSaved(pageE);
    await waitForText(
      pageV,
      (text) => text.includes('Editor line seen by the viewer.'),
      'V sees E',
    );
    expect(await documentText(pageE)).not.toContain('viewer typing');
    expect(await documentText(pageV)).not.toContain('viewer typing');
  });

  it('turns read-only at once when the Secretariat takes edit rights away (close 4409)', async () => {
    const person = await signedIn(alice);
    const page = watch(await openDocument(person.context, suite.server.url, DOC));
    const sockets: number[] = [];
    page.on('websocket', () => sockets.push(Date.now()));

    const response = await fetch(`${suite.server.url}/api/documents/${DOC}/access`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${suite.server.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ userId: person.user.id, access: 'viewer' }),
    });
    expect(response.status).toBe(200);
    await page.locator('.ProseMirror[contenteditable="false"]').waitFor();
    expect(await page.getByTestId('access-notice').innerText()).toBe(READ_ONLY);
    expect(sockets.length).toBeGreaterThanOrEqual(1);
    await waitFor(async () => (await connectionState(page)) === 'Online', {
      message: 'the reconnected page online',
    });

    // And back: commenter rights say so in their own words.
    const back = await fetch(`${suite.server.url}/api/documents/${DOC}/access`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${suite.server.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ userId: person.user.id, access: 'commenter' }),
    });
    expect(back.status).toBe(200);
    await waitFor(
      async () =>
        (await page.getByTestId('access-notice').innerText()) ===
        'You can comment on this document but not edit its text.',
      { message: 'the commenter notice' },
    );
  });

  it('resets a copy whose offline edit the server refuses, and says why', async () => {
    const person = await signedIn({ name: 'Olga Offline', role: Roles.dcMember, dcs: ['is3c'] });
    const other = await signedIn({ name: 'Otto Other', role: Roles.dcMember, dcs: ['dcad'] });
    const page = watch(await openDocument(person.context, suite.server.url, DOC));
    const pageOther = watch(await openDocument(other.context, suite.server.url, DOC));

    await person.context.setOffline(true);
    await waitFor(async () => (await connectionState(page)) === 'Offline', {
      message: 'the page offline',
    });
    await focusLastParagraph(page);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Offline line the server will refuse.');
    await waitForText(page, (text) => text.includes('will refuse'), 'the offline line');

    // While offline, the person becomes a viewer; back online, the offline edit is refused.
    await suite.server.accounts.store.setDocumentAccess(DOC, person.user.id, 'viewer');
    await person.context.setOffline(false);
    const notice = page.getByRole('alert').filter({ hasText: 'Your copy was reset' });
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.innerText()).toContain('The server refused a change from this browser');
    await page.locator('.ProseMirror[contenteditable="false"]').waitFor();
    await waitForText(page, (text) => !text.includes('will refuse'), 'the refused line gone');
    await waitFor(async () => (await connectionState(page)) === 'Online', {
      message: 'the fresh copy online',
    });
    expect(await page.getByTestId('access-notice').innerText()).toBe(READ_ONLY);
    expect(await documentText(page)).toBe(await documentText(pageOther));

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);

    // After a reload, the browser copy no longer holds the refused line either.
    await page.reload();
    await page.locator('.ProseMirror[contenteditable="false"]').waitFor();
    await waitFor(async () => (await connectionState(page)) === 'Online', {
      message: 'online after reload',
    });
    expect(await documentText(page)).not.toContain('will refuse');
    expect(await documentText(pageOther)).not.toContain('will refuse');
  });
});
