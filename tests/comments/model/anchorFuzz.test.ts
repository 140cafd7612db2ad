/**
 * Seeded anchor-survival fuzz (issue 7): four clients hold the same rich-text document (the
 * editor's schema) and, while exchanging their updates in random order with random delays,
 * start threads on ranges of text (within a paragraph or across paragraphs) and edit the text
 * as the editor would: ProseMirror transforms (typing, deleting, splitting and joining
 * paragraphs) written to Yjs by y-tiptap's updateYFragment, often right at or inside anchored
 * ranges, and sometimes undo or redo their own edits. After everything is delivered, every client holds the same document and every thread
 * resolves, on every client, to the same range, or to "deleted" everywhere; a thread whose text
 * is deleted keeps its quote. COMMENTS_FUZZ_SEEDS sets how many seeds run (12 by default),
 * COMMENTS_FUZZ_FIRST_SEED where they start; a failing test's name carries its seed.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import {
  initProseMirrorDoc,
  prosemirrorJSONToYXmlFragment,
  updateYFragment,
} from '@tiptap/y-tiptap';
import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThreads } from '../../../shared/comments/readThreads';
import {
  createTextAnchor,
  proseMirrorSnapshot,
  quoteOf,
  resolveTextAnchor,
} from '../../../shared/comments/textAnchors';
import { createThread } from '../../../shared/comments/threadSchema';
import { DOCUMENT_FRAGMENT, getDocumentSchema } from '../../../shared/editor/schemaExtensions';

const SEED_COUNT = Number(process.env['COMMENTS_FUZZ_SEEDS'] ?? 12);
const FIRST_SEED = Number(process.env['COMMENTS_FUZZ_FIRST_SEED'] ?? 1);
/** Seeds that once failed, kept as named regression tests. */
const REGRESSION_SEEDS: readonly number[] = [];
const CLIENTS = 4;
const STEPS = 80;
const REMOTE = 'remote';

const schema = getDocumentSchema();

interface Client {
  readonly doc: Y.Doc;
  /** The person's own undo history, as the editor keeps it. */
  readonly undo: Y.UndoManager;
  /** Updates from the others not delivered yet. */
  readonly inbox: Uint8Array[];
}

/** What all seeds together exercised. */
const totals = { threads: 0, kept: 0, deleted: 0, edits: 0 };

const words = (gen: prng.PRNG, count: number) =>
  Array.from({ length: count }, () => prng.word(gen, 2, 7)).join(' ');

/** The starting document: a heading, paragraphs and a bullet list, as one update. */
function startingUpdate(gen: prng.PRNG): Uint8Array {
  const paragraph = () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: words(gen, prng.uint32(gen, 3, 8)) }],
  });
  const doc = new Y.Doc();
  doc.clientID = 1;
  prosemirrorJSONToYXmlFragment(
    schema,
    {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Plan' }] },
        paragraph(),
        paragraph(),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph()] },
            { type: 'listItem', content: [paragraph()] },
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Risks' }] },
        paragraph(),
      ],
    },
    doc.getXmlFragment(DOCUMENT_FRAGMENT),
  );
  return Y.encodeStateAsUpdate(doc);
}

/** Positions inside textblocks (where a cursor can be), in document order. */
function textPositions(node: ProseMirrorNode): number[] {
  const positions: number[] = [];
  node.descendants((child, pos) => {
    if (!child.isTextblock) return true;
    for (let p = pos + 1; p <= pos + child.nodeSize - 1; p++) positions.push(p);
    return false;
  });
  return positions;
}

/** The client's current document, fresh from Yjs, with what updateYFragment needs. */
const editorView = (client: Client) =>
  initProseMirrorDoc(client.doc.getXmlFragment(DOCUMENT_FRAGMENT), schema);

/** The ranges the client currently sees for its threads (a place to aim edits at). */
function liveRanges(client: Client): Array<{ from: number; to: number }> {
  const fragment = client.doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const { mapping } = proseMirrorSnapshot(fragment, schema);
  return readThreads(client.doc).flatMap((thread) => {
    if (thread.anchor.kind !== 'text') return [];
    const range = resolveTextAnchor(client.doc, fragment, thread.anchor, mapping);
    return range ? [range] : [];
  });
}

/** A position to aim at: often at or inside an anchored range, else anywhere. */
function aim(gen: prng.PRNG, client: Client, positions: number[]): number | undefined {
  const ranges = liveRanges(client);
  if (ranges.length > 0 && prng.bool(gen)) {
    const range = prng.oneOf(gen, ranges);
    const spot = prng.oneOf(gen, [range.from, range.to, prng.uint32(gen, range.from, range.to)]);
    if (positions.includes(spot)) return spot;
  }
  return positions.length > 0 ? prng.oneOf(gen, positions) : undefined;
}

/** One edit as the editor makes it: a ProseMirror transform written back to Yjs. */
function edit(gen: prng.PRNG, client: Client): void {
  const { doc: node, meta } = editorView(client);
  const positions = textPositions(node);
  const at = aim(gen, client, positions);
  if (at === undefined) return;
  const tr = new Transform(node);
  const roll = prng.uint32(gen, 0, 9);
  try {
    if (roll < 4) {
      tr.insert(at, schema.text(`${prng.word(gen, 1, 6)} `));
    } else if (roll < 7) {
      const ranges = liveRanges(client);
      const whole = ranges.length > 0 && prng.uint32(gen, 0, 2) === 0;
      const range = whole ? prng.oneOf(gen, ranges) : null;
      const from = range ? range.from : at;
      const to = range ? range.to : Math.min(at + prng.uint32(gen, 1, 12), node.content.size - 1);
      if (to > from && positions.includes(to)) tr.delete(from, to);
    } else if (roll < 9) {
      tr.split(at);
    } else {
      // Join this textblock with the next one (Backspace at the start of the next).
      const $at = node.resolve(at);
      const end = $at.end();
      const next = positions.find((p) => p > end + 1);
      if (next !== undefined) tr.delete(end, next);
    }
  } catch {
    return; // a step the schema does not allow here: the editor would not make it
  }
  if (!tr.docChanged) return;
  totals.edits += 1;
  client.doc.transact(() =>
    updateYFragment(client.doc, client.doc.getXmlFragment(DOCUMENT_FRAGMENT), tr.doc, meta),
  );
}

