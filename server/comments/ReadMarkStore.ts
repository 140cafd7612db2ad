/**
 * Which inbox items each person has marked as read. Inbox items themselves are derived from the
 * documents' threads every time (nothing to keep in step); only the marks are stored, behind
 * this interface so another database can take the SQLite one's place.
 */

/** Durable storage of read marks. */
export interface ReadMarkStore {
  /** Of `itemIds`, those `userId` has marked as read. */
  readIds(userId: string, itemIds: readonly string[]): Promise<Set<string>>;
  /** Marks `itemIds` as read for `userId` at `at` (ids already marked keep their first time). */
  markRead(userId: string, itemIds: readonly string[], at: number): Promise<void>;
  /** Releases the store. */
  close(): Promise<void>;
}
