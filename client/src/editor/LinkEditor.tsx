/**
 * Adding, changing and removing a link. Opened from the toolbar or with Ctrl/Cmd+K; what is
 * typed goes through the shared link policy, so only http(s) and e-mail addresses are linked
 * and anything else is refused with an explanation instead of silently kept.
 */
import type { Editor } from '@tiptap/core';
import type { FormEvent, KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { normalizeTypedHref } from '../../../shared/editor/linkPolicy';

/** Props of LinkEditor. */
export interface LinkEditorProps {
  readonly editor: Editor;
  readonly onClose: () => void;
}

/** The link form. */
export function LinkEditor({ editor, onClose }: LinkEditorProps) {
  const existing = editor.getAttributes('link').href as unknown;
  const [value, setValue] = useState(typeof existing === 'string' ? existing : '');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const hasLink = editor.isActive('link');

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const href = normalizeTypedHref(value);
    if (href === null) {
      setError('Only web addresses (http, https) and e-mail addresses can be linked.');
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };

  const handleRemove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <form
      className="link-editor"
      aria-label={hasLink ? 'Edit link' : 'Add link'}
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      noValidate
    >
      <label htmlFor={`${id}-href`} className="link-editor__label">
        Link to
      </label>
      <input
        ref={inputRef}
        id={`${id}-href`}
        type="text"
        inputMode="url"
        autoComplete="url"
        placeholder="https://www.intgovforum.org or name@example.org"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={`${id}-error`}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button button--primary">
        Apply
      </button>
      {hasLink ? (
        <button type="button" className="button" onClick={handleRemove}>
          Remove link
        </button>
      ) : null}
      <button type="button" className="button button--quiet" onClick={close}>
        Cancel
      </button>
      <p id={`${id}-error`} className="form-error" role="alert">
        {error}
      </p>
    </form>
  );
}
