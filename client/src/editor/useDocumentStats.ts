/**
 * The outline and word count of the open document, recomputed once changes pause (and at
 * least every few seconds during a long burst), when the browser is idle, so a 100-page
 * document stays smooth to type in: counting its words takes longer than a keystroke.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { OutlineEntry } from './outline';
import { outlineOf } from './outline';
import { countDocumentWords } from './wordCount';

/** What the outline and the status bar show. */
export interface DocumentStats {
  readonly outline: ReadonlyArray<OutlineEntry>;
  readonly words: number;
  /** False until the first count after opening. */
  readonly ready: boolean;
}

/** Quiet time after a change before recounting, in ms. */
const QUIET_MS = 400;
/** Longest wait during continuous changes, in ms. */
const MAX_WAIT_MS = 3000;

const compute = (editor: Editor): DocumentStats => ({
  outline: outlineOf(editor.state.doc),
  words: countDocumentWords(editor.state.doc),
  ready: true,
});

const EMPTY_STATS: DocumentStats = { outline: [], words: 0, ready: false };

const sameStats = (a: DocumentStats, b: DocumentStats): boolean =>
  a.ready === b.ready &&
  a.words === b.words &&
  JSON.stringify(a.outline) === JSON.stringify(b.outline);

/** Outline and word count of `editor`'s document. */
export function useDocumentStats(editor: Editor): DocumentStats {
  // Counted after mount, when the browser is idle: never during the first render.
  const [stats, setStats] = useState<DocumentStats>(EMPTY_STATS);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let idle: number | null = null;
    let firstChangeAt: number | null = null;
    const recompute = () => {
      idle = null;
      firstChangeAt = null;
      if (editor.isDestroyed) return;
      const next = compute(editor);
      setStats((current) => (sameStats(current, next) ? current : next));
    };
    const runWhenIdle = () => {
      timer = null;
      if (idle !== null) return;
      if (typeof requestIdleCallback === 'function') {
        idle = requestIdleCallback(recompute, { timeout: 1000 });
      } else {
        recompute();
      }
    };
    const handleUpdate = () => {
      const now = Date.now();
      firstChangeAt ??= now;
      if (timer !== null) clearTimeout(timer);
      const wait = Math.max(0, Math.min(QUIET_MS, firstChangeAt + MAX_WAIT_MS - now));
      timer = setTimeout(runWhenIdle, wait);
    };
    // The first count runs as soon as the browser is idle after opening.
    runWhenIdle();
    editor.on('update', handleUpdate);
    return () => {
      editor.off('update', handleUpdate);
      if (timer !== null) clearTimeout(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [editor]);

  return stats;
}
