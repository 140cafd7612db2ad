/**
 * Seeded random property test of the write rules (SPEC W4–W6 and the thread rules): a person
 * whose updates are checked (a commenter in rich text or in a table's threads, a facilitator in
 * rich text, a DC member in a table) makes random edits, some allowed and some not, while
 * someone else edits the server's document concurrently. Every update is judged by checkUpdate
 * and, independently, by applying it to a copy and looking at what Yjs reports as changed
 * (oracles.ts); the two must agree, the server's document must not change while judging, and
 * the rules alone must allow the privileged (editors, the Secretariat) everything outside the
 * guarded `threads` root. ACCESS_SEEDS sets how many seeds run (150 per scenario by default),
 * ACCESS_FIRST_SEED where they start; a failing test's name and message carry its seed.
 */
import { describe, expect, it } from 'vitest';
import * as prng from 'lib0/prng';
import * as Y from 'yjs';
import { describeUpdate } from '../../shared/access/describeUpdate';
import { mappingTableRules, richTextRules } from '../../shared/access/documentRules';
import type { AccessContext } from '../../shared/access/roles';
import { checkEffects, checkUpdate, type WriteRules } from '../../shared/access/writeRules';
import { captureUpdate, person } from './accessHelpers';
import { commenterMayApply, copyOf, memberMayApply, threadWriterMayApply } from './oracles';
import { randomRichText, randomRichTextEdit, resetIds, startBatch } from './randomRichText';
import { randomTable, randomTableEdit, resetTableIds } from './randomTable';

const SEED_COUNT = Number(process.env['ACCESS_SEEDS'] ?? 150);
const FIRST_SEED = Number(process.env['ACCESS_FIRST_SEED'] ?? 1);
/** Seeds that once failed, kept as named regression tests. */
const REGRESSION_SEEDS: readonly number[] = [];
const STEPS = 5;

interface Scenario {
  readonly rules: WriteRules;
  /** The restricted person whose updates are judged. */
  readonly ctx: AccessContext;
  /** Someone privileged: the rules alone must allow them every change outside guarded roots. */
  readonly everything: AccessContext;
  start(gen: prng.PRNG): Y.Doc;
  /** The restricted person's edit; with `behave`, one meant to be allowed. */
  edit(gen: prng.PRNG, doc: Y.Doc, behave: boolean): void;
  /** A concurrent edit on the server by someone allowed everything. */
  otherEdit(gen: prng.PRNG, doc: Y.Doc): void;
  /** Whether the restricted person may apply the update: the ground truth. */
  mayApply(server: Y.Doc, update: Uint8Array): boolean;
}

const commenter = person('alice', 'observer');
const facilitator = person('fay', 'facilitator');
const member = person('ann', 'dcMember', { dcs: ['dc-a'] });

const scenarios: Record<string, Scenario> = {
  'a commenter in a rich-text document': {
    rules: richTextRules,
    ctx: commenter,
    everything: person('ed', 'facilitator'),
    start: (gen) => {
      resetIds();
      return randomRichText(gen);
    },
    edit: (gen, doc, behave) => randomRichTextEdit(gen, doc, commenter.userId, behave),
    // Bob's concurrent edits leave statuses alone (see commenterMayApply).
    otherEdit: (gen, doc) => randomRichTextEdit(gen, doc, 'bob', false, false),
    mayApply: (server, update) => commenterMayApply(server, update, commenter.userId),
  },
  'a facilitator in a rich-text document': {
    rules: richTextRules,
    ctx: facilitator,
    everything: person('sec', 'secretariat'),
    start: (gen) => {
      resetIds();
      return randomRichText(gen);
    },
    edit: (gen, doc, behave) => randomRichTextEdit(gen, doc, facilitator.userId, behave),
    otherEdit: (gen, doc) => randomRichTextEdit(gen, doc, 'bob', false, false),
    mayApply: (server, update) =>
      threadWriterMayApply(server, update, {
        me: facilitator.userId,
        editor: true,
        moderator: true,
      }),
  },
  // Threads follow the same rules in tables; the other roots are the table's, not an observer's.
  'a commenter in the threads of a mapping table': {
    rules: mappingTableRules,
    ctx: commenter,
    everything: person('sec', 'secretariat'),
    start: (gen) => {
      resetIds();
      return randomRichText(gen);
    },
    edit: (gen, doc, behave) => randomRichTextEdit(gen, doc, commenter.userId, behave),
    otherEdit: (gen, doc) => randomRichTextEdit(gen, doc, 'bob', false, false),
    mayApply: (server, update) => commenterMayApply(server, update, commenter.userId),
  },
  'a DC member in a mapping table': {
    rules: mappingTableRules,
    ctx: member,
    everything: person('sec', 'secretariat'),
    start: (gen) => {
      resetTableIds();
      return randomTable(gen);
    },
    edit: (gen, doc, behave) =>
      behave
        ? randomTableEdit(gen, doc, { dcs: member.dcs, userId: member.userId })
        : randomTableEdit(gen, doc, { userId: 'zed' }),
    // The Secretariat's concurrent edits leave statuses alone (see memberMayApply).
    otherEdit: (gen, doc) => randomTableEdit(gen, doc, { statuses: false }),
    mayApply: (server, update) => memberMayApply(server, update, member.dcs, member.userId),
  },
};

