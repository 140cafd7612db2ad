/**
 * The browser editor's extensions: the shared schema (shared/editor) plus what only makes
 * sense in a browser: binding to the Y.Doc (with an undo that only reverts my own changes),
 * other people's named carets, and the Ctrl/Cmd+K link shortcut.
 */
import type { AnyExtension } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createSchemaExtensions, DOCUMENT_FRAGMENT } from '../../../shared/editor/schemaExtensions';
import type { Identity } from '../identity/identity';
import { renderCaret, renderSelection } from './renderCaret';

/** What the editor binds to. */
export interface EditorExtensionOptions {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly identity: Identity;
  /** Opens the link editor (Ctrl/Cmd+K). */
  readonly onLinkShortcut: () => void;
}

/** The awareness `user` field: what others see of me (the server lists it as `present`). */
export function awarenessUser(identity: Identity): { name: string; dc: string; color: string } {
  return { name: identity.name, dc: identity.dc, color: identity.color };
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
      user: awarenessUser(options.identity),
      render: renderCaret,
      selectionRender: renderSelection,
    }),
    LinkShortcut,
  ];
}
