/**
 * Seeded random fuzz of mapping tables through the real server (SPEC T9): two Secretariat
 * clients and three DC members (two of one DC, one of another) make random table operations
 * (typing into cells, new lines, statuses, rows and columns added, moved, renamed, removed
 * and restored) while randomly going offline and coming back. At the end every replica and the
 * stored table are identical, every row has a cell for every column, no update was refused,
 * and every word anyone typed is in the cell it was typed into (T4: removal keeps text).
 * TABLE_FUZZ_SEEDS sets how many seeds run (12 by default), TABLE_FUZZ_FIRST_SEED where they
 * start; a failing test's name carries its seed.
 */
import * as prng from 'lib0/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Roles } from '../../shared/access/roles';
import { readTable } from '../../shared/tables/readTable';
import {
  addColumn,
  addRow,
  moveColumn,
  moveRow,
  removeColumn,
  removeRow,
  renameColumn,
  restoreColumn,
  restoreRow,
  setRowStatus,
} from '../../shared/tables/tableOperations';
import { RowStatuses, columnsOf, existingCellText, rowsOf } from '../../shared/tables/tableSchema';
import type { StockClient } from '../helpers/clients';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { apiJson, cellTextOf, tableClient, typeParagraph, waitConverged } from './tableSessions';

const SEED_COUNT = Number(process.env['TABLE_FUZZ_SEEDS'] ?? 12);
const FIRST_SEED = Number(process.env['TABLE_FUZZ_FIRST_SEED'] ?? 1);
/** Seeds that once failed, kept as named regression tests. */
const REGRESSION_SEEDS: readonly number[] = [];
const STEPS = 40;

interface Actor {
  readonly client: StockClient;
  readonly userId: string;
  readonly userName: string;
  /** The DC whose row the actor may write; null for the Secretariat (every row). */
  readonly dc: string | null;
  online: boolean;
}

let server: TestServer;
const people: Array<{ userId: string; name: string; token: string; dc: string | null }> = [];

beforeAll(async () => {
  server = await startTestServer({ config: { roomGraceMs: 5000 } });
  const secretariat = await server.createPerson(Roles.secretariat, { name: 'Second Secretariat' });
  const mine = await server.createPerson(Roles.dcMember, { dcs: ['dcad'], name: 'Ada' });
  const mine2 = await server.createPerson(Roles.dcMember, { dcs: ['dcad'], name: 'Ana' });
  const theirs = await server.createPerson(Roles.dcMember, { dcs: ['dc-iot'], name: 'Ivo' });
  const first = (await server.accounts.store.listUsers()).find((u) => u.role === 'secretariat')!;
  people.push(
    { userId: first.id, name: first.name, token: server.token, dc: null },
    { userId: secretariat.user.id, name: 'Second Secretariat', token: secretariat.token, dc: null },
    { userId: mine.user.id, name: 'Ada', token: mine.token, dc: 'dcad' },
    { userId: mine2.user.id, name: 'Ana', token: mine2.token, dc: 'dcad' },
    { userId: theirs.user.id, name: 'Ivo', token: theirs.token, dc: 'dc-iot' },
  );
});
afterAll(() => server.close());

/** Shown and removed entries of a map, by fractional order (ties by id). */
function ordered(map: Y.Map<Y.Map<unknown>>): Array<{ id: string; order: string }> {
  return [...map.entries()]
    .map(([id, entry]) => ({ id, order: String(entry.get('order') ?? '') }))
    .sort((a, b) => (a.order === b.order ? (a.id < b.id ? -1 : 1) : a.order < b.order ? -1 : 1));
}

/** Neighbours' order keys around a random new position for `id`. */
function randomSpot(gen: prng.PRNG, map: Y.Map<Y.Map<unknown>>, id: string) {
  const others = ordered(map).filter((entry) => entry.id !== id);
  const at = prng.uint32(gen, 0, others.length);
  const after = others[at - 1]?.order ?? null;
  const before = others[at]?.order ?? null;
  // Entries that share a key (placed concurrently) leave no room between them: go after both.
  return after !== null && before !== null && after >= before
    ? { after: before, before: null }
    : { after, before };
}

