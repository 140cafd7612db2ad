/**
 * The sidebar's filters over a document's threads: open or resolved, mine, mentioning me or my
 * DC, by DC, by kind. Pure, so the sidebar and any other list filter alike. Which DCs a person
 * represents comes from the directory (it is not stored in the document), hence `authorDcs`.
 */
import { mentionsOf } from './mentions';
import type { ThreadView } from './readThreads';
import type { ThreadKind } from './threadSchema';

/** What to keep; every criterion given must hold. */
export interface ThreadFilter {
  /** Default 'all'. */
  readonly status?: 'open' | 'resolved' | 'all';
  /** Threads the viewer started or commented in. */
  readonly mine?: boolean;
  /** Threads with a live comment mentioning the viewer or one of the viewer's DCs. */
  readonly mentioningMe?: boolean;
  /** Threads started by a member of this DC, or mentioning it. */
  readonly dc?: string;
  readonly kind?: ThreadKind;
}

/** Who is looking. */
export interface ThreadViewer {
  readonly userId: string;
  readonly dcs: readonly string[];
}

/** Whether a live comment of `thread` mentions the viewer or one of the viewer's DCs. */
export function mentionsViewer(thread: ThreadView, viewer: ThreadViewer): boolean {
  return thread.comments.some((comment) => {
    if (comment.deletedAt !== null) return false;
    const { people, dcs } = mentionsOf(comment.body);
    return people.includes(viewer.userId) || dcs.some((dc) => viewer.dcs.includes(dc));
  });
}

function concernsDc(
  thread: ThreadView,
  dc: string,
  authorDcs: (userId: string) => readonly string[],
) {
  if (authorDcs(thread.authorId).includes(dc)) return true;
  return thread.comments.some(
    (comment) => comment.deletedAt === null && mentionsOf(comment.body).dcs.includes(dc),
  );
}

/** The threads that pass `filter`, in the order given. */
export function filterThreads(
  threads: readonly ThreadView[],
  filter: ThreadFilter,
  viewer: ThreadViewer,
  authorDcs: (userId: string) => readonly string[],
): ThreadView[] {
  return threads.filter((thread) => {
    const status = filter.status ?? 'all';
    if (status !== 'all' && thread.status !== status) return false;
    if (filter.kind !== undefined && thread.kind !== filter.kind) return false;
    if (
      filter.mine &&
      thread.authorId !== viewer.userId &&
      !thread.comments.some((c) => c.authorId === viewer.userId && c.deletedAt === null)
    ) {
      return false;
    }
    if (filter.mentioningMe && !mentionsViewer(thread, viewer)) return false;
    if (filter.dc !== undefined && !concernsDc(thread, filter.dc, authorDcs)) return false;
    return true;
  });
}
