/**
 * The pure parts around the inbox: where an item leads (`?thread=` on the document or table
 * address), how it reads (headline, time in the reader's zone, unread count, badge, the link's
 * accessible name), the /inbox route, reading the directory and inbox answers, and the SQLite
 * read-mark store (first read time kept, many ids at once).
 */
import { describe, expect, it } from 'vitest';
import { readDirectory } from '../../../client/src/comments/directoryApi';
import {
  THREAD_PARAM,
  badgeText,
  inboxLabel,
  threadFromSearch,
  threadPath,
} from '../../../client/src/inbox/inboxLinks';
import { itemHeadline, itemTime, unreadText } from '../../../client/src/inbox/inboxText';
import { parseRoute } from '../../../client/src/routing/routes';
import { SqliteReadMarkStore } from '../../../server/comments/SqliteReadMarkStore';

describe('inbox links', () => {
  it('lead to the thread in a document or a table', () => {
    expect(THREAD_PARAM).toBe('thread');
    expect(threadPath('dc-paper', 'a b/c')).toBe('/doc/dc-paper?thread=a%20b%2Fc');
    expect(threadPath('table-issue-areas', 't1')).toBe('/tables/table-issue-areas?thread=t1');
    expect(threadFromSearch('?thread=a%20b%2Fc')).toBe('a b/c');
    expect(threadFromSearch('?x=1')).toBeNull();
    expect(threadFromSearch('?thread=')).toBeNull();
    expect(parseRoute('/inbox')).toEqual({ kind: 'inbox' });
    expect(parseRoute('/inbox/')).toEqual({ kind: 'inbox' });
  });

  it('read well', () => {
    expect(inboxLabel(null)).toBe('Inbox, nothing unread');
    expect(inboxLabel(0)).toBe('Inbox, nothing unread');
    expect(inboxLabel(2)).toBe('Inbox, 2 unread');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
    expect(unreadText(0)).toBe('Everything is read.');
    expect(unreadText(1)).toBe('1 unread');
    expect(itemHeadline({ kind: 'reply', authorName: 'Ada', mentionsYou: false })).toBe(
      'Ada replied to your thread',
    );
    expect(itemHeadline({ kind: 'mention', authorName: 'Ada', mentionsYou: true })).toBe(
      'Ada mentioned you',
    );
    expect(itemHeadline({ kind: 'mention', authorName: 'Ada', mentionsYou: false })).toBe(
      'Ada mentioned your DC',
    );
    expect(itemTime(Date.parse('2026-11-30T09:05:00Z'), 'Europe/Warsaw')).toEqual({
      local: 'Mon 30 Nov 2026, 10:05 (UTC+01:00)',
      utc: 'Mon 30 Nov 2026, 09:05 UTC',
      iso: '2026-11-30T09:05:00.000Z',
    });
  });
});

describe('readDirectory', () => {
  it('reads the server answer and refuses anything else', () => {
    expect(
      readDirectory({
        people: [{ id: 'u1', name: 'Ada', role: 'observer', dcs: ['dcad', 3] }],
        dcs: [{ id: 'dcad', name: 'DC on Accessibility and Disability' }],
      }),
    ).toEqual({
      people: [{ id: 'u1', name: 'Ada', role: 'observer', dcs: ['dcad'], active: true }],
      dcs: [{ id: 'dcad', name: 'DC on Accessibility and Disability' }],
    });
    expect(() => readDirectory({ people: [{}], dcs: [] })).toThrow(/unexpected/);
    expect(() => readDirectory(null)).toThrow(/unexpected/);
  });
});

describe('SqliteReadMarkStore', () => {
  it('keeps marks per person, ignores repeats, and answers for many ids', async () => {
    const store = new SqliteReadMarkStore(':memory:');
    await store.markRead('u1', ['a', 'b', 'a'], 1);
    await store.markRead('u1', ['b', 'c'], 2);
    expect(await store.readIds('u1', ['a', 'b', 'c', 'd'])).toEqual(new Set(['a', 'b', 'c']));
    expect(await store.readIds('u2', ['a'])).toEqual(new Set());
    const many = Array.from({ length: 1200 }, (_, i) => `item-${i}`);
    await store.markRead('u2', many, 3);
    expect((await store.readIds('u2', [...many, 'other'])).size).toBe(1200);
    await store.close();
  });
});
