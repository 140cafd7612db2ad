/**
 * Highlights of commented text in the editor. Each text thread's anchor (Yjs relative
 * positions) is resolved to a ProseMirror range through the y-tiptap binding's mapping,
 * again when the threads or another person's text change, and at most every TEXT_RESOLVE_MS
 * while I type (the highlights move with my edits meanwhile); open threads are highlighted, the
 * active one more strongly (even when resolved), as is the text of a thread being started.
 * Clicking highlighted text tells which thread it belongs to. The ranges found
 * are reported, so the sidebar can order threads as the text does and mark deleted text.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { readThreads } from '../../../shared/comments/readThreads';
import { resolveTextAnchor } from '../../../shared/comments/textAnchors';
import { isTextAnchor, THREADS_ROOT, type TextAnchor } from '../../../shared/comments/threadSchema';
import type { ResolvedRange } from './threadOrder';

/** Options of the CommentHighlights extension. */
export interface CommentHighlightOptions {
  readonly doc: Y.Doc;
  readonly fragment: Y.XmlFragment;
  /** Called with every text thread's range (null: deleted text) whenever one changes. */
  readonly onRanges: (ranges: ReadonlyMap<string, ResolvedRange>) => void;
  /** Called when highlighted text is clicked, with the innermost thread there. */
  readonly onThreadClick: (threadId: string) => void;
}

interface Highlight {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly open: boolean;
}

interface HighlightState {
  readonly highlights: readonly Highlight[];
  readonly activeId: string | null;
  /** The anchor of a thread being started (shown until it is posted or dropped). */
  readonly draft: TextAnchor | null;
  readonly decorations: DecorationSet;
  /** The last transaction came from another person (the binding replaced the whole text). */
  readonly remote: boolean;
}

type HighlightMeta =
  | { readonly highlights: readonly Highlight[] }
  | { readonly activeId: string | null }
  | { readonly draft: TextAnchor | null };

/** How often typing re-resolves the anchors, in ms (threads changing re-resolve at once). */
const TEXT_RESOLVE_MS = 150;

/** The id under which the draft's range is kept among the highlights. */
const DRAFT_ID = '';

/** The plugin's key (its state holds the highlights and the active thread). */
export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function decorate(
  state: EditorState,
  highlights: readonly Highlight[],
  activeId: string | null,
): DecorationSet {
  const size = state.doc.content.size;
  const decorations = highlights
    .filter((highlight) => highlight.open || highlight.id === activeId || highlight.id === DRAFT_ID)
    .filter((highlight) => highlight.from < highlight.to && highlight.to <= size)
    .map((highlight) =>
      Decoration.inline(
        highlight.from,
        highlight.to,
        {
          class: `comment-highlight${
            highlight.id === activeId || highlight.id === DRAFT_ID
              ? ' comment-highlight--active'
              : ''
          }`,
          'data-thread-id': highlight.id,
        },
        { threadId: highlight.id },
      ),
    );
  return DecorationSet.create(state.doc, decorations);
}

/** Makes `threadId` the active thread (null: none) in `view`. */
export function setActiveHighlight(view: EditorView, threadId: string | null): void {
  if (commentHighlightsKey.getState(view.state)?.activeId === threadId) return;
  view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { activeId: threadId }));
}

/** Shows the range of a thread being started (null: none) in `view`. */
export function setDraftHighlight(view: EditorView, draft: TextAnchor | null): void {
  if (commentHighlightsKey.getState(view.state)?.draft === draft) return;
  view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { draft }));
}

