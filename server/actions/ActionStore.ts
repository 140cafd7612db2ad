/**
 * The interface of action item storage, and a marker for one-time seeding; the SQLite
 * implementation shares its database with the calls (server/planning/SqlitePlanningStore.ts).
 */
import type { ActionItem } from '../../shared/actions/actionTypes';

/** Durable storage of action items. */
export interface ActionStore {
  listActions(): Promise<ActionItem[]>;
  getAction(id: string): Promise<ActionItem | null>;
  /** Inserts or replaces the item with this id. */
  saveAction(item: ActionItem): Promise<void>;
  /** Removes the item; false when there was none. */
  deleteAction(id: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Storage that remembers one-time events (such as seeding). */
export interface MarkerStore {
  /** When `marker` was set, or null. */
  getMarker(marker: string): Promise<number | null>;
  setMarker(marker: string, at: number): Promise<void>;
}
