// The comments interface's pure pieces: composer content ↔ comment body with mention tokens,
// @-mention candidates from the directory, document order of threads, what the viewer may do,
// and when the highlight bridge tells the sidebar that threads moved.
import { describe, expect, it } from 'vitest';
import type { ThreadView } from '../../shared/comments/readThreads';
import { bodyOfContent, contentOfBody } from '../../client/src/comments/composerBody';
import {
  canChangeComment,
  canChangeStatus,
  canComment,
  canDecideProposal,
  type CommentViewer,
} from '../../client/src/comments/commentAbilities';
import { CommentEvents } from '../../client/src/comments/commentEvents';
import { mentionCandidates } from '../../client/src/comments/mentionCandidates';
import { cellPlace, orderThreads, textPlace } from '../../client/src/comments/threadOrder';
import type { Directory } from '../../client/src/comments/directoryApi';

const directory: Directory = {
  people: [
    { id: 'u-judith', name: 'Judith Hellerstein', role: 'dcMember', dcs: ['dcad'], active: true },
    { id: 'u-wout', name: 'Wout de Natris', role: 'dcMember', dcs: ['is3c'], active: true },
    { id: 'u-gone', name: 'Jules Gone', role: 'observer', dcs: [], active: false },
  ],
  dcs: [
    { id: 'dcad', name: 'DC on Accessibility and Disability' },
    { id: 'is3c', name: 'DC on Internet Standards, Security and Safety' },
  ],
};

const thread = (id: string, extra: Partial<ThreadView> = {}): ThreadView => ({
  id,
  authorId: 'u-judith',
  createdAt: 1,
  anchor: { kind: 'cell', rowId: 'r1', columnId: 'c1' },
  quote: '',
  kind: 'comment',
  status: 'open',
  statusBy: null,
  statusAt: null,
  proposalStatus: null,
  proposalBy: null,
  proposalAt: null,
  comments: [],
  ...extra,
});

describe('composer body', () => {
  it('turns paragraphs and mention nodes into lines with tokens, and back', () => {
    const body = bodyOfContent({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Thanks ' },
            { type: 'mention', attrs: { id: 'person:u-wout', label: 'Wout de Natris' } },
            { type: 'text', text: ' and ' },
            {
              type: 'mention',
              attrs: { id: 'dc:dcad', label: 'DC on Accessibility and Disability' },
            },
          ],
        },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second line' }] },
      ],
    });
    expect(body).toBe(
      'Thanks @[Wout de Natris](person:u-wout) and @[DC on Accessibility and Disability](dc:dcad)\n\nSecond line',
    );
    expect(bodyOfContent(contentOfBody(body))).toBe(body);
  });

  it('drops mention nodes without a known kind and trims the body', () => {
    expect(
      bodyOfContent({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '  hi ' },
              { type: 'mention', attrs: { id: 'somebody', label: 'X' } },
            ],
          },
        ],
      }),
    ).toBe('hi');
  });
});

describe('mention candidates', () => {
  it('offers active people and DCs matching the query, word starts first', () => {
    const names = mentionCandidates(directory, 'w').map((c) => `${c.kind}:${c.id}`);
    expect(names[0]).toBe('person:u-wout');
    expect(names).not.toContain('person:u-gone');
    expect(mentionCandidates(directory, 'access').map((c) => c.id)).toEqual(['dcad']);
    expect(mentionCandidates(directory, 'is3c').map((c) => c.id)).toEqual(['is3c']);
    expect(mentionCandidates(null, '')).toEqual([]);
  });
});

describe('thread order', () => {
  it('orders text threads by position, deleted text last, ties by creation', () => {
    const ranges = new Map([
      ['a', { from: 40, to: 50 }],
      ['b', null],
      ['c', { from: 5, to: 9 }],
    ]);
    const threads = [thread('a'), thread('b'), thread('c'), thread('d', { createdAt: 0 })];
    expect(orderThreads(threads, textPlace(ranges)).map((t) => t.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('orders cell threads by row, then column; removed cells last', () => {
    const at = (rowId: string, columnId: string) => ({ kind: 'cell' as const, rowId, columnId });
    const threads = [
      thread('x', { anchor: at('r2', 'c1') }),
      thread('y', { anchor: at('r1', 'c2') }),
      thread('z', { anchor: at('gone', 'c1') }),
      thread('w', { anchor: at('r1', 'c1') }),
    ];
    expect(orderThreads(threads, cellPlace(['r1', 'r2'], ['c1', 'c2'])).map((t) => t.id)).toEqual([
      'w',
      'y',
      'x',
      'z',
    ]);
  });
});

describe('comment abilities', () => {
  const viewer = (role: CommentViewer['role'], access: CommentViewer['access']): CommentViewer => ({
    userId: 'me',
    role,
    dcs: [],
    access,
  });
  it('mirror the thread rules', () => {
    const mine = thread('t', { authorId: 'me', kind: 'proposal' });
    const theirs = thread('u', { authorId: 'them', kind: 'proposal' });
    expect(canComment(viewer('observer', 'commenter'))).toBe(true);
    expect(canComment(viewer('dcMember', 'viewer'))).toBe(false);
    expect(canComment(viewer('dcMember', null))).toBe(false);
    expect(canChangeStatus(viewer('dcMember', 'editor'), mine)).toBe(true);
    expect(canChangeStatus(viewer('dcMember', 'editor'), theirs)).toBe(false);
    expect(canChangeStatus(viewer('facilitator', 'editor'), theirs)).toBe(true);
    expect(canDecideProposal(viewer('secretariat', 'editor'), theirs)).toBe(true);
    expect(canDecideProposal(viewer('dcMember', 'editor'), mine)).toBe(false);
    expect(canDecideProposal(viewer('facilitator', 'editor'), thread('v'))).toBe(false);
    const comment = {
      id: 'c',
      authorId: 'me',
      body: 'x',
      createdAt: 1,
      editedAt: null,
      deletedAt: null,
    };
    expect(canChangeComment(viewer('observer', 'commenter'), comment)).toBe(true);
    expect(
      canChangeComment(viewer('observer', 'commenter'), { ...comment, authorId: 'them' }),
    ).toBe(false);
    expect(canChangeComment(viewer('observer', 'commenter'), { ...comment, deletedAt: 2 })).toBe(
      false,
    );
  });
});

describe('comment highlight events', () => {
  it('tell the sidebar only when the order or deleted text changes', () => {
    const events = new CommentEvents();
    let told = 0;
    events.subscribe(() => (told += 1));
    events.setRanges(
      new Map([
        ['a', { from: 1, to: 5 }],
        ['b', { from: 10, to: 12 }],
      ]),
    );
    expect(told).toBe(1);
    // Typing before both moves them, same order: not told, but the latest range is known.
    events.setRanges(
      new Map([
        ['a', { from: 2, to: 6 }],
        ['b', { from: 11, to: 13 }],
      ]),
    );
    expect(told).toBe(1);
    expect(events.rangeOf('a')).toEqual({ from: 2, to: 6 });
    events.setRanges(
      new Map([
        ['a', { from: 2, to: 6 }],
        ['b', null],
      ]),
    );
    expect(told).toBe(2);
    expect(events.getRanges().get('b')).toBeNull();
  });
});
