/**
 * Where a comment is written: a small Tiptap editor (plain paragraphs, no formatting) with
 * @-mentions of people and Dynamic Coalitions from the directory. Typing "@" opens a list
 * (arrows choose, Enter or Tab picks, Escape closes it); Enter sends, Shift+Enter starts a new
 * line, Ctrl/Cmd+Enter also sends, Escape cancels. The body is stored as text with mention
 * tokens (composerBody.ts), never as the composer's HTML.
 */
import { Extension } from '@tiptap/core';
import { Mention } from '@tiptap/extension-mention';
import { EditorContent, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import { useId, useRef, useState } from 'react';
import { MAX_COMMENT_LENGTH } from '../../../shared/comments/threadSchema';
import { CaretAfterTyping } from '../editor/caretAfterTyping';
import { bodyOfContent, contentOfBody, mentionNodeId } from './composerBody';
import { useDirectory } from './directoryApi';
import { mentionCandidates, type MentionCandidate } from './mentionCandidates';

/** Props of CommentComposer. */
export interface CommentComposerProps {
  /** Accessible name of the text box ("Reply", "Edit your comment"...). */
  readonly label: string;
  readonly placeholder: string;
  readonly submitLabel: string;
  /** The body to start from (editing). */
  readonly initialBody?: string;
  readonly autoFocus?: boolean;
  /** Called with the body (tokens included); the composer empties itself afterwards. */
  readonly onSubmit: (body: string) => void;
  /** Escape or the Cancel button; without it there is no Cancel. */
  readonly onCancel?: () => void;
  readonly testId?: string;
}

interface SuggestionState {
  readonly items: readonly MentionCandidate[];
  readonly index: number;
  readonly command: (props: { id: string; label: string }) => void;
}

/** Longest body accepted, in characters. */
const MAX_BODY = MAX_COMMENT_LENGTH;

/** The comment composer. */
export function CommentComposer(props: CommentComposerProps) {
  const { directory } = useDirectory();
  const directoryRef = useRef(directory);
  directoryRef.current = directory;
  const propsRef = useRef(props);
  propsRef.current = props;
  const [suggestion, setSuggestionState] = useState<SuggestionState | null>(null);
  const suggestionRef = useRef<SuggestionState | null>(null);
  const listId = useId();
  const hintId = useId();
  const setSuggestion = (next: SuggestionState | null) => {
    suggestionRef.current = next;
    setSuggestionState(next);
  };
  const submitRef = useRef<() => boolean>(() => false);
  const [tooLong, setTooLong] = useState(false);

  const fromProps = (
    suggestionProps: SuggestionProps<MentionCandidate, { id: string; label: string }>,
  ) => {
    setSuggestion(
      suggestionProps.items.length > 0
        ? { items: suggestionProps.items, index: 0, command: suggestionProps.command }
        : null,
    );
  };
  const pick = (candidate: MentionCandidate) => {
    suggestionRef.current?.command({ id: mentionNodeId(candidate), label: candidate.label });
    setSuggestion(null);
  };
  const handleSuggestionKey = ({ event }: SuggestionKeyDownProps): boolean => {
    const current = suggestionRef.current;
    if (!current) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSuggestion({
        ...current,
        index: (current.index + step + current.items.length) % current.items.length,
      });
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const chosen = current.items[current.index];
      if (chosen) pick(chosen);
      return true;
    }
    if (event.key === 'Escape') {
      setSuggestion(null);
      return true;
    }
    return false;
  };

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          blockquote: false,
          bold: false,
          bulletList: false,
          code: false,
          codeBlock: false,
          heading: false,
          horizontalRule: false,
          italic: false,
          link: false,
          listItem: false,
          listKeymap: false,
          orderedList: false,
          strike: false,
          underline: false,
          dropcursor: false,
          gapcursor: false,
          trailingNode: false,
        }),
        Placeholder.configure({ placeholder: () => propsRef.current.placeholder }),
        CaretAfterTyping,
        Mention.configure({
          HTMLAttributes: { class: 'mention' },
          suggestion: {
            char: '@',
            allowSpaces: true,
            items: ({ query }) => mentionCandidates(directoryRef.current, query),
            render: () => ({
              onStart: fromProps,
              onUpdate: fromProps,
              onExit: () => setSuggestion(null),
              onKeyDown: handleSuggestionKey,
            }),
          },
        }),
        Extension.create({
          name: 'composerKeys',
          // Before the default Enter (new paragraph); a mention list still gets its keys first.
          priority: 1000,
          addKeyboardShortcuts() {
            return {
              Enter: () => (suggestionRef.current ? false : submitRef.current()),
              'Mod-Enter': () => submitRef.current(),
              Escape: () => {
                if (suggestionRef.current) return false;
                const cancel = propsRef.current.onCancel;
                if (!cancel) return false;
                cancel();
                return true;
              },
            };
          },
        }),
      ],
      content: props.initialBody ? contentOfBody(props.initialBody) : '',
      autofocus: props.autoFocus ? 'end' : false,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          class: 'composer__input',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': props.label,
          'aria-describedby': hintId,
          ...(props.testId ? { 'data-testid': props.testId } : {}),
        },
      },
    },
    [],
  );

  const submit = (): boolean => {
    const body = bodyOfContent(editor.getJSON());
    setTooLong(body.length > MAX_BODY);
    if (body === '' || body.length > MAX_BODY) return true;
    propsRef.current.onSubmit(body);
    editor.commands.clearContent(true);
    return true;
  };
  submitRef.current = submit;

  return (
    <div className="composer">
      <EditorContent editor={editor} className="composer__box" />
      {suggestion ? (
        <ul
          id={listId}
          className="composer__mentions"
          role="listbox"
          aria-label="People and Dynamic Coalitions to mention"
          data-testid="mention-list"
        >
          {suggestion.items.map((item, index) => (
            <li
              key={`${item.kind}:${item.id}`}
              role="option"
              aria-selected={index === suggestion.index}
              className="composer__mention"
              data-testid="mention-option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(item)}
            >
              <span className="composer__mention-name">{item.label}</span>
              {item.detail ? <span className="composer__mention-detail">{item.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="composer__footer">
        <span id={hintId} className="composer__hint">
          {suggestion
            ? `${suggestion.items.length} to choose from: arrows, then Enter`
            : 'Enter to send, Shift+Enter for a new line, @ to mention'}
        </span>
        {tooLong ? (
          <span className="field__error" role="alert">
            A comment can have at most {MAX_BODY.toLocaleString()} characters.
          </span>
        ) : null}
        <span className="composer__actions">
          {props.onCancel ? (
            <button type="button" className="button button--small" onClick={props.onCancel}>
              Cancel
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => submit()}
          >
            {props.submitLabel}
          </button>
        </span>
      </div>
    </div>
  );
}