/** Runs one seed; returns how many words were typed. */
async function runSeed(seed: number): Promise<number> {
  const gen = prng.create(seed);
  const created = await apiJson(server, server.token, '/api/tables', {
    method: 'POST',
    body: {
      title: `Fuzz ${seed}`,
      rowSource: 'dcs',
      columns: [{ title: 'First' }, { title: 'Second' }, { title: 'Third' }],
      deadline: null,
    },
  });
  const name = created.body['name'] as string;
  const actors: Actor[] = [];
  for (const person of people) {
    const client = await tableClient(server, person.token, name);
    actors.push({
      client,
      userId: person.userId,
      userName: person.name,
      dc: person.dc,
      online: true,
    });
  }
  const typed = new Map<string, { row: string; column: string }>();
  let words = 0;
  let ids = 0;
  const now = () => new Date(Date.UTC(2026, 8, 1, 0, 0, ids++)).toISOString();

  const typeWord = (actor: Actor) => {
    const doc = actor.client.doc;
    const rows = [...rowsOf(doc).keys()].filter((id) => actor.dc === null || id === actor.dc);
    const columns = [...columnsOf(doc).keys()];
    if (rows.length === 0 || columns.length === 0) return;
    const row = prng.oneOf(gen, rows);
    const column = prng.oneOf(gen, columns);
    const cell = existingCellText(doc, row, column);
    if (!cell) return; // the server has not filled it yet: people type only into cells they see
    const word = `w${seed}x${++words}`;
    typed.set(word, { row, column });
    const last = cell.length > 0 ? cell.get(cell.length - 1) : null;
    const line = last instanceof Y.XmlElement ? last.get(0) : null;
    if (line instanceof Y.XmlText && prng.bool(gen)) {
      if (prng.bool(gen)) line.insert(line.length, ` ${word}`);
      else line.insert(0, `${word} `);
    } else {
      typeParagraph(cell, word);
    }
  };

  const secretariatOps: Array<(actor: Actor) => void> = [
    typeWord,
    typeWord,
    ({ client: { doc } }) => void addRow(doc, { id: `row${seed}-${ids++}`, label: 'Extra row' }),
    ({ client: { doc } }) =>
      void addColumn(doc, { id: `col${seed}-${ids++}`, title: `Column ${ids}` }),
    ({ client: { doc } }) => {
      const id = prng.oneOf(gen, [...rowsOf(doc).keys()]);
      const spot = randomSpot(gen, rowsOf(doc), id);
      moveRow(doc, id, spot.after, spot.before);
    },
    ({ client: { doc } }) => {
      const id = prng.oneOf(gen, [...columnsOf(doc).keys()]);
      const spot = randomSpot(gen, columnsOf(doc), id);
      moveColumn(doc, id, spot.after, spot.before);
    },
    ({ client: { doc } }) => {
      const id = prng.oneOf(gen, [...columnsOf(doc).keys()]);
      if (prng.bool(gen)) removeColumn(doc, id, now());
      else restoreColumn(doc, id);
    },
    ({ client: { doc } }) => {
      const id = prng.oneOf(gen, [...rowsOf(doc).keys()]);
      if (prng.bool(gen)) removeRow(doc, id, now());
      else restoreRow(doc, id);
    },
    ({ client: { doc } }) =>
      void renameColumn(doc, prng.oneOf(gen, [...columnsOf(doc).keys()]), prng.word(gen, 3, 9)),
  ];
  const statusOp = (actor: Actor) => {
    const rows = [...rowsOf(actor.client.doc).keys()];
    setRowStatus(actor.client.doc, actor.dc ?? prng.oneOf(gen, rows), {
      status: prng.oneOf(gen, Object.values(RowStatuses)),
      userId: actor.userId,
      userName: actor.userName,
      at: now(),
    });
  };
  const memberOps: Array<(actor: Actor) => void> = [typeWord, typeWord, typeWord, statusOp];

  for (let step = 0; step < STEPS; step++) {
    const actor = prng.oneOf(gen, actors);
    if (prng.uint32(gen, 0, 9) === 0) {
      if (actor.online) actor.client.provider.disconnect();
      else actor.client.provider.connect();
      actor.online = !actor.online;
    }
    for (let edits = prng.uint32(gen, 1, 3); edits > 0; edits--) {
      const ops = actor.dc === null ? [...secretariatOps, statusOp] : memberOps;
      prng.oneOf(gen, ops)(actor);
    }
    // Let some messages through, or none: the next edits may be concurrent with these.
    for (let turns = prng.uint32(gen, 0, 3); turns > 0; turns--) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  for (const actor of actors) if (!actor.online) actor.client.provider.connect();
  try {
    await waitConverged(
      server,
      name,
      actors.map((a) => a.client),
      `seed ${seed}: replicas to agree`,
    );
    const doc = actors[0]!.client.doc;
    const table = readTable(doc);
    const columnIds = [...table.columns, ...table.removedColumns].map((c) => c.id);
    for (const row of [...table.rows, ...table.removedRows]) {
      for (const column of columnIds) {
        expect(
          existingCellText(doc, row.id, column),
          `seed ${seed}: cell ${row.id}/${column}`,
        ).not.toBeNull();
      }
    }
    for (const [word, where] of typed) {
      expect(cellTextOf(doc, where.row, where.column), `seed ${seed}: ${word}`).toMatch(
        new RegExp(`(^|[\\s])${word}($|[\\s])`),
      );
    }
    const refused = await server.accounts.store.readAudit({ action: 'write.refused', limit: 10 });
    expect(refused.filter((entry) => entry.target === name)).toEqual([]);
  } finally {
    for (const actor of actors) actor.client.destroy();
  }
  return typed.size;
}

const seeds = [
  ...REGRESSION_SEEDS,
  ...Array.from({ length: SEED_COUNT }, (_, i) => FIRST_SEED + i),
];

describe('random table operations by several clients with disconnects (T9)', () => {
  let total = 0;
  it.each(seeds)('seed %i', async (seed) => {
    total += await runSeed(seed);
  });
  it('typed words in every run', () => {
    expect(total).toBeGreaterThan(seeds.length * 5);
  });
});
