/**
 * The live channel (GET /api/live) tells browsers only *what kind* of thing changed, never the
 * change itself: each browser re-fetches what it shows, through the API that applies its
 * permissions. So a DC's draft can never reach another DC through the channel.
 */

/** The topics the live channel announces. */
export const LiveTopics = {
  /** Calls, or answers to them. */
  calls: 'calls',
  /** The published calendar. */
  calendar: 'calendar',
  /** Action items. */
  actions: 'actions',
  /** Comment threads in any document (inboxes and unread counts). */
  comments: 'comments',
} as const;

/** A topic. */
export type LiveTopic = (typeof LiveTopics)[keyof typeof LiveTopics];

/** Whether `value` is a known topic. */
export function isLiveTopic(value: string): value is LiveTopic {
  return (Object.values(LiveTopics) as string[]).includes(value);
}
