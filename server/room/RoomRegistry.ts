/**
 * Keeps one Room per open document: loads it on first use, shares it between connections,
 * and unloads it (compacted) after a grace period with nobody connected. A connection that
 * arrives while its document is unloading waits and gets a freshly loaded room.
 */
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import type { DocumentStore } from '../storage/DocumentStore';
import type { UpdateWriter } from '../storage/UpdateWriter';
import { Room } from './Room';
import type { RoomConnection } from './RoomConnection';

/** Settings of the registry. */
export interface RoomRegistryOptions {
  readonly store: DocumentStore;
  readonly writer: UpdateWriter;
  readonly log: Logger;
  /** How long an empty room stays loaded, in ms. */
  readonly graceMs: number;
  readonly compactAfterUpdates: number;
  readonly maxConnectionsPerDocument: number;
  /** How long awareness changes are collected before they are relayed, in ms. */
  readonly awarenessBatchMs: number;
  /** Called when a room is loaded or unloaded, with the number now open. */
  readonly onRoomCountChange?: (open: number) => void;
  /** Called with the seconds a load took. */
  readonly onRoomLoaded?: (seconds: number) => void;
  /** Called once with each room's Y.Doc when the room builds it, before any change applies. */
  readonly onDocumentReady?: (room: Room, doc: Y.Doc) => void;
  /** Called when a connection's update is refused by its permissions. */
  readonly onWriteRefused?: (docName: string, connection: RoomConnection, reason: string) => void;
  /** The repair of document `name`'s kind, if it has one (see RoomDependencies.normalize). */
  readonly normalizerFor?: (name: string) => ((doc: Y.Doc) => void) | undefined;
}

interface Entry {
  readonly room: Promise<Room>;
  timer: NodeJS.Timeout | null;
  unloading: Promise<void> | null;
}

/** The set of open rooms. */
export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: RoomRegistryOptions) {}

  /** Number of documents loaded. */
  get size(): number {
    return this.entries.size;
  }

  /** The loaded room of `name`, if any (no loading). */
  async peek(name: string): Promise<Room | undefined> {
    const entry = this.entries.get(name);
    return entry && !entry.unloading ? entry.room : undefined;
  }

  /** Names of the loaded documents. */
  loadedNames(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * The room of `name`, loading it if needed. The caller must add a connection right away or
   * call release(), so that an unused room is unloaded again.
   */
  async acquire(name: string): Promise<Room> {
    for (;;) {
      const entry = this.entries.get(name);
      if (!entry) return this.load(name);
      if (entry.unloading) {
        await entry.unloading;
        continue;
      }
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
      const room = await entry.room;
      if (!room.hasFailed) return room;
      if (this.entries.get(name) === entry) this.entries.delete(name);
    }
  }

  /** Schedules unloading of `name` if nobody is connected to it. */
  release(name: string): void {
    const entry = this.entries.get(name);
    if (!entry || entry.unloading || entry.timer) return;
    void entry.room.then(
      (room) => {
        if (room.connectionCount > 0 || entry.timer || entry.unloading) return;
        if (this.entries.get(name) !== entry) return;
        entry.timer = setTimeout(() => {
          entry.timer = null;
          if (room.connectionCount === 0) void this.unload(name, entry, room);
        }, this.options.graceMs);
        entry.timer.unref?.();
      },
      () => undefined,
    );
  }

  /** Unloads every room now, storing everything (shutdown). Connections must be closed first. */
  async unloadAll(): Promise<void> {
    await Promise.all(
      [...this.entries].map(async ([name, entry]) => {
        if (entry.timer) clearTimeout(entry.timer);
        entry.timer = null;
        if (entry.unloading) return entry.unloading;
        const room = await entry.room.catch(() => null);
        if (room) await this.unload(name, entry, room);
      }),
    );
  }

  /** Every loaded room (for shutdown and presence). */
  async rooms(): Promise<Room[]> {
    const settled = await Promise.allSettled([...this.entries.values()].map((e) => e.room));
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  private load(name: string): Promise<Room> {
    const started = performance.now();
    const room = Room.load(name, {
      store: this.options.store,
      writer: this.options.writer,
      log: this.options.log,
      compactAfterUpdates: this.options.compactAfterUpdates,
      maxConnections: this.options.maxConnectionsPerDocument,
      awarenessBatchMs: this.options.awarenessBatchMs,
      onEmpty: () => this.release(name),
      onDocumentReady: this.options.onDocumentReady,
      onFailure: (failed) => this.forget(name, failed),
      onWriteRefused: (_room, connection, reason) =>
        this.options.onWriteRefused?.(name, connection, reason),
      normalize: this.options.normalizerFor?.(name),
    });
    const entry: Entry = { room, timer: null, unloading: null };
    this.entries.set(name, entry);
    this.options.onRoomCountChange?.(this.entries.size);
    room.then(
      () => this.options.onRoomLoaded?.((performance.now() - started) / 1000),
      (error: unknown) => {
        this.options.log.error({ doc: name, err: String(error) }, 'loading a document failed');
        if (this.entries.get(name) === entry) {
          this.entries.delete(name);
          this.options.onRoomCountChange?.(this.entries.size);
        }
      },
    );
    return room;
  }

  private unload(name: string, entry: Entry, room: Room): Promise<void> {
    entry.unloading = (async () => {
      try {
        await room.compact();
      } catch (error) {
        this.options.log.error(
          { doc: name, err: String(error) },
          'compaction before unload failed',
        );
      } finally {
        room.destroy();
        if (this.entries.get(name) === entry) this.entries.delete(name);
        this.options.onRoomCountChange?.(this.entries.size);
      }
    })();
    return entry.unloading;
  }

  /** Drops a failed room at once; the next connection loads it again from storage. */
  private forget(name: string, room: Room): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    void entry.room.then((current) => {
      if (current !== room || this.entries.get(name) !== entry) return;
      if (entry.timer) clearTimeout(entry.timer);
      this.entries.delete(name);
      room.destroy();
      this.options.onRoomCountChange?.(this.entries.size);
    });
  }
}
