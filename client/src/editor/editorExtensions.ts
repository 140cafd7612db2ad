/**
 * The browser editor's extensions: the shared schema (shared/editor) plus what only makes
 * sense in a browser: binding to the Y.Doc (with an undo that only reverts my own changes),
 * other people's named carets, the Ctrl/Cmd+K link shortcut, the highlights of commented text,
 * and the caret kept after the first character typed into an empty paragraph.
 */
import type { AnyExtension } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createSchemaExtensions, DOCUMENT_FRAGMENT } from '../../../shared/editor/schemaExtensions';
import { affiliationOf } from '../../../shared/accounts/affiliationOf';
import { presenceColor } from '../../../shared/accounts/presenceColor';
import type { Account } from '../account/account';
import { CaretAfterTyping } from './caretAfterTyping';
import type { CommentEvents } from '../comments/commentEvents';
import { CommentHighlights } from '../comments/commentHighlights';
import { renderCaret, renderSelection } from './renderCaret';

/** What the editor binds to. */
export interface EditorExtensionOptions {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** The signed-in person: their caret shows their name and DC. */
  readonly account: Account;
  /** Opens the link editor (Ctrl/Cmd+K). */
  readonly onLinkShortcut: () => void;
  /** Where the comment highlights report their ranges and clicks. */
  readonly commentEvents: CommentEvents;
}

/** What my awareness `user` field says about me. */
export interface AwarenessUser {
  readonly id: string;
  readonly name: string;
  readonly dc: string;
  readonly color: string;
}

/**
 * The awareness `user` field: what others see of me. The server stamps the same fields from
 * my account whatever a browser claims; publishing them here keeps my own view consistent.
 */
export function awarenessUser(account: Account): AwarenessUser {
  return {
    id: account.id,
    name: account.name,
    dc: affiliationOf(account),
    color: presenceColor(account.id),
  };
}

/** All extensions of the collaborative editor. */
export function createEditorExtensions(options: EditorExtensionOptions): AnyExtension[] {
  const LinkShortcut = Extension.create({
    name: 'linkShortcut',
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => {
          options.onLinkShortcut();
          return true;
        },
      };
    },
  });
  return [
    ...createSchemaExtensions(),
    Collaboration.configure({ document: options.doc, field: DOCUMENT_FRAGMENT }),
    CollaborationCaret.configure({
      provider: { awareness: options.awareness },
      user: awarenessUser(options.account),
      render: renderCaret,
      selectionRender: renderSelection,
    }),
    LinkShortcut,
    CaretAfterTyping,
    CommentHighlights.configure({
      doc: options.doc,
      fragment: options.doc.getXmlFragment(DOCUMENT_FRAGMENT),
      onRanges: options.commentEvents.setRanges,
      onThreadClick: options.commentEvents.threadClicked,
    }),
  ];
}
