/**
 * The document layouts the write rules rely on (SPEC W5, W6) and the defaults of each role:
 * comment threads beside the text, mapping-table rows owned by a DC, and what each role may do
 * unless the Secretariat says otherwise.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RICH_TEXT_ROOT } from '../../shared/access/documentRules';
import {
  Roles,
  defaultAccessContext,
  defaultDocumentAccess,
  roleDefaults,
} from '../../shared/access/roles';
import {
  addComment,
  createThread,
  deleteComment,
  editComment,
  setProposalStatus,
  setThreadStatus,
  threadsOf,
} from '../../shared/comments/threadSchema';
import { readThreads } from '../../shared/comments/readThreads';
import { DOCUMENT_FRAGMENT } from '../../shared/editor/schemaExtensions';
import { addColumn, addRow, setRowStatus } from '../../shared/tables/tableOperations';
import { cellText, columnsOf, rowDc, rowsOf } from '../../shared/tables/tableSchema';
import { captureUpdate } from './accessHelpers';

describe('comment threads (W5)', () => {
  it('keeps threads beside the text, in the root the rules protect', () => {
    expect(RICH_TEXT_ROOT).toBe(DOCUMENT_FRAGMENT);
  });

  it('creates, answers, edits, resolves and reads threads, each change one update', () => {
    const doc = new Y.Doc();
    const anchor = { kind: 'cell', rowId: 'r1', columnId: 'c1' } as const;
    const started = { id: 't1', authorId: 'ann', createdAt: 1, anchor, quote: 'Text' };
    const updates = [
      captureUpdate(doc, () =>
        createThread(doc, { ...started, kind: 'proposal', comment: { id: 'c1', body: 'Hi' } }),
      ),
      captureUpdate(doc, () =>
        addComment(doc, 't1', { id: 'c2', authorId: 'bo', body: 'Yes', createdAt: 2 }),
      ),
      captureUpdate(doc, () => editComment(doc, 't1', 'c1', { body: 'Hello', editedAt: 3 })),
      captureUpdate(doc, () => setThreadStatus(doc, 't1', { status: 'resolved', by: 'bo', at: 4 })),
      captureUpdate(doc, () =>
        setProposalStatus(doc, 't1', { proposalStatus: 'accepted', by: 'fa', at: 5 }),
      ),
      captureUpdate(doc, () => deleteComment(doc, 't1', 'c2', { deletedAt: 6 })),
    ];
    expect(updates.every((update) => Y.decodeUpdate(update).structs.length > 0)).toBe(true);
    expect(readThreads(doc)).toEqual([
      {
        ...started,
        kind: 'proposal',
        status: 'resolved',
        statusBy: 'bo',
        statusAt: 4,
        proposalStatus: 'accepted',
        proposalBy: 'fa',
        proposalAt: 5,
        comments: [
          {
            id: 'c1',
            authorId: 'ann',
            body: 'Hello',
            createdAt: 1,
            editedAt: 3,
            deletedAt: null,
          },
          { id: 'c2', authorId: 'bo', body: '', createdAt: 2, editedAt: null, deletedAt: 6 },
        ],
      },
    ]);
    // A deleted comment keeps its place and cannot be edited or deleted again.
    expect(editComment(doc, 't1', 'c2', { body: 'Back', editedAt: 7 })).toBe(false);
    expect(deleteComment(doc, 't1', 'c2', { deletedAt: 7 })).toBe(false);
  });

  it('refuses taken ids and unknown threads or comments; skips non-thread entries', () => {
    const doc = new Y.Doc();
    const thread = {
      id: 't1',
      authorId: 'ann',
      createdAt: 1,
      anchor: { kind: 'cell', rowId: 'r1', columnId: 'c1' },
      quote: '',
      kind: 'comment',
      comment: { id: 'c1', body: 'x' },
    } as const;
    expect(createThread(doc, thread)).toBe(true);
    expect(createThread(doc, thread)).toBe(false);
    threadsOf(doc).set('junk', 'not a thread');
    expect(addComment(doc, 'junk', { id: 'c2', authorId: 'ann', body: 'x', createdAt: 1 })).toBe(
      false,
    );
    expect(addComment(doc, 'nope', { id: 'c2', authorId: 'ann', body: 'x', createdAt: 1 })).toBe(
      false,
    );
    expect(editComment(doc, 't1', 'nope', { body: 'x', editedAt: 1 })).toBe(false);
    expect(deleteComment(doc, 't1', 'nope', { deletedAt: 1 })).toBe(false);
    expect(setThreadStatus(doc, 'junk', { status: 'resolved', by: 'ann', at: 1 })).toBe(false);
    expect(setProposalStatus(doc, 't1', { proposalStatus: 'accepted', by: 'f', at: 1 })).toBe(
      false,
    );
    expect(readThreads(doc).map((t) => t.id)).toEqual(['t1']);
  });
});

describe('mapping tables (W6)', () => {
  it('adds rows owned by a DC, with cells made once and reused', () => {
    const doc = new Y.Doc();
    addColumn(doc, { id: 'c1', title: 'Activities' });
    expect(addRow(doc, { id: 'r1', dc: 'dc-a' })).toBe(true);
    expect(addRow(doc, { id: 'r1', dc: 'dc-b' })).toBe(false);
    expect(rowDc(doc, 'r1')).toBe('dc-a');
    expect(rowDc(doc, 'r2')).toBeUndefined();
    const cell = cellText(doc, 'r1', 'c1');
    expect(cell).toBeInstanceOf(Y.XmlFragment);
    expect(cellText(doc, 'r1', 'c1')).toBe(cell);
    expect(cellText(doc, 'r2', 'c1')).toBeNull();
    const change = {
      status: 'submitted',
      userId: 'u1',
      userName: 'Ann',
      at: '2026-09-01T10:00:00.000Z',
    } as const;
    expect(setRowStatus(doc, 'r1', change)).toBe(true);
    expect(setRowStatus(doc, 'r2', change)).toBe(false);
    expect(rowsOf(doc).get('r1')!.toJSON()).toMatchObject({
      status: 'submitted',
      statusBy: 'u1',
      statusByName: 'Ann',
      statusAt: '2026-09-01T10:00:00.000Z',
    });
    expect(columnsOf(doc).toJSON()).toEqual({ c1: { title: 'Activities', order: 'a0' } });
  });
});

describe('role defaults (W1, W6)', () => {
  it('gives each role its access, administration and table scope', () => {
    expect(roleDefaults).toEqual({
      secretariat: { access: 'editor', administers: true, tables: 'everything' },
      facilitator: { access: 'editor', administers: false, tables: 'nothing' },
      dcMember: { access: 'editor', administers: false, tables: 'ownRows' },
      observer: { access: 'commenter', administers: false, tables: 'nothing' },
    });
    expect(defaultDocumentAccess(Roles.observer)).toBe('commenter');
    expect(defaultAccessContext('u', Roles.dcMember, ['dc-a'])).toEqual({
      userId: 'u',
      role: 'dcMember',
      dcs: ['dc-a'],
      access: 'editor',
    });
  });
});
