/**
 * Derived editor state (which toolbar buttons are on, which can run) computed at most every
 * few hundredths of a second instead of on every transaction. Asking Tiptap "can this command
 * run?" for two dozen buttons costs more than the keystroke itself, so while someone types (or
 * twenty people do) the toolbar follows a beat behind rather than slowing every key down.
 */
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useRef, useState } from 'react';

/**
 * `selector(editor)`, recomputed at most once per `intervalMs` after a transaction that changed
 * the document, the selection or the stored marks (not after others' caret moves), and when
 * `refreshKey` changes (e.g. the editor became editable, which is no transaction); `initial`
 * until the first computation, just after mount.
 */
export function useThrottledEditorState<T>(
  editor: Editor,
  selector: (editor: Editor) => T,
  initial: T,
  intervalMs = 100,
  refreshKey: unknown = null,
): T {
  const selectorRef = useRef(selector);
  // The first real value is computed right after mount, not during the editor's first render,
  // which on a long document is the busiest moment of opening it.
  const [state, setState] = useState<T>(initial);
  const lastKey = useRef(JSON.stringify(initial));

  useEffect(() => {
    selectorRef.current = selector;
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const recompute = () => {
      timer = null;
      if (editor.isDestroyed) return;
      const next = selectorRef.current(editor);
      const key = JSON.stringify(next);
      if (key === lastKey.current) return;
      lastKey.current = key;
      setState(next);
    };
    const schedule = () => {
      if (timer === null) timer = setTimeout(recompute, intervalMs);
    };
    const handleTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (transaction.docChanged || transaction.selectionSet || transaction.storedMarksSet) {
        schedule();
      }
    };
    schedule();
    editor.on('transaction', handleTransaction);
    editor.on('focus', schedule);
    return () => {
      editor.off('transaction', handleTransaction);
      editor.off('focus', schedule);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, intervalMs, refreshKey]);

  return state;
}
