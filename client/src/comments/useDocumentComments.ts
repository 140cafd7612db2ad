/**
 * The comments of one open document, for the editor screen: its threads in text order, which
 * one is active, whether the sidebar is shown, and starting a thread on the selected text
 * (the toolbar button, or Ctrl+Alt+M anywhere on the page; read-only editors still let people
 * select text). Picking a thread in the sidebar scrolls its text into view and selects it;
 * clicking highlighted text picks its thread. The thread in the address (?thread=) opens first.
 */
import type { Editor } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { ThreadView } from '../../../shared/comments/readThreads';
import {
  createTextAnchor,
  quoteOf,
  type AnchorMapping,
} from '../../../shared/comments/textAnchors';
import type { TextAnchor, ThreadKind } from '../../../shared/comments/threadSchema';
import { canComment, type CommentViewer } from './commentAbilities';
import type { CommentEvents } from './commentEvents';
import { setActiveHighlight, setDraftHighlight } from './commentHighlights';
import {
  isCommentShortcut,
  showThreadInAddress,
  subscribeThreadInAddress,
  threadInAddress,
} from './threadLink';
import { startThread } from './threadActions';
import { orderThreads, textPlace } from './threadOrder';
import { useThreads } from './useThreads';

/** What the editor screen needs to show comments. */
export interface DocumentComments {
  readonly threads: readonly ThreadView[];
  readonly openCount: number;
  readonly isDetached: (thread: ThreadView) => boolean;
  readonly activeId: string | null;
  readonly select: (threadId: string) => void;
  readonly sidebarOpen: boolean;
  readonly setSidebarOpen: (open: boolean) => void;
  readonly draft: { readonly quote: string } | null;
  readonly startComment: () => void;
  readonly createThread: (kind: ThreadKind, body: string) => void;
  readonly cancelDraft: () => void;
  /** Something to tell the person (nothing selected, no right to comment); null when none. */
  readonly notice: string | null;
}

/** The selected range: the DOM selection when it is in the editor (read-only editors do not
 * always follow it), else the editor's own. */
function selectedRange(editor: Editor): { from: number; to: number } {
  const view = editor.view;
  const selection = window.getSelection();
  if (
    selection &&
    !selection.isCollapsed &&
    selection.anchorNode &&
    selection.focusNode &&
    view.dom.contains(selection.anchorNode) &&
    view.dom.contains(selection.focusNode)
  ) {
    try {
      const a = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
      const b = view.posAtDOM(selection.focusNode, selection.focusOffset);
      return { from: Math.min(a, b), to: Math.max(a, b) };
    } catch {
      // Fall back to the editor's selection.
    }
  }
  return { from: editor.state.selection.from, to: editor.state.selection.to };
}

