/**
 * Measures the editor in headless Chromium on this machine and writes
 * bench/results/browser.json (read by `npm run bench` into its report):
 * - how long a 100-page document (~50,000 words) takes to open until it is fully rendered and
 *   editable, from a fresh browser and from a reload with the browser's own copy;
 * - how long a keystroke takes to reach another person's screen while 20 other people's
 *   carets move around the document, and how long a local keystroke takes to paint;
 * - the gzipped JavaScript of the first load and of the lazily loaded editor.
 * Run: npx tsx bench/browser/measureEditor.ts. No assertions: it reports figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { DOCUMENT_FRAGMENT, getDocumentSchema } from '../../shared/editor/schemaExtensions';
import type { CatalogEntry } from '../../server/http/documentsRoute';
import { newSignedInContext, startBrowserTestServer } from '../../tests/browser/helpers/accounts';
import { alice, bob, launchChromium } from '../../tests/browser/helpers/browser';
import { ensureClientBuilt, REPO_ROOT } from '../../tests/browser/helpers/clientBuild';
import {
  connectRawSyncClient,
  type RawSyncClient,
} from '../../tests/browser/helpers/rawSyncClient';
import { waitUntilSaved } from '../../tests/browser/helpers/documentPage';
import { measureBundle } from './bundleSize';
import { LAST_PARAGRAPH_MARKER, largeDocument } from './largeDocument';

const DOC = 'bench-hundred-pages';
const OPEN_RUNS = 5;
const KEYSTROKES = 120;
const KEYSTROKE_GAP_MS = 60;
const OTHER_CARETS = 20;

interface Figure {
  label: string;
  value: number;
  unit: string;
  note?: string;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

// Scripts that run in the page are plain strings: tsx rewrites named functions in this file
// with a helper that does not exist in the browser.

/** Records, in the page, when the whole document is rendered in an editable editor. */
const WATCH_OPEN = `
  (() => {
    const marker = ${JSON.stringify(LAST_PARAGRAPH_MARKER)};
    const observer = new MutationObserver(() => {
      const editor = document.querySelector('.ProseMirror[contenteditable="true"]');
      if (editor && editor.lastElementChild && editor.lastElementChild.textContent.includes(marker)) {
        window.__openedAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();
`;

/** Records, in the other person's page, when each new character of the last paragraph arrives. */
const WATCH_ARRIVALS = `
  (() => {
    const editor = document.querySelector('.ProseMirror');
    const arrivals = [];
    window.__arrivals = arrivals;
    const textLength = () => {
      const last = editor.lastElementChild;
      if (!last) return 0;
      let length = last.textContent.length;
      last.querySelectorAll('.collaboration-carets__caret').forEach((caret) => (length -= caret.textContent.length));
      return length;
    };
    const base = textLength();
    new MutationObserver(() => {
      const grown = textLength() - base;
      for (let i = arrivals.length; i < grown; i++) arrivals.push(Date.now());
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  })();
`;

/** Records, in the typing person's page, keystrokes that took longer than a frame to paint. */
const WATCH_SLOW_KEYS = `
  (() => {
    const slow = [];
    window.__slow = slow;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') slow.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
  })();
`;