/** The extension. */
export const CommentHighlights = Extension.create<CommentHighlightOptions>({
  name: 'commentHighlights',

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => ({
            highlights: [],
            activeId: null,
            draft: null,
            decorations: DecorationSet.create(state.doc, []),
            remote: false,
          }),
          apply: (tr, value, _old, state) => {
            const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
            if (meta && 'highlights' in meta) {
              return {
                ...value,
                highlights: meta.highlights,
                decorations: decorate(state, meta.highlights, value.activeId),
              };
            }
            if (meta && 'draft' in meta) return { ...value, draft: meta.draft };
            if (meta && 'activeId' in meta) {
              return {
                ...value,
                activeId: meta.activeId,
                decorations: decorate(state, value.highlights, meta.activeId),
              };
            }
            // Until the anchors are resolved again, the highlights move with the edit (text
            // typed at their edges stays out, as with the anchors); usually that is exactly
            // where the anchors resolve, and nothing more needs to be dispatched.
            if (!tr.docChanged) return value;
            const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
            return {
              ...value,
              remote: sync?.isChangeOrigin === true,
              highlights: value.highlights.map((highlight) => ({
                ...highlight,
                from: tr.mapping.map(highlight.from, 1),
                to: tr.mapping.map(highlight.to, -1),
              })),
              decorations: value.decorations.map(tr.mapping, tr.doc),
            };
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const highlights = commentHighlightsKey.getState(view.state)?.highlights ?? [];
            const here = highlights
              .filter((h) => h.id !== DRAFT_ID && h.from <= pos && pos <= h.to && h.from < h.to)
              .filter((h) => h.open || h.id === commentHighlightsKey.getState(view.state)?.activeId)
              .sort((a, b) => a.to - a.from - (b.to - b.from));
            if (here[0]) options.onThreadClick(here[0].id);
            return false;
          },
        },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | null = null;
          const compute = () => {
            timer = null;
            dueAt = Infinity;
            if (view.isDestroyed) return;
            const binding = ySyncPluginKey.getState(view.state)?.binding as
              { mapping: Parameters<typeof resolveTextAnchor>[3] } | undefined;
            if (!binding) return;
            const highlights: Highlight[] = [];
            const ranges = new Map<string, ResolvedRange>();
            for (const thread of readThreads(options.doc)) {
              if (!isTextAnchor(thread.anchor)) continue;
              const range = resolveTextAnchor(
                options.doc,
                options.fragment,
                thread.anchor,
                binding.mapping,
              );
              ranges.set(thread.id, range);
              if (range)
                highlights.push({ id: thread.id, ...range, open: thread.status === 'open' });
            }
            const draft = commentHighlightsKey.getState(view.state)?.draft;
            const draftRange = draft
              ? resolveTextAnchor(options.doc, options.fragment, draft, binding.mapping)
              : null;
            if (draftRange) highlights.push({ id: DRAFT_ID, ...draftRange, open: true });
            options.onRanges(ranges);
            const current = commentHighlightsKey.getState(view.state)?.highlights ?? [];
            if (JSON.stringify(highlights) !== JSON.stringify(current))
              view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { highlights }));
          };
          let dueAt = Infinity;
          const schedule = (delayMs = 0) => {
            const at = Date.now() + delayMs;
            if (timer !== null && dueAt <= at) return;
            if (timer !== null) clearTimeout(timer);
            dueAt = at;
            timer = setTimeout(compute, delayMs);
          };
          const threadsChanged = () => schedule();
          const threads = options.doc.getMap<unknown>(THREADS_ROOT);
          threads.observeDeep(threadsChanged);
          schedule();
          return {
            update: (updated, previous) => {
              // Typing re-resolves the anchors at most every TEXT_RESOLVE_MS: meanwhile the
              // highlights move with each edit (see apply), so resolving on every keystroke
              // would cost a walk per thread for nothing.
              const now = commentHighlightsKey.getState(updated.state);
              // Another person's change replaces the whole text in the binding, which mapping
              // cannot follow: resolve at once.
              if (now?.draft !== commentHighlightsKey.getState(previous)?.draft || now?.remote)
                schedule();
              else if (updated.state.doc !== previous.doc) schedule(TEXT_RESOLVE_MS);
            },
            destroy: () => {
              threads.unobserveDeep(threadsChanged);
              if (timer !== null) clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