/** Scrolls the text at `from` into the middle of its scrolling pane. */
function scrollToText(editor: Editor, from: number): void {
  try {
    const { node } = editor.view.domAtPos(from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  } catch {
    // The position is outside the document (it changed meanwhile): nothing to show.
  }
}

/** The comments of the document open in `editor`. */
export function useDocumentComments(options: {
  readonly editor: Editor;
  readonly doc: Y.Doc;
  readonly fragment: Y.XmlFragment;
  readonly events: CommentEvents;
  readonly viewer: CommentViewer;
}): DocumentComments {
  const { editor, doc, fragment, events, viewer } = options;
  const threads = useThreads(doc);
  const ranges = useSyncExternalStore(events.subscribe, events.getRanges);
  const [activeId, setActiveId] = useState<string | null>(threadInAddress);
  const [sidebarOpen, setSidebarOpen] = useState(activeId !== null);
  const [draft, setDraft] = useState<{ anchor: TextAnchor; quote: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pendingScroll = useRef<string | null>(activeId);
  const viewerRef = useRef(viewer);
  viewerRef.current = viewer;

  const ordered = useMemo(() => orderThreads(threads, textPlace(ranges)), [threads, ranges]);
  const openCount = threads.filter((thread) => thread.status === 'open').length;
  const isDetached = useCallback((thread: ThreadView) => ranges.get(thread.id) === null, [ranges]);

  const showText = useCallback(
    (threadId: string): boolean => {
      const range = events.rangeOf(threadId);
      if (!range || editor.isDestroyed) return false;
      editor.commands.setTextSelection(range);
      scrollToText(editor, range.from);
      return true;
    },
    [editor, events],
  );

  const select = useCallback(
    (threadId: string) => {
      setActiveId(threadId);
      setNotice(null);
      showText(threadId);
    },
    [showText],
  );

  // A click on highlighted text opens its thread in the sidebar.
  useEffect(() => {
    events.onThreadClick = (threadId) => {
      setActiveId(threadId);
      setSidebarOpen(true);
    };
    return () => {
      events.onThreadClick = () => undefined;
    };
  }, [events]);

  useEffect(() => {
    if (!editor.isDestroyed) setActiveHighlight(editor.view, activeId);
    showThreadInAddress(activeId);
  }, [editor, activeId]);

  useEffect(
    () =>
      subscribeThreadInAddress((threadId) => {
        setActiveId(threadId);
        setSidebarOpen(true);
        if (!showText(threadId)) pendingScroll.current = threadId;
      }),
    [showText],
  );

  // The text of a thread being started stays marked while the person writes.
  const draftAnchor = draft?.anchor ?? null;
  useEffect(() => {
    if (!editor.isDestroyed) setDraftHighlight(editor.view, draftAnchor);
  }, [editor, draftAnchor]);

  // The thread named in the address: shown once its text is found.
  useEffect(() => {
    const wanted = pendingScroll.current;
    if (wanted !== null && ranges.has(wanted)) {
      pendingScroll.current = null;
      showText(wanted);
    }
  }, [ranges, showText]);

  const startComment = useCallback(() => {
    if (!canComment(viewerRef.current)) {
      setNotice(
        viewerRef.current.access === null
          ? 'Checking what you may do here… try again in a moment.'
          : 'You can read this document but not comment on it.',
      );
      return;
    }
    const { from, to } = selectedRange(editor);
    const binding = ySyncPluginKey.getState(editor.state)?.binding as
      { mapping: AnchorMapping } | undefined;
    if (from === to || !binding) {
      setNotice('Select the text you want to comment on first, then press Comment (Ctrl+Alt+M).');
      setSidebarOpen(true);
      return;
    }
    setNotice(null);
    setDraft({
      anchor: createTextAnchor(fragment, binding.mapping, from, to),
      quote: quoteOf(editor.state.doc, from, to),
    });
    setSidebarOpen(true);
  }, [editor, fragment]);

  // Ctrl+Alt+M (Cmd+Option+M) anywhere on the page except in a text field.
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (!isCommentShortcut(event)) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('.composer, input, textarea, select')) return;
      event.preventDefault();
      startComment();
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [startComment]);

  // Back to the text after a thread is started or dropped, as in other editors.
  const backToText = useCallback(() => {
    if (!editor.isDestroyed && editor.isEditable) editor.commands.focus();
  }, [editor]);

  const createThread = useCallback(
    (kind: ThreadKind, body: string) => {
      if (!draft) return;
      const id = startThread(doc, viewerRef.current.userId, { ...draft, kind, body });
      setDraft(null);
      if (id) setActiveId(id);
      backToText();
    },
    [doc, draft, backToText],
  );
  const cancelDraft = useCallback(() => {
    setDraft(null);
    backToText();
  }, [backToText]);

  return {
    threads: ordered,
    openCount,
    isDetached,
    activeId,
    select,
    sidebarOpen,
    setSidebarOpen,
    draft,
    startComment,
    createThread,
    cancelDraft,
    notice,
  };
}