/** Opens the document in `page` and returns ms from navigation start to rendered-and-editable. */
async function timeOpen(
  page: Page,
  reload: boolean,
): Promise<{ openMs: number; keystrokeMs: number }> {
  if (reload) await page.reload();
  else await page.goto(`${baseUrl}/doc/${DOC}`);
  await page.waitForFunction(
    () => typeof (window as unknown as { __openedAt?: number }).__openedAt === 'number',
    null,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  const openMs = await page.evaluate(
    () => (window as unknown as { __openedAt: number }).__openedAt,
  );
  // Editable: a keystroke at the end lands in the document.
  await page.locator('.ProseMirror > p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.waitForFunction(
    (marker) =>
      document
        .querySelector('.ProseMirror')
        ?.lastElementChild?.textContent?.startsWith(`${marker}!`),
    LAST_PARAGRAPH_MARKER,
  );
  const keystrokeMs = await page.evaluate(() => performance.now());
  await page.keyboard.press('Backspace');
  await waitUntilSaved(page, 60_000);
  return { openMs, keystrokeMs };
}

let baseUrl = '';

async function main(): Promise<void> {
  const clientDir = await ensureClientBuilt();
  const bundle = measureBundle(clientDir);
  const { json, words } = largeDocument();
  const ydoc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(getDocumentSchema(), json, ydoc.getXmlFragment(DOCUMENT_FRAGMENT));
  const seed = Y.encodeStateAsUpdate(ydoc);
  const catalog: readonly CatalogEntry[] = [
    { name: DOC, title: 'Hundred-page planning document', kind: 'draft' },
  ];
  const server = await startBrowserTestServer(clientDir, {
    // The server's default: a document stays loaded 30 s after its last visitor leaves.
    config: { roomGraceMs: 30_000 },
    workspace: { catalog, buildSeedUpdate: (name) => (name === DOC ? seed : null) },
  });
  baseUrl = server.url;
  const browser: Browser = await launchChromium();
  const figures: Figure[] = [];
  const raws: RawSyncClient[] = [];
  try {
    // Opening: fresh browser each time (cold), then a reload of the same one (warm).
    const cold: number[] = [];
    const warm: number[] = [];
    const coldKeystroke: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      const { context } = await newSignedInContext(browser, server, alice);
      await context.addInitScript({ content: WATCH_OPEN });
      const page = await context.newPage();
      const first = await timeOpen(page, false);
      cold.push(first.openMs);
      coldKeystroke.push(first.keystrokeMs);
      warm.push((await timeOpen(page, true)).openMs);
      await context.close();
    }
    figures.push(
      {
        label: `Open a 100-page document (${words.toLocaleString('en')} words), fresh browser: rendered and editable`,
        value: median(cold),
        unit: 'ms',
        note: `median of ${OPEN_RUNS}; runs ${cold.map((ms) => Math.round(ms)).join(', ')} ms; a keystroke typed right after landed in the document (test-driver click and typing included) by ${Math.round(median(coldKeystroke))} ms`,
      },
      {
        label: 'Open the same document again (reload, browser copy in IndexedDB)',
        value: median(warm),
        unit: 'ms',
        note: `median of ${OPEN_RUNS}; runs ${warm.map((ms) => Math.round(ms)).join(', ')} ms`,
      },
    );

    // Typing with 20 other people's carets moving in the document.
    const { context: contextA } = await newSignedInContext(browser, server, alice);
    const { context: contextB } = await newSignedInContext(browser, server, bob);
    const pageA = await contextA.newPage();
    const pageB = await contextB.newPage();
    for (const page of [pageA, pageB]) {
      await page.goto(`${baseUrl}/doc/${DOC}`);
      await page
        .locator('.ProseMirror[contenteditable="true"] p', { hasText: LAST_PARAGRAPH_MARKER })
        .waitFor({ timeout: 60_000 });
      await waitUntilSaved(page, 60_000);
    }
    for (let i = 0; i < OTHER_CARETS; i++) {
      const raw = await connectRawSyncClient(baseUrl, DOC, server.token);
      raw.awareness.setLocalStateField('user', {
        name: `Participant ${i + 1}`,
        dc: 'Not with a DC (observer)',
        color: ['#1a73e8', '#b45309', '#9334e6', '#007b83', '#c2185b'][i % 5],
      });
      raws.push(raw);
    }
    const paragraphs = raws[0]!.doc
      .getXmlFragment(DOCUMENT_FRAGMENT)
      .toArray()
      .filter(
        (node): node is Y.XmlElement =>
          node instanceof Y.XmlElement && node.nodeName === 'paragraph',
      );
    let tick = 0;
    const moveCarets = () => {
      tick += 1;
      raws.forEach((raw, i) => {
        const paragraph = paragraphs[(i * 37 + 5) % paragraphs.length]!;
        const text = paragraph.get(0) as Y.XmlText;
        const index = (tick * 3 + i) % Math.max(1, text.length);
        const position = Y.relativePositionToJSON(
          Y.createRelativePositionFromTypeIndex(text, index),
        );
        raw.awareness.setLocalStateField('cursor', { anchor: position, head: position });
        raw.publishAwareness();
      });
    };
    moveCarets();
    const caretTimer = setInterval(moveCarets, 250);
    await pageA
      .locator('.collaboration-carets__caret')
      .nth(OTHER_CARETS - 1)
      .waitFor({ timeout: 30_000 });

    // B notes when each new character arrives; A watches for slow keystrokes (Event Timing).
    await pageB.evaluate(WATCH_ARRIVALS);
    await pageA.evaluate(WATCH_SLOW_KEYS);
    await pageA.locator('.ProseMirror > p').last().click();
    await pageA.keyboard.press('End');
    const sentAt: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      sentAt.push(Date.now());
      await pageA.keyboard.type(String.fromCharCode(97 + (i % 26)));
      await pageA.waitForTimeout(KEYSTROKE_GAP_MS);
    }
    await pageB.waitForFunction(
      (count) => (window as unknown as { __arrivals: number[] }).__arrivals.length >= count,
      KEYSTROKES,
      {
        timeout: 30_000,
      },
    );
    clearInterval(caretTimer);
    const arrivals = await pageB.evaluate(
      () => (window as unknown as { __arrivals: number[] }).__arrivals,
    );
    const latencies = sentAt.map((sent, i) => arrivals[i]! - sent);
    const slow = await pageA.evaluate(() => (window as unknown as { __slow: number[] }).__slow);
    // Event Timing only reports events of 16 ms or more; count the others as 16 (an upper bound).
    const keyPaint = [...slow, ...Array<number>(Math.max(0, KEYSTROKES - slow.length)).fill(16)];
    const note = `${KEYSTROKES} keystrokes ${KEYSTROKE_GAP_MS} ms apart, ${OTHER_CARETS} other carets moving every 250 ms, two browser contexts`;
    figures.push(
      {
        label: 'Keystroke to the other person’s screen, p50',
        value: percentile(latencies, 50),
        unit: 'ms',
        note,
      },
      {
        label: 'Keystroke to the other person’s screen, p99',
        value: percentile(latencies, 99),
        unit: 'ms',
        note,
      },
      {
        label: 'Local keystroke to next paint (Event Timing), p50',
        value: percentile(keyPaint, 50),
        unit: 'ms',
        note: `${slow.length} of ${KEYSTROKES} keystrokes took a frame (16 ms) or more; slowest ${Math.round(Math.max(16, ...slow))} ms`,
      },
      {
        label: 'Local keystroke to next paint (Event Timing), p95',
        value: percentile(keyPaint, 95),
        unit: 'ms',
      },
      {
        label: 'First-load JavaScript (gzip)',
        value: bundle.firstLoadJsKb,
        unit: 'KB',
        note: 'home page; editor loaded lazily',
      },
      {
        label: 'Editor chunk (gzip, loaded when a document opens)',
        value: bundle.lazyJsKb,
        unit: 'KB',
      },
    );
    await contextA.close();
    await contextB.close();
  } finally {
    await Promise.all(raws.map((raw) => raw.close()));
    await browser.close();
    await server.close();
  }

  const result = { measuredAt: new Date().toISOString(), figures };
  const outDir = path.join(REPO_ROOT, 'bench/results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'browser.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const figure of figures) {
    process.stdout.write(
      `${figure.label}: ${Math.round(figure.value * 10) / 10} ${figure.unit}${figure.note ? ` (${figure.note})` : ''}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