/** What judging must not change, cheaply: roots, state vector and number of structs (splits). */
function storeShape(doc: Y.Doc): string {
  const structs = [...doc.store.clients.values()].reduce((sum, list) => sum + list.length, 0);
  return `${[...doc.share.keys()].join()} ${Y.encodeStateVector(doc).join()} ${structs}`;
}

/** Runs one seed; returns how many updates were allowed and refused. */
function runSeed(scenario: Scenario, seed: number): { allowed: number; refused: number } {
  const gen = prng.create(seed);
  // Fixed client ids: Yjs orders concurrent inserts by them, so the seed alone decides.
  let clientIds = 10;
  const server = copyOf(scenario.start(gen), clientIds++);
  let client = copyOf(server, clientIds++);
  const counts = { allowed: 0, refused: 0 };
  for (let step = 0; step < STEPS; step++) {
    if (prng.uint32(gen, 0, 2) === 0) {
      const other = copyOf(server, clientIds++);
      Y.applyUpdate(
        server,
        captureUpdate(other, () => scenario.otherEdit(gen, other)),
      );
    }
    const serverState = Y.encodeStateVector(server);
    // Half the updates are meant to be allowed (concurrent changes may still make them not).
    const behave = prng.bool(gen);
    startBatch();
    const incremental = captureUpdate(client, () => {
      for (let edits = prng.uint32(gen, 1, 3); edits > 0; edits--) {
        scenario.edit(gen, client, behave);
      }
    });
    // Half the time as a handshake would send it: all the server lacks, every deletion known.
    const update = prng.bool(gen) ? incremental : Y.encodeStateAsUpdate(client, serverState);
    const where = `seed ${seed}, step ${step}`;

    const expected = scenario.mayApply(server, update);
    const before = storeShape(server);
    const verdict = checkUpdate(server, update, scenario.rules, scenario.ctx);
    expect(storeShape(server), `${where}: judging changed the document`).toBe(before);
    expect(verdict.ok, `${where}: ${verdict.ok ? 'allowed' : verdict.reason}`).toBe(expected);
    const effects = describeUpdate(server, update);
    expect(effects, `${where}: not traceable`).not.toBeNull();
    const unguarded = effects!.filter(
      (effect) => !scenario.rules.guardedRoots.includes(effect.path[0] as string),
    );
    expect(checkEffects(unguarded, scenario.rules, scenario.everything), where).toEqual({
      ok: true,
    });

    if (verdict.ok) {
      counts.allowed += 1;
      Y.applyUpdate(server, update);
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    } else {
      counts.refused += 1;
      client = copyOf(server, clientIds++); // the person reloads the shared copy
    }
  }
  return counts;
}

const seeds = [
  ...REGRESSION_SEEDS,
  ...Array.from({ length: SEED_COUNT }, (_, i) => FIRST_SEED + i),
];

describe.each(Object.entries(scenarios))('random edits by %s (W4–W6)', (_name, scenario) => {
  const totals = { allowed: 0, refused: 0 };

  it.each(seeds)('seed %i', (seed) => {
    const counts = runSeed(scenario, seed);
    totals.allowed += counts.allowed;
    totals.refused += counts.refused;
  });

  it('exercised both verdicts', () => {
    const judged = totals.allowed + totals.refused;
    expect(judged).toBe(seeds.length * STEPS);
    // A facilitator may change the text, so fewer of their misbehaving edits are refused.
    expect(totals.allowed / judged).toBeGreaterThan(0.2);
    expect(totals.refused / judged).toBeGreaterThan(0.2);
  });
});
