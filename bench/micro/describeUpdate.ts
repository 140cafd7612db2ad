/**
 * What the write-rule check costs per keystroke of a restricted connection: the server runs
 * checkUpdate (and so describeUpdate) on every update such a connection sends, before applying
 * it. Builds a 50,000-word rich-text document with a history of scattered edits by several
 * people (so its items are fragmented as in real use), then times keystroke-sized updates one
 * by one, applying each afterwards as the server would. Prints microseconds per update.
 *
 * Run: npx tsx bench/micro/describeUpdate.ts [keystrokes]
 */
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import { richTextRules } from '../../shared/access/documentRules';
import { defaultAccessContext } from '../../shared/access/roles';
import { checkUpdate } from '../../shared/access/writeRules';
import { addComment, createThread, editComment } from '../../shared/comments/threadSchema';

const WORDS = 50_000;
const WORDS_PER_PARAGRAPH = 100;
const HISTORY_EDITS = 5_000;
const KEYSTROKES = Number(process.argv[2] ?? 2_000);
const WARMUP = 300;

const gen = prng.create(42);

/** Everything `doc` did in `edit`, as one update. */
function capture(doc: Y.Doc, edit: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  edit();
  doc.off('update', record);
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

const textAt = (doc: Y.Doc, index: number) =>
  (doc.getXmlFragment('default').get(index) as Y.XmlElement).get(0) as Y.XmlText;

/** The server's document: the text, threads, and a history of edits by four people. */
function buildDocument(): Y.Doc {
  const server = new Y.Doc();
  const author = new Y.Doc();
  Y.applyUpdate(
    server,
    capture(author, () =>
      author.transact(() => {
        for (let p = 0; p < WORDS / WORDS_PER_PARAGRAPH; p++) {
          const words = Array.from({ length: WORDS_PER_PARAGRAPH }, () => prng.word(gen, 2, 9));
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(words.join(' '))]);
          author.getXmlFragment('default').push([paragraph]);
        }
        for (let t = 0; t < 50; t++) {
          createThread(author, {
            id: `t${t}`,
            authorId: 'bob',
            createdAt: t,
            anchor: { kind: 'cell', rowId: 'r', columnId: 'c' },
            quote: '',
            kind: 'comment',
            comment: { id: `c${t}`, body: 'A comment' },
          });
          addComment(author, `t${t}`, {
            id: `me${t}`,
            authorId: 'alice',
            body: 'Mine',
            createdAt: t,
          });
        }
      }),
    ),
  );
  const people = [0, 1, 2, 3].map(() => replicaOf(server));
  for (let i = 0; i < HISTORY_EDITS; i++) {
    const person = prng.oneOf(gen, people);
    const text = textAt(person, prng.uint32(gen, 0, WORDS / WORDS_PER_PARAGRAPH - 1));
    const update = capture(person, () => {
      const at = prng.uint32(gen, 0, text.length - 2);
      if (prng.bool(gen)) text.insert(at, prng.word(gen, 1, 6));
      else if (prng.uint32(gen, 0, 3) === 0) text.format(at, 2, { bold: true });
      else text.delete(at, 2);
    });
    Y.applyUpdate(server, update);
    for (const other of people) if (other !== person) Y.applyUpdate(other, update);
  }
  return server;
}

/** Times `measure` on each of `count` updates made by `edit` in a replica, applying each. */
function timeUpdates(
  server: Y.Doc,
  count: number,
  edit: (client: Y.Doc, i: number) => void,
  measure: (update: Uint8Array) => unknown,
): number[] {
  const client = replicaOf(server);
  const micros: number[] = [];
  for (let i = 0; i < WARMUP + count; i++) {
    const update = capture(client, () => edit(client, i));
    const start = process.hrtime.bigint();
    measure(update);
    const elapsed = Number(process.hrtime.bigint() - start) / 1000;
    if (i >= WARMUP) micros.push(elapsed);
    Y.applyUpdate(server, update);
  }
  return micros.sort((a, b) => a - b);
}

function report(label: string, micros: number[]): void {
  const at = (q: number) => micros[Math.min(micros.length - 1, Math.floor(q * micros.length))]!;
  const mean = micros.reduce((sum, us) => sum + us, 0) / micros.length;
  const us = (value: number) => `${value.toFixed(1).padStart(6)} µs`;
  console.log(`${label.padEnd(58)} median ${us(at(0.5))}   p95 ${us(at(0.95))}   mean ${us(mean)}`);
}

const built = Date.now();
const server = buildDocument();
const structs = [...server.store.clients.values()].reduce((sum, list) => sum + list.length, 0);
console.log(
  `document: ${WORDS} words in ${WORDS / WORDS_PER_PARAGRAPH} paragraphs, ${structs} structs, ` +
    `${Y.encodeStateAsUpdate(server).length} bytes (built in ${Date.now() - built} ms); ` +
    `${KEYSTROKES} updates per line after ${WARMUP} warm-up`,
);

const commenter = defaultAccessContext('alice', 'observer');
let paragraph = 0;
let caret = 0;
const typing = (client: Y.Doc, i: number) => {
  // Types runs of 40 characters at a caret that moves to another paragraph between runs.
  if (i % 40 === 0) {
    paragraph = prng.uint32(gen, 0, WORDS / WORDS_PER_PARAGRAPH - 1);
    caret = prng.uint32(gen, 0, textAt(client, paragraph).length);
  }
  textAt(client, paragraph).insert(caret++, prng.letter(gen));
};

report(
  'Y.decodeUpdate alone (the floor), one typed character',
  timeUpdates(server, KEYSTROKES, typing, (u) => Y.decodeUpdate(u)),
);
report(
  'describeUpdate, one typed character',
  timeUpdates(server, KEYSTROKES, typing, (u) => describeUpdate(server, u)),
);
report(
  'checkUpdate, commenter typing (refused)',
  timeUpdates(server, KEYSTROKES, typing, (u) => checkUpdate(server, u, richTextRules, commenter)),
);
report(
  'describeUpdate, one deleted character',
  timeUpdates(
    server,
    KEYSTROKES,
    (client) => {
      const text = textAt(client, prng.uint32(gen, 0, WORDS / WORDS_PER_PARAGRAPH - 1));
      text.delete(prng.uint32(gen, 0, text.length - 1), 1);
    },
    (u) => describeUpdate(server, u),
  ),
);
report(
  'checkUpdate, commenter editing own comment (allowed)',
  timeUpdates(
    server,
    KEYSTROKES,
    (client, i) => {
      editComment(client, `t${i % 50}`, `me${i % 50}`, { body: `Mine, edited ${i}`, editedAt: i });
    },
    (u) => checkUpdate(server, u, richTextRules, commenter),
  ),
);
const editor = defaultAccessContext('ed', 'facilitator');
report(
  'checkUpdate, editor typing (decoded; only threads judged)',
  timeUpdates(server, KEYSTROKES, typing, (u) => checkUpdate(server, u, richTextRules, editor)),
);
