/**
 * The sidebar's filters (shared/comments/threadFilters.ts) on known threads
 * (threadFixtures.ts): status, mine, mentioning me or my DC, by DC, by kind, and combinations.
 */
import { describe, expect, it } from 'vitest';
import { filterThreads, type ThreadFilter } from '../../../shared/comments/threadFilters';
import { DCS, THREADS } from './threadFixtures';

const ids = (filter: ThreadFilter, userId = 'ann') =>
  filterThreads(THREADS, filter, { userId, dcs: DCS[userId] ?? [] }, (id) => DCS[id] ?? []).map(
    (t) => t.id,
  );

describe('thread filters', () => {
  it('keeps everything without criteria, in the order given', () => {
    expect(ids({})).toEqual(['t1', 't2', 't3', 't4']);
    expect(ids({ status: 'all' })).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('filters by status and kind', () => {
    expect(ids({ status: 'open' })).toEqual(['t1', 't3', 't4']);
    expect(ids({ status: 'resolved' })).toEqual(['t2']);
    expect(ids({ kind: 'proposal' })).toEqual(['t2']);
    expect(ids({ kind: 'question' })).toEqual(['t1']);
    expect(ids({ kind: 'comment', status: 'open' })).toEqual(['t3', 't4']);
  });

  it('mine: started by me or with a live comment of mine', () => {
    expect(ids({ mine: true }, 'ann')).toEqual(['t1', 't2', 't3']);
    expect(ids({ mine: true }, 'cy')).toEqual(['t1']); // c7 in t2 is deleted
    expect(ids({ mine: true }, 'dee')).toEqual(['t4']);
  });

  it('mentioning me: a live comment mentioning me or one of my DCs', () => {
    expect(ids({ mentioningMe: true }, 'ann')).toEqual(['t1', 't4']); // t2's mention is deleted
    expect(ids({ mentioningMe: true }, 'dee')).toEqual(['t1', 't2', 't3', 't4']);
    expect(ids({ mentioningMe: true }, 'bo')).toEqual(['t3']);
    expect(ids({ mentioningMe: true }, 'cy')).toEqual([]);
  });

  it('by DC: started by a member of the DC or mentioning it', () => {
    expect(ids({ dc: 'dc-a' })).toEqual(['t1', 't3', 't4']);
    expect(ids({ dc: 'dc-b' })).toEqual(['t2', 't3', 't4']);
    expect(ids({ dc: 'dc-none' })).toEqual([]);
  });

  it('combines criteria', () => {
    expect(ids({ mine: true, mentioningMe: true, status: 'open' }, 'ann')).toEqual(['t1']);
  });
});
