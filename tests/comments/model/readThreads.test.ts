/**
 * Reading threads (shared/comments/readThreads.ts) is tolerant: the `threads` map is written by
 * many clients, so entries that are not well-formed threads are skipped, malformed comments are
 * left out of their thread, and missing optional fields read as their defaults. Threads come
 * oldest first.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThreads } from '../../../shared/comments/readThreads';
import {
  addComment,
  createThread,
  deleteComment,
  threadOf,
  threadsOf,
  type NewThread,
} from '../../../shared/comments/threadSchema';

const cell = { kind: 'cell', rowId: 'r1', columnId: 'c1' } as const;
const thread = (id: string, createdAt: number, extra: Partial<NewThread> = {}): NewThread => ({
  id,
  authorId: 'ann',
  createdAt,
  anchor: cell,
  quote: 'Quoted',
  kind: 'comment',
  comment: { id: `${id}-c`, body: 'Hello' },
  ...extra,
});

describe('readThreads', () => {
  it('reads well-formed threads oldest first, ties by id', () => {
    const doc = new Y.Doc();
    createThread(doc, thread('b', 2));
    createThread(doc, thread('a', 2));
    createThread(doc, thread('z', 1, { kind: 'proposal' }));
    const threads = readThreads(doc);
    expect(threads.map((t) => t.id)).toEqual(['z', 'a', 'b']);
    expect(threads[0]).toMatchObject({ kind: 'proposal', proposalStatus: 'open', status: 'open' });
    expect(threads[1]).toMatchObject({ kind: 'comment', proposalStatus: null, quote: 'Quoted' });
  });

  it('skips entries that are not threads and threads missing what identifies them', () => {
    const doc = new Y.Doc();
    createThread(doc, thread('good', 1));
    const threads = threadsOf(doc);
    threads.set('string', 'not a thread');
    threads.set('array', new Y.Array());
    threads.set('empty', new Y.Map());
    for (const [field, value] of [
      ['authorId', 7],
      ['createdAt', 'yesterday'],
      ['anchor', { kind: 'text', start: 'here' }],
      ['kind', 'rant'],
      ['comments', 'none'],
    ] as const) {
      createThread(doc, thread(`bad-${field}`, 1));
      threadOf(doc, `bad-${field}`)!.set(field, value);
    }
    expect(readThreads(doc).map((t) => t.id)).toEqual(['good']);
  });

  it('reads odd optional fields as their defaults', () => {
    const doc = new Y.Doc();
    createThread(doc, thread('t', 1, { kind: 'proposal' }));
    const map = threadOf(doc, 't')!;
    map.set('status', 'closed');
    map.set('statusBy', 5);
    map.set('statusAt', 'now');
    map.set('proposalStatus', 'maybe');
    map.delete('quote');
    expect(readThreads(doc)[0]).toMatchObject({
      status: 'open',
      statusBy: null,
      statusAt: null,
      proposalStatus: 'open',
      quote: '',
    });
    map.set('kind', 'question');
    map.set('proposalStatus', 'accepted');
    expect(readThreads(doc)[0]!.proposalStatus).toBeNull();
  });

  it('leaves malformed comments out, and reads a deleted comment as empty', () => {
    const doc = new Y.Doc();
    createThread(doc, thread('t', 1));
    addComment(doc, 't', { id: 'c2', authorId: 'bo', body: 'Reply', createdAt: 2 });
    const comments = threadOf(doc, 't')!.get('comments') as Y.Array<unknown>;
    comments.push(['plain', new Y.Map([['id', 'no-author']])]);
    deleteComment(doc, 't', 'c2', { deletedAt: 3 });
    // A client that set deletedAt but left the body: still shown as deleted.
    addComment(doc, 't', { id: 'c3', authorId: 'bo', body: 'Secret', createdAt: 4 });
    (comments.get(comments.length - 1) as Y.Map<unknown>).set('deletedAt', 5);
    const read = readThreads(doc)[0]!.comments;
    expect(read.map((c) => [c.id, c.body, c.deletedAt])).toEqual([
      ['t-c', 'Hello', null],
      ['c2', '', 3],
      ['c3', '', 5],
    ]);
  });
});
