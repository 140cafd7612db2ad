/**
 * Shown while the caret is on a link: where it goes (opens in a new tab), and buttons to
 * change or remove it. Clicking a link in the text only moves the caret, as in a word
 * processor; following it is this bar's job. The address shown is the sanitized one.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { sanitizeHref } from '../../../shared/editor/linkPolicy';

/** Props of LinkBar. */
export interface LinkBarProps {
  readonly editor: Editor;
  readonly onEdit: () => void;
  /** The person may not change the text: the link is shown without Change and Remove. */
  readonly readOnly?: boolean;
}

/** The bar for the link under the caret. */
export function LinkBar({ editor, onEdit, readOnly = false }: LinkBarProps) {
  const link = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current.isActive('link') ? { href: sanitizeHref(current.getAttributes('link').href) } : null,
  });
  if (link === null) return null;
  return (
    <div className="link-bar" role="region" aria-label="Link under the cursor">
      {link.href ? (
        <a
          className="link-bar__href"
          href={link.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
        >
          {link.href}
        </a>
      ) : (
        <span className="link-bar__href link-bar__href--blocked">
          This link’s address was removed because it is not a web or e-mail address.
        </span>
      )}
      {readOnly ? null : (
        <>
          <button type="button" className="button button--small" onClick={onEdit}>
            Change
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => editor.chain().focus().extendMarkRange('link').unsetLink().run()}
          >
            Remove
          </button>
        </>
      )}
    </div>
  );
}
