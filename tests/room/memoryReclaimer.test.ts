/**
 * The memory reclaimer collects garbage only after the open rooms fall to half their peak or
 * fewer and stay there for the quiet time, repeats at doubling intervals, and stops when a room
 * loads or the server closes. Driven with fake timers and a fake heap.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryReclaimer } from '../../server/room/MemoryReclaimer';

const MIB = 1024 * 1024;

/** A heap that shrinks by the given steps, one per collection, then stays put. */
function fakeHeap(startMiB: number, stepsMiB: number[]) {
  let heap = startMiB * MIB;
  const steps = [...stepsMiB];
  const collections: number[] = [];
  return {
    collections,
    collect: () => {
      collections.push(Date.now());
      heap -= (steps.shift() ?? 0) * MIB;
    },
    heapBytes: () => heap,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('MemoryReclaimer', () => {
  it('does nothing while at least half of the peak of rooms stays open', () => {
    const heap = fakeHeap(100, [50]);
    const reclaimer = new MemoryReclaimer({ ...heap, quietMs: 1000 });
    for (let open = 1; open <= 10; open++) reclaimer.roomCountChanged(open);
    reclaimer.roomCountChanged(6);
    vi.advanceTimersByTime(10_000);
    expect(heap.collections).toHaveLength(0);
  });

  it('collects after a large drop once the room count has been quiet, at doubling intervals', () => {
    const heap = fakeHeap(130, [68, 12, 31, 0]);
    const reclaimed: [number, number, number][] = [];
    const reclaimer = new MemoryReclaimer({
      ...heap,
      quietMs: 1000,
      intervalMs: 500,
      rounds: 4,
      onReclaimed: (before, after, rounds) => reclaimed.push([before / MIB, after / MIB, rounds]),
    });
    const start = Date.now();
    reclaimer.roomCountChanged(1000);
    for (let open = 999; open >= 0; open -= 100) reclaimer.roomCountChanged(open);
    reclaimer.roomCountChanged(0);
    vi.advanceTimersByTime(999);
    expect(heap.collections).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(heap.collections).toHaveLength(1);
    vi.advanceTimersByTime(60_000);
    expect(heap.collections.map((at) => at - start)).toEqual([1000, 1500, 2500, 4500]);
    expect(reclaimed).toEqual([[130, 19, 4]]);
  });

  it('waits for the count to settle: a load or unload restarts the quiet time', () => {
    const heap = fakeHeap(100, [50]);
    const reclaimer = new MemoryReclaimer({ ...heap, quietMs: 1000 });
    reclaimer.roomCountChanged(10);
    reclaimer.roomCountChanged(4);
    vi.advanceTimersByTime(800);
    reclaimer.roomCountChanged(3);
    vi.advanceTimersByTime(800);
    expect(heap.collections).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(heap.collections).toHaveLength(1);
  });

  it('a room loading between collections ends the reclaim, and the next drop is measured from then', () => {
    const heap = fakeHeap(100, [20, 20, 20, 20]);
    const reclaimer = new MemoryReclaimer({ ...heap, quietMs: 100, intervalMs: 100, rounds: 3 });
    reclaimer.roomCountChanged(10);
    reclaimer.roomCountChanged(2);
    vi.advanceTimersByTime(250);
    expect(heap.collections).toHaveLength(2);
    reclaimer.roomCountChanged(3);
    vi.advanceTimersByTime(1_000);
    expect(heap.collections).toHaveLength(2);
    // The peak is now 3: dropping to 2 is not half of it, dropping to 1 is.
    reclaimer.roomCountChanged(2);
    vi.advanceTimersByTime(1_000);
    expect(heap.collections).toHaveLength(2);
    reclaimer.roomCountChanged(1);
    vi.advanceTimersByTime(100);
    expect(heap.collections).toHaveLength(3);
  });

  it('close() cancels a pending reclaim', () => {
    const heap = fakeHeap(100, [50]);
    const reclaimer = new MemoryReclaimer({ ...heap, quietMs: 100 });
    reclaimer.roomCountChanged(2);
    reclaimer.roomCountChanged(0);
    reclaimer.close();
    vi.advanceTimersByTime(1_000);
    expect(heap.collections).toHaveLength(0);
  });
});
