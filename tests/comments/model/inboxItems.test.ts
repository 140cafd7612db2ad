/**
 * Inbox items (shared/comments/inboxItems.ts) from known threads (threadFixtures.ts): replies
 * to threads the person started and mentions of them or their DCs, never their own comments,
 * never deleted ones, a comment that is both counted once as a mention; counts per person.
 */
import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_LENGTH, excerptOf, inboxItemsFor } from '../../../shared/comments/inboxItems';
import { DCS, THREADS, at, comment, thread } from './threadFixtures';

const inbox = (userId: string) =>
  inboxItemsFor('main-session-plan', THREADS, { userId, dcs: DCS[userId] ?? [] });

describe('inbox items', () => {
  it('gives Ann the replies to her threads and the mentions of her and DC A', () => {
    const items = inbox('ann');
    expect(items.map((i) => [i.commentId, i.kind])).toEqual([
      ['c2', 'mention'], // reply in her thread that mentions her: once, as a mention
      ['c3', 'mention'], // mentions DC A
      ['c10', 'mention'],
    ]);
    expect(items[0]).toEqual({
      id: 'main-session-plan/t1/c2',
      kind: 'mention',
      documentName: 'main-session-plan',
      threadId: 't1',
      commentId: 'c2',
      authorId: 'bo',
      createdAt: at(5),
      excerpt: 'Yes @Ann',
    });
  });

  it('counts for everyone', () => {
    const counts = Object.fromEntries(
      ['ann', 'bo', 'cy', 'dee'].map((id) => [id, inbox(id).length]),
    );
    // bo: Ann's reply c6 in his t2 (Cy's c7 is deleted), and c8 mentions DC B.
    // dee: c3 and c10 (DC A), c5 (her), c8 (DC B); her own c9 never.
    expect(counts).toEqual({ ann: 3, bo: 2, cy: 0, dee: 4 });
    expect(inbox('bo').map((i) => [i.commentId, i.kind])).toEqual([
      ['c6', 'reply'],
      ['c8', 'mention'],
    ]);
    expect(inbox('dee').map((i) => i.commentId)).toEqual(['c3', 'c5', 'c8', 'c10']);
  });

  it('never counts the first comment of a thread as a reply', () => {
    const threads = [thread('t', 'ann', 0, [comment('c', 'bo', 'first, by someone else', 0)])];
    expect(inboxItemsFor('d', threads, { userId: 'ann', dcs: [] })).toEqual([]);
  });

  it('cuts excerpts to plain text of at most 200 characters', () => {
    expect(excerptOf('  Hi\n\n@[Ann](person:ann)  ')).toBe('Hi @Ann');
    const long = excerptOf('word '.repeat(100));
    expect(long).toHaveLength(MAX_EXCERPT_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