let threadCounter = 0;

/** Starts a thread on a random range (sometimes across blocks) as the client sees it. */
function startThread(gen: prng.PRNG, client: Client, quotes: Map<string, string>): void {
  const fragment = client.doc.getXmlFragment(DOCUMENT_FRAGMENT);
  const { node, mapping } = proseMirrorSnapshot(fragment, schema);
  const positions = textPositions(node);
  if (positions.length < 2) return;
  const start = prng.uint32(gen, 0, positions.length - 2);
  const span = prng.uint32(gen, 1, prng.bool(gen) ? 8 : 40);
  const from = positions[start]!;
  const to = positions[Math.min(start + span, positions.length - 1)]!;
  const quote = quoteOf(node, from, to);
  if (quote === '') return;
  const id = `t${++threadCounter}`;
  quotes.set(id, quote);
  createThread(client.doc, {
    id,
    authorId: `person${client.doc.clientID}`,
    createdAt: threadCounter,
    anchor: createTextAnchor(fragment, mapping, from, to),
    quote,
    kind: 'comment',
    comment: { id: `${id}-c`, body: 'Look' },
  });
}

/** Delivers some of a client's pending updates, in random order. */
function deliver(gen: prng.PRNG, client: Client, all = false): void {
  const pending = client.inbox.splice(0);
  for (let i = pending.length - 1; i > 0; i--) {
    const j = prng.uint32(gen, 0, i);
    [pending[i], pending[j]] = [pending[j]!, pending[i]!];
  }
  const count = all ? pending.length : prng.uint32(gen, 0, pending.length);
  for (const update of pending.slice(0, count)) Y.applyUpdate(client.doc, update, REMOTE);
  client.inbox.push(...pending.slice(count));
}

function connect(clients: Client[]): void {
  clients.forEach((client, i) =>
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      clients.forEach((other, j) => {
        if (j !== i) other.inbox.push(update);
      });
    }),
  );
}

/** Delivers everything until nothing is pending, also after reading (which may repair). */
function settle(gen: prng.PRNG, clients: Client[]): void {
  for (let round = 0; round < 10; round++) {
    while (clients.some((c) => c.inbox.length > 0)) {
      for (const client of clients) deliver(gen, client, true);
    }
    for (const client of clients)
      proseMirrorSnapshot(client.doc.getXmlFragment(DOCUMENT_FRAGMENT), schema);
    if (clients.every((c) => c.inbox.length === 0)) return;
  }
  throw new Error('the clients did not settle');
}

function runSeed(seed: number): void {
  const gen = prng.create(seed);
  threadCounter = 0;
  const start = startingUpdate(gen);
  const clients: Client[] = Array.from({ length: CLIENTS }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 100 + i;
    Y.applyUpdate(doc, start, REMOTE);
    const undo = new Y.UndoManager(doc.getXmlFragment(DOCUMENT_FRAGMENT), { captureTimeout: 0 });
    return { doc, undo, inbox: [] };
  });
  connect(clients);
  const quotes = new Map<string, string>();
  for (let step = 0; step < STEPS; step++) {
    const client = prng.oneOf(gen, clients);
    const roll = prng.uint32(gen, 0, 19);
    if (roll < 3) startThread(gen, client, quotes);
    else if (roll < 11) edit(gen, client);
    else if (roll < 12) client.undo.undo();
    else if (roll < 13) client.undo.redo();
    else deliver(gen, client);
  }
  settle(gen, clients);

  const where = `seed ${seed}`;
  const first = clients[0]!.doc;
  const text = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();
  for (const { doc } of clients) {
    expect(Y.encodeStateVector(doc), `${where}: state`).toEqual(Y.encodeStateVector(first));
    expect(text(doc), `${where}: text`).toBe(text(first));
  }
  const threads = readThreads(first);
  expect(threads.map((t) => t.id).sort(), where).toEqual([...quotes.keys()].sort());
  for (const thread of threads) {
    const anchor = thread.anchor;
    if (anchor.kind !== 'text') continue;
    const seen = clients.map(({ doc }) => {
      const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
      const { mapping } = proseMirrorSnapshot(fragment, schema);
      return resolveTextAnchor(doc, fragment, anchor, mapping);
    });
    for (const range of seen) expect(range, `${where}, ${thread.id}`).toEqual(seen[0]);
    expect(thread.quote, `${where}, ${thread.id}: quote`).toBe(quotes.get(thread.id));
    totals.threads += 1;
    if (seen[0] === null) totals.deleted += 1;
    else totals.kept += 1;
  }
}

const seeds = [
  ...REGRESSION_SEEDS,
  ...Array.from({ length: SEED_COUNT }, (_, i) => FIRST_SEED + i),
];

describe('anchor survival under concurrent editing', () => {
  it.each(seeds)('seed %i: every thread resolves alike on every client', (seed) => {
    runSeed(seed);
  });

  it('exercised both surviving and deleted anchors', () => {
    expect(totals.edits).toBeGreaterThan(seeds.length * 10);
    expect(totals.kept).toBeGreaterThan(0);
    expect(totals.deleted).toBeGreaterThan(0);
    console.info(`anchor fuzz: ${JSON.stringify(totals)}`);
  });
});
