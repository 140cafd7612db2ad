/**
 * The bridge between the editor's highlight plugin, created once with the editor, and the
 * React state of the comments sidebar: the plugin reports the ranges it resolved and clicks on
 * highlights here. Ranges move on nearly every keystroke, but the sidebar only cares about the
 * order of threads and which ones lost their text, so subscribers are told only when that
 * changes (the editor screen does not re-render as people type); the latest ranges are always
 * there for scrolling to a thread's text.
 */
import type { ResolvedRange } from './threadOrder';

type Ranges = ReadonlyMap<string, ResolvedRange>;

/** What the sidebar sees of `ranges`: thread ids in text order, then the detached ones. */
function shapeOf(ranges: Ranges): string {
  const placed: Array<[string, number, number]> = [];
  const detached: string[] = [];
  for (const [id, range] of ranges) {
    if (range) placed.push([id, range.from, range.to]);
    else detached.push(id);
  }
  placed.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
  return JSON.stringify([placed.map((entry) => entry[0]), detached.sort()]);
}

/** Events of the comment highlights of one editor. */
export class CommentEvents {
  private latest: Ranges = new Map();
  private published: Ranges = new Map();
  private publishedShape = shapeOf(this.published);
  private readonly listeners = new Set<() => void>();
  /** Called when highlighted text is clicked; set by the sidebar's owner. */
  onThreadClick: (threadId: string) => void = () => undefined;

  /** Records the ranges the plugin resolved. */
  readonly setRanges = (ranges: Ranges): void => {
    this.latest = ranges;
    const shape = shapeOf(ranges);
    if (shape === this.publishedShape) return;
    this.published = ranges;
    this.publishedShape = shape;
    for (const listener of [...this.listeners]) listener();
  };

  /** Forwards a click on a highlight. */
  readonly threadClicked = (threadId: string): void => this.onThreadClick(threadId);

  /** Subscribes to changes of order or of deleted text (useSyncExternalStore). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The ranges as of the last change of order (for ordering and "on deleted text"). */
  readonly getRanges = (): Ranges => this.published;

  /** Where thread `threadId`'s text is now; null when deleted, undefined when unknown. */
  readonly rangeOf = (threadId: string): ResolvedRange | undefined => this.latest.get(threadId);
}
