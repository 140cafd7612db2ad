/**
 * Hostile content cannot run: a raw websocket client (Node `ws`, no editor) writes a
 * `javascript:` link, an <img onerror> element and HTML-looking text straight into the
 * document's XmlFragment. Two people have the document open (remote update) and a third
 * opens it afterwards (initial load); nothing executes anywhere, the bad link renders
 * without an href while a good one keeps its own, and a paste with a bad link is cleaned too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Roles } from '../../shared/access/roles';
import { DOCUMENT_FRAGMENT } from '../../shared/editor/schemaExtensions';
import { alice, bob, type TestPerson } from './helpers/browser';
import { useBrowserSuite } from './helpers/browserSuite';
import {
  documentText,
  focusLastParagraph,
  openDocument,
  waitForText,
} from './helpers/documentPage';
import { connectRawSyncClient } from './helpers/rawSyncClient';

const DOC = 'dc-paper';

const suite = useBrowserSuite();

const openAs = async (person: TestPerson): Promise<{ page: Page }> => {
  const { context } = await suite.signedIn(person);
  // Marks any script that runs from document content.
  await context.addInitScript(() => {
    (window as unknown as { __xss: string[] }).__xss = [];
  });
  const page = suite.watch(await openDocument(context, suite.server.url, DOC));
  return { page };
};

const executed = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __xss: string[] }).__xss);

const linkFacts = (page: Page, text: string) =>
  page.evaluate((wanted) => {
    const link = Array.from(document.querySelectorAll('.ProseMirror a')).find(
      (anchor) => anchor.textContent === wanted,
    );
    return link ? { found: true, href: link.getAttribute('href') } : { found: false, href: null };
  }, text);

describe('hostile content in the document', () => {
  it('never executes and drops the link href, for remote updates, initial loads and pastes', async () => {
    const a = await openAs(alice);
    const b = await openAs(bob);

    const raw = await connectRawSyncClient(suite.server.url, DOC, suite.server.token);
    await raw.change((doc) => {
      const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
      const paragraph = (...texts: Array<[string, Record<string, unknown>?]>) => {
        const element = new Y.XmlElement('paragraph');
        const text = new Y.XmlText();
        let offset = 0;
        for (const [value, format] of texts) {
          text.insert(offset, value, format ?? {});
          offset += value.length;
        }
        element.insert(0, [text]);
        return element;
      };
      const image = new Y.XmlElement('img');
      image.setAttribute('src', 'x');
      image.setAttribute('onerror', 'window.__xss.push("img")');
      const clickable = paragraph(['Injected: ']);
      clickable.setAttribute('onclick', 'window.__xss.push("onclick")');
      fragment.insert(fragment.length, [
        paragraph(['Evil link', { link: { href: 'javascript:window.__xss.push("link")' } }]),
        paragraph([
          'Evil spaced link',
          { link: { href: '  JaVaScRiPt:window.__xss.push("link2")' } },
        ]),
        paragraph([
          'Evil data link',
          { link: { href: 'data:text/html,<script>alert(1)</script>' } },
        ]),
        paragraph(['Good link', { link: { href: 'https://www.intgovforum.org/' } }]),
        image,
        paragraph(['<img src=x onerror="window.__xss.push(\'text\')">']),
        clickable,
      ]);
    });
    await raw.close();

    const third = await openAs({ name: 'Sorina Teleanu', role: Roles.secretariat, dcs: [] });
    for (const { page } of [a, b, third]) {
      await waitForText(
        page,
        (text) => text.includes('Good link') && text.includes('Injected: '),
        'the injected content',
      );
      expect(await linkFacts(page, 'Evil link')).toEqual({ found: true, href: null });
      expect(await linkFacts(page, 'Evil spaced link')).toEqual({ found: true, href: null });
      expect(await linkFacts(page, 'Evil data link')).toEqual({ found: true, href: null });
      expect(await linkFacts(page, 'Good link')).toEqual({
        found: true,
        href: 'https://www.intgovforum.org/',
      });
      expect(await page.locator('.ProseMirror img').count()).toBe(0);
      expect(await page.locator('.ProseMirror [onerror], .ProseMirror [onclick]').count()).toBe(0);
      expect(await page.locator('.ProseMirror a[href^="javascript" i]').count()).toBe(0);
      expect(await documentText(page)).toContain('<img src=x onerror=');
    }

    // Clicking the bad link runs nothing and goes nowhere; the link bar explains why.
    const url = a.page.url();
    await a.page.locator('.ProseMirror a', { hasText: 'Evil link' }).click();
    await a.page.locator('.link-bar__href--blocked').waitFor();
    expect(a.page.url()).toBe(url);

    // A paste carrying a javascript: link keeps the text and drops the link.
    await focusLastParagraph(b.page);
    await b.page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        '<p><a href="javascript:window.__xss.push(\'paste\')">Pasted evil</a> and <a href="https://example.org/ok">pasted good</a></p>',
      );
      data.setData('text/plain', 'Pasted evil and pasted good');
      const event = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      });
      document.querySelector('.ProseMirror')!.dispatchEvent(event);
    });
    await waitForText(
      b.page,
      (text) => text.includes('Pasted evil and pasted good'),
      'the pasted text',
    );
    expect(await b.page.locator('.ProseMirror a', { hasText: 'Pasted evil' }).count()).toBe(0);
    expect(await linkFacts(b.page, 'pasted good')).toEqual({
      found: true,
      href: 'https://example.org/ok',
    });
    await waitForText(
      a.page,
      (text) => text.includes('Pasted evil and pasted good'),
      'the paste on A',
    );
    expect(await a.page.locator('.ProseMirror a', { hasText: 'Pasted evil' }).count()).toBe(0);

    for (const { page } of [a, b, third]) expect(await executed(page)).toEqual([]);
  });
});
