/**
 * The contract every CallStore and ActionStore must meet (SPEC P6): records come back as
 * stored, saving an id again replaces it, answers filter by call and DC, feed tokens are found
 * by hash and replaced or removed, markers persist, and everything survives reopening.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionItem } from '../../shared/actions/actionTypes';
import type { Answer, Call } from '../../shared/calls/callTypes';
import type { ActionStore, MarkerStore } from '../../server/actions/ActionStore';
import type { CallStore } from '../../server/calls/CallStore';

/** A store of calls and action items. */
export type PlanningStore = CallStore & ActionStore & MarkerStore;

/** Makes stores; `reopen` opens the data of the last created one again, where it persists. */
export interface PlanningStoreFactory {
  create(): Promise<PlanningStore>;
  reopen: (() => Promise<PlanningStore>) | null;
}

const call = (id: string, createdAt = 1): Call => ({
  id,
  title: `Call ${id}`,
  explanation: '',
  audience: 'allDcs',
  dcs: [],
  closesAt: '2040-01-01T00:00:00.000Z',
  closesZone: 'UTC',
  multiple: true,
  onCalendar: false,
  fields: [
    { id: 'note', label: 'Note', kind: 'longText', required: false, maxLength: 100, help: '' },
  ],
  createdAt,
  createdBy: 'Secretariat',
});

const answer = (id: string, callId: string, dc: string, createdAt: number): Answer => ({
  id,
  callId,
  dc,
  status: 'draft',
  review: 'pending',
  reviewNote: '',
  values: {
    note: `note ${id}`,
    when: {
      start: '2030-01-01T00:00:00.000Z',
      end: '2030-01-01T01:00:00.000Z',
      zone: 'Asia/Tokyo',
    },
  },
  updatedBy: 'u',
  updatedByName: 'U',
  createdAt,
  updatedAt: createdAt,
  submittedAt: null,
});

const action = (id: string, createdAt: number): ActionItem => ({
  id,
  meeting: 'DCCG 55',
  what: `Do ${id}`,
  owners: [{ kind: 'allDcs' }, { kind: 'person', userId: 'u1', name: 'Ann' }],
  due: '2030-09-10',
  link: { kind: 'call', id: 'c1' },
  status: 'open',
  createdAt,
  updatedAt: createdAt,
});

/** Runs the contract suite against one implementation. */
export function runPlanningStoreContract(label: string, factory: PlanningStoreFactory): void {
  describe(`planning store contract: ${label}`, () => {
    const opened: PlanningStore[] = [];
    const open = async () => {
      const store = await factory.create();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    it('P6 calls: saved, read back, replaced, listed in creation order', async () => {
      const store = await open();
      expect(await store.getCall('a')).toBeNull();
      await store.saveCall(call('b', 2));
      await store.saveCall(call('a', 1));
      await store.saveCall({ ...call('b', 2), title: 'Changed' });
      expect((await store.listCalls()).map((c) => [c.id, c.title])).toEqual([
        ['a', 'Call a'],
        ['b', 'Changed'],
      ]);
      expect(await store.getCall('a')).toEqual(call('a', 1));
    });

    it('P6 answers: filtered by call and DC, replaced by id', async () => {
      const store = await open();
      await store.saveCall(call('c1'));
      await store.saveCall(call('c2'));
      await store.saveAnswer(answer('x', 'c1', 'dcad', 1));
      await store.saveAnswer(answer('y', 'c1', 'is3c', 2));
      await store.saveAnswer(answer('z', 'c2', 'dcad', 3));
      await store.saveAnswer({ ...answer('x', 'c1', 'dcad', 1), status: 'submitted' });
      expect((await store.listAnswers({ callId: 'c1' })).map((a) => a.id)).toEqual(['x', 'y']);
      expect((await store.listAnswers({ dcs: ['dcad'] })).map((a) => a.id)).toEqual(['x', 'z']);
      expect(await store.listAnswers({ callId: 'c1', dcs: [] })).toEqual([]);
      expect((await store.getAnswer('x'))?.status).toBe('submitted');
      expect((await store.getAnswer('x'))?.values).toEqual(answer('x', 'c1', 'dcad', 1).values);
    });

    it('P6 feed tokens: found by hash, replaced, removed', async () => {
      const store = await open();
      await store.setFeedToken('u1', 'hash-1', 10);
      expect(await store.findFeedTokenUser('hash-1')).toBe('u1');
      expect(await store.getFeedToken('u1')).toEqual({ createdAt: 10 });
      await store.setFeedToken('u1', 'hash-2', 20);
      expect(await store.findFeedTokenUser('hash-1')).toBeNull();
      expect(await store.findFeedTokenUser('hash-2')).toBe('u1');
      await store.setFeedToken('u1', null, 30);
      expect(await store.getFeedToken('u1')).toBeNull();
    });

    it('P6 action items and markers', async () => {
      const store = await open();
      await store.saveAction(action('b', 2));
      await store.saveAction(action('a', 1));
      await store.saveAction({ ...action('a', 1), status: 'done' });
      expect((await store.listActions()).map((a) => [a.id, a.status])).toEqual([
        ['a', 'done'],
        ['b', 'open'],
      ]);
      expect(await store.getAction('b')).toEqual(action('b', 2));
      expect(await store.deleteAction('b')).toBe(true);
      expect(await store.deleteAction('b')).toBe(false);
      expect(await store.getMarker('seeded')).toBeNull();
      await store.setMarker('seeded', 5);
      expect(await store.getMarker('seeded')).toBe(5);
    });

    it.skipIf(!factory.reopen)('P6 everything survives reopening', async () => {
      const store = await open();
      await store.saveCall(call('c1'));
      await store.saveAnswer(answer('x', 'c1', 'dcad', 1));
      await store.saveAction(action('a', 1));
      await store.setFeedToken('u1', 'h', 1);
      await store.setMarker('seeded', 1);
      await store.close();
      const again = await factory.reopen!();
      opened.push(again);
      expect(await again.getCall('c1')).toEqual(call('c1'));
      expect(await again.getAnswer('x')).toEqual(answer('x', 'c1', 'dcad', 1));
      expect(await again.getAction('a')).toEqual(action('a', 1));
      expect(await again.findFeedTokenUser('h')).toBe('u1');
      expect(await again.getMarker('seeded')).toBe(1);
    });
  });
}
