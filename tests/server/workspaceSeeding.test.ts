/**
 * The server seeds the DCCG workspace on first start, loading the editor schema only for that
 * (server/workspace.ts): every catalogue document gets its seed content, and a document that is
 * already stored is never seeded again on a later start.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT } from '../../shared/editor/schemaExtensions';
import { buildSeedUpdate, workspaceDocuments } from '../../shared/workspace/workspaceDocuments';
import { makeDataDir, startTestServer, type TestServer } from '../helpers/testServer';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function storedFragment(target: TestServer, name: string): Promise<string> {
  const stored = await target.store.load(name);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(stored.updates as Uint8Array[]));
  return doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();
}

function seedFragment(name: string): string {
  const doc = new Y.Doc();
  const update = buildSeedUpdate(name);
  if (update) Y.applyUpdate(doc, update);
  return doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();
}

describe('workspace seeding', () => {
  it('stores the seed content of every catalogue document on first start', async () => {
    server = await startTestServer();
    const seeded = workspaceDocuments.filter((doc) => buildSeedUpdate(doc.name) !== null);
    expect(seeded.length).toBeGreaterThan(0);
    for (const doc of seeded) {
      expect(await storedFragment(server, doc.name)).toBe(seedFragment(doc.name));
    }
  });

  it('never seeds a stored document again on a later start', async () => {
    const dataDir = makeDataDir();
    server = await startTestServer({ dataDir });
    const name = workspaceDocuments.find((doc) => buildSeedUpdate(doc.name) !== null)!.name;
    const before = await server.store.load(name);
    await server.close();
    server = await startTestServer({ dataDir });
    const after = await server.store.load(name);
    expect(after.lastSeq).toBe(before.lastSeq);
    expect(after.updates).toHaveLength(before.updates.length);
  });
});
