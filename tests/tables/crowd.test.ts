/**
 * The issue's "done when" (T2, T5, T10): twenty-five DC members, one or two for each of the
 * workspace's DCs, fill their rows of both seeded tables at the same time through the real
 * server, each typing words into every column of their row and then submitting it, while the
 * Secretariat watches. Everyone ends with the same tables, every word is in its cell, no update
 * is refused, and the Secretariat's overview shows every DC submitted and no area uncovered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Roles } from '../../shared/access/roles';
import { coverageMatrix, statusOverview } from '../../shared/tables/overview';
import { readTable } from '../../shared/tables/readTable';
import { SEEDED_TABLES } from '../../shared/tables/seededTables';
import { setRowStatus } from '../../shared/tables/tableOperations';
import { existingCellText } from '../../shared/tables/tableSchema';
import { dynamicCoalitions } from '../../shared/workspace/referenceData';
import type { StockClient } from '../helpers/clients';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { cellTextOf, tableClient, typeParagraph, waitConverged } from './tableSessions';

const PEOPLE = 25;
const TABLES: readonly string[] = [SEEDED_TABLES.issueAreas, SEEDED_TABLES.roadmapLinkages];

let server: TestServer;
const members: Array<{ id: string; name: string; dc: string; token: string }> = [];
const clients: StockClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ config: { roomGraceMs: 5000 } });
  for (let i = 0; i < PEOPLE; i++) {
    const dc = dynamicCoalitions[i % dynamicCoalitions.length]!.id;
    const { user, token } = await server.createPerson(Roles.dcMember, { dcs: [dc] });
    members.push({ id: user.id, name: user.name, dc, token });
  }
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

describe('twenty-five DCs fill both tables at once', () => {
  it('ends identical everywhere with every word in place and every DC submitted', async () => {
    const watchers = await Promise.all(
      TABLES.map((name) => tableClient(server, server.token, name)),
    );
    clients.push(...watchers);
    const sessions = await Promise.all(
      members.flatMap((member) =>
        TABLES.map(async (name) => ({
          member,
          name,
          client: await tableClient(server, member.token, name),
        })),
      ),
    );
    clients.push(...sessions.map((s) => s.client));

    const started = performance.now();
    const expected: Array<{ name: string; row: string; column: string; word: string }> = [];
    // Round by round, everyone types a word into each column of their row, all at once.
    const columnsOf = (name: string) => readTable(watchers[TABLES.indexOf(name)]!.doc).columns;
    for (let round = 0; round < 3; round++) {
      for (const { member, name, client } of sessions) {
        for (const column of columnsOf(name)) {
          const word = `${member.id.slice(0, 6)}-${round}-${column.id}`;
          typeParagraph(existingCellText(client.doc, member.dc, column.id)!, word);
          expected.push({ name, row: member.dc, column: column.id, word });
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const { member, client } of sessions) {
      setRowStatus(client.doc, member.dc, {
        status: 'submitted',
        userId: member.id,
        userName: member.name,
        at: new Date().toISOString(),
      });
    }
    for (const name of TABLES) {
      await waitConverged(
        server,
        name,
        [
          watchers[TABLES.indexOf(name)]!,
          ...sessions.filter((s) => s.name === name).map((s) => s.client),
        ],
        `${name} to agree everywhere`,
        // Generous: 50 clients and the server share two busy cores here.
        180_000,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `crowd: ${PEOPLE} people × ${TABLES.length} tables, ${expected.length} paragraphs typed, converged and stored in ${seconds.toFixed(2)} s`,
    );

    for (const { name, row, column, word } of expected) {
      expect(cellTextOf(watchers[TABLES.indexOf(name)]!.doc, row, column)).toContain(word);
    }
    for (const watcher of watchers) {
      const overview = statusOverview(readTable(watcher.doc));
      expect(overview.byStatus.submitted).toHaveLength(dynamicCoalitions.length);
      expect(coverageMatrix(watcher.doc).gaps).toEqual([]);
    }
    const refused = await server.accounts.store.readAudit({ action: 'write.refused', limit: 10 });
    expect(refused).toEqual([]);
  }, 300_000);
});
