/**
 * Offline editing: one person goes offline (Chromium's own offline mode, which drops the
 * websocket), edits, and the edit is in the browser's IndexedDB copy. The page is then
 * reloaded while the sync endpoint is still unreachable (the page itself loads, the document
 * websocket is refused), so the text can only come from the browser's copy. When the
 * connection returns, the edits merge with what the other person typed meanwhile.
 */
import type { Page, WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/waitFor';
import { alice, bob } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';
import {
  connectionState,
  documentText,
  focusLastParagraph,
  openDocument,
  savedState,
  waitForText,
  waitUntilSaved,
} from './helpers/documentPage';

const DOC = 'hybrid-faq';
const OFFLINE_EDIT = 'Offline note from Judith: add a question on captioning for sessions.';
const ONLINE_EDIT = 'Online note from Wout: add a question on remote moderation.';

const suite = useBrowserSuite();

/** Whether this page's IndexedDB copy of the document holds `text` (as UTF-8 in an update). */
const localCopyContains = (page: Page, text: string): Promise<boolean> =>
  page.evaluate(
    async ({ name, text: wanted }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(`dc-planner/${name}`);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const updates = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction('updates', 'readonly').objectStore('updates').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
        const needle = new TextEncoder().encode(wanted);
        return updates.some((value) => {
          const bytes = value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer);
          outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
            for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
            return true;
          }
          return false;
        });
      } finally {
        db.close();
      }
    },
    { name: DOC, text },
  );

describe('offline editing', () => {
  it('keeps offline edits across a reload and merges them on both screens when back online', async () => {
    const { server } = suite;
    const { context: contextA } = await suite.signedIn(alice);
    const { context: contextB } = await suite.signedIn(bob);
    const pageA = await openDocument(contextA, server.url, DOC);
    const pageB = await openDocument(contextB, server.url, DOC);
    suite.watch(pageA);
    suite.watch(pageB);

    // A goes offline: the websocket drops and the page says so.
    await contextA.setOffline(true);
    await waitFor(async () => (await connectionState(pageA)) === 'Offline', {
      message: 'A to show Offline',
    });
    expect(await pageA.getByTestId('connection-problem').innerText()).toContain('offline');

    // A edits offline (one insertion, so the text is one Yjs update); B edits online meanwhile.
    await focusLastParagraph(pageA);
    await pageA.keyboard.press('Enter');
    await pageA.keyboard.insertText(OFFLINE_EDIT);
    await focusLastParagraph(pageB);
    await pageB.keyboard.press('Enter');
    await pageB.keyboard.insertText(ONLINE_EDIT);
    await waitUntilSaved(pageB);
    expect(await savedState(pageA)).not.toBe('All changes saved');
    await waitFor(() => localCopyContains(pageA, OFFLINE_EDIT), {
      message: 'the offline edit in IndexedDB',
    });
    expect(await documentText(pageB)).not.toContain(OFFLINE_EDIT);

    // Close A's page. Reload it with the page reachable but the sync websocket refused.
    await pageA.close();
    let syncReachable = false;
    let refused = 0;
    await contextA.routeWebSocket(/\/sync\//, (socket: WebSocketRoute) => {
      if (syncReachable) {
        socket.connectToServer();
        return;
      }
      refused += 1;
      socket.close({ code: 4503, reason: 'sync unreachable in this test' });
    });
    await contextA.setOffline(false);
    const reloaded = await contextA.newPage();
    suite.watch(reloaded);
    await reloaded.goto(`${server.url}/doc/${DOC}`);
    await waitForText(
      reloaded,
      (text) => text.includes(OFFLINE_EDIT),
      'the offline edit after reload',
    );
    expect(refused).toBeGreaterThan(0);
    expect(await connectionState(reloaded)).not.toBe('Online');
    expect(await savedState(reloaded)).not.toBe('All changes saved');
    expect(await documentText(reloaded)).not.toContain(ONLINE_EDIT);
    expect(await documentText(pageB)).not.toContain(OFFLINE_EDIT);

    // The connection returns: the edits merge on both screens and A's are confirmed saved.
    syncReachable = true;
    await waitUntilSaved(reloaded, 30_000);
    await waitForText(reloaded, (text) => text.includes(ONLINE_EDIT), 'B’s edit on A’s screen');
    await waitForText(
      pageB,
      (text) => text.includes(OFFLINE_EDIT),
      'A’s offline edit on B’s screen',
    );
    await waitFor(async () => (await documentText(reloaded)) === (await documentText(pageB)), {
      message: 'both screens identical',
    });
  });
});
