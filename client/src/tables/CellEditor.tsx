/**
 * Editing one cell in place: a small Tiptap editor bound to the cell's own Y.XmlFragment with
 * the Collaboration extension, in the editor's schema (shared/editor), with other people's
 * named carets, so two people typing in the same cell merge character by character and see
 * each other. Escape leaves the cell, Tab and Shift+Tab move on as in a spreadsheet (Enter is
 * a new paragraph: cells hold short rich text), Ctrl/Cmd+K edits a link with the same link
 * rules as the editor. Only the cell being edited mounts an editor; the others are plain text.
 */
import { Extension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createSchemaExtensions } from '../../../shared/editor/schemaExtensions';
import type { Account } from '../account/account';
import { CaretAfterTyping } from '../editor/caretAfterTyping';
import { awarenessUser } from '../editor/editorExtensions';
import { LinkBar } from '../editor/LinkBar';
import { LinkEditor } from '../editor/LinkEditor';
import { renderCaret, renderSelection } from '../editor/renderCaret';

/** Props of CellEditor. */
export interface CellEditorProps {
  readonly fragment: Y.XmlFragment;
  readonly awareness: Awareness;
  readonly account: Account;
  /** Accessible name: row and column. */
  readonly label: string;
  /** Text to write at the end first (the key typed on the cell that opened the editor). */
  readonly firstText?: string;
  /** Escape: back to moving between cells. */
  readonly onLeave: () => void;
  /** Tab / Shift+Tab: leave and move to the next or previous cell. */
  readonly onMove: (direction: 'next' | 'previous') => void;
}

/** The in-place editor of one cell. */
export function CellEditor({
  fragment,
  awareness,
  account,
  label,
  firstText,
  onLeave,
  onMove,
}: CellEditorProps) {
  const [linkEditorOpen, setLinkEditorOpen] = useState(false);
  const handlers = useRef({ onLeave, onMove, openLink: () => setLinkEditorOpen(true) });
  handlers.current = { onLeave, onMove, openLink: () => setLinkEditorOpen(true) };
  const firstAccount = useRef(account);
  const firstTextRef = useRef(firstText);

  const editor = useEditor(
    {
      extensions: [
        ...createSchemaExtensions(),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({
          provider: { awareness },
          user: awarenessUser(firstAccount.current),
          render: renderCaret,
          selectionRender: renderSelection,
        }),
        CaretAfterTyping,
        Extension.create({
          name: 'cellKeys',
          // Before the list items' own Tab (indent): in a grid, Tab moves to the next cell.
          priority: 1000,
          addKeyboardShortcuts() {
            return {
              Escape: () => {
                handlers.current.onLeave();
                return true;
              },
              Tab: () => {
                handlers.current.onMove('next');
                return true;
              },
              'Shift-Tab': () => {
                handlers.current.onMove('previous');
                return true;
              },
              'Mod-k': () => {
                handlers.current.openLink();
                return true;
              },
            };
          },
        }),
      ],
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          class: 'cell-editor',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          spellcheck: 'true',
        },
      },
    },
    [fragment],
  );

  // Focus at once (Tiptap's autofocus waits a frame): keys typed right after Enter belong to the
  // cell's text, not to the grid.
  useLayoutEffect(() => {
    if (editor.isDestroyed) return;
    editor.commands.focus('end', { scrollIntoView: false });
    editor.view.focus();
    if (firstTextRef.current) {
      editor.commands.insertContent({ type: 'text', text: firstTextRef.current });
    }
    firstTextRef.current = undefined;
  }, [editor]);

  const closeLinkEditor = useCallback(() => setLinkEditorOpen(false), []);
  const openLinkEditor = useCallback(() => setLinkEditorOpen(true), []);

  return (
    <div className="cell-editor-wrap" data-testid="cell-editor">
      <EditorContent editor={editor} />
      <div className="cell-editor__tools">
        <button
          type="button"
          className="button button--small button--quiet"
          onMouseDown={(event) => event.preventDefault()}
          onClick={openLinkEditor}
          title="Link (Ctrl+K)"
        >
          Link
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor.chain().focus().toggleBulletList().run()}
        >
          List
        </button>
        <button type="button" className="button button--small" onClick={onLeave}>
          Done
        </button>
      </div>
      {linkEditorOpen ? <LinkEditor editor={editor} onClose={closeLinkEditor} /> : null}
      <LinkBar editor={editor} onEdit={openLinkEditor} />
    </div>
  );
}
