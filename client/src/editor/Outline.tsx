/**
 * The document outline from its headings. Choosing a heading moves the caret there and
 * scrolls it into view; the section the caret is in is marked with aria-current.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { memo } from 'react';
import type { OutlineEntry } from './outline';
import { activeOutlineIndex } from './outline';

/** Props of Outline. */
export interface OutlineProps {
  readonly editor: Editor;
  readonly entries: ReadonlyArray<OutlineEntry>;
  /** False until the headings have been read once. */
  readonly ready: boolean;
  /** Called after a heading is chosen (closes the outline on small screens). */
  readonly onNavigate?: () => void;
}

/** The outline navigation. */
export const Outline = memo(function Outline({ editor, entries, ready, onNavigate }: OutlineProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => activeOutlineIndex(entries, current.state.selection.from),
  });

  const handleSelect = (entry: OutlineEntry) => {
    const size = editor.state.doc.content.size;
    const target = Math.min(entry.pos + 1, size);
    editor.chain().focus().setTextSelection(target).run();
    const dom = editor.view.nodeDOM(entry.pos);
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'smooth' });
    onNavigate?.();
  };

  return (
    <nav className="outline" aria-label="Document outline">
      <h2 className="outline__title">Outline</h2>
      {entries.length === 0 ? (
        <p className="outline__empty">
          {ready ? 'Headings you add appear here.' : 'Reading headings…'}
        </p>
      ) : (
        <ol className="outline__list">
          {entries.map((entry, index) => (
            <li
              key={`${entry.pos}-${index}`}
              className={`outline__item outline__item--h${entry.level}`}
            >
              <button
                type="button"
                className="outline__link"
                aria-current={index === active ? 'location' : undefined}
                onClick={() => handleSelect(entry)}
              >
                {entry.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
});
