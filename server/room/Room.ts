/**
 * One open document: its Y.Doc and awareness, the connections that have it open, and the rule
 * that makes "saved" trustworthy: every change is durably stored before any other connection
 * is sent anything that contains it. Incoming frames are validated by readClientMessage
 * before they touch the document; a bad frame closes only its own connection. Until the first
 * real change the document is held encoded (EncodedDocument), which answers every handshake;
 * the Y.Doc is built when a change arrives or somebody asks for `doc`.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Logger } from 'pino';
import { CloseCode } from '../../shared/protocol/closeCodes';
import { readClientMessage, type ProtocolError } from '../../shared/protocol/readClientMessage';
import {
  writeAwarenessMessage,
  writeSavedMessage,
  writeSyncStep1FromStateVector,
  writeSyncStep1Message,
  writeSyncStep2FromUpdate,
  writeSyncStep2Message,
  writeUpdateMessage,
} from '../../shared/protocol/writeMessage';
import type { DocumentStore } from '../storage/DocumentStore';
import type { UpdateWriter } from '../storage/UpdateWriter';
import { rewriteAwarenessUpdate } from '../../shared/protocol/rewriteAwarenessUpdate';
import { updateHasEffect } from '../../shared/protocol/updateHasEffect';
import { writePermissionDeniedMessage } from '../../shared/protocol/writeMessage';
import { AwarenessBatcher } from './AwarenessBatcher';
import { EncodedDocument } from './EncodedDocument';
import type { RoomConnection, WriteVerdict } from './RoomConnection';

/** Transaction origin of updates replayed from storage: they are not stored again. */
const LOAD_ORIGIN = Symbol('load');
/** What a room without awareness answers a query with, and its update of zero states. */
const NO_STATES: ReadonlyMap<number, Record<string, unknown>> = new Map();
const NO_AWARENESS_UPDATE = new Uint8Array([0]);

/** What a room needs from the server. */
export interface RoomDependencies {
  readonly store: DocumentStore;
  readonly writer: UpdateWriter;
  readonly log: Logger;
  /** Stored updates after which the log is compacted. */
  readonly compactAfterUpdates: number;
  /** Most connections on this document. */
  readonly maxConnections: number;
  /** How long awareness changes are collected before they are relayed, in ms (0: one turn). */
  readonly awarenessBatchMs: number;
  /** Called once when the room can no longer store changes and has closed every connection. */
  readonly onFailure?: (room: Room, error: unknown) => void;
  /** Called when a connection's update is refused by its permissions (audit). */
  readonly onWriteRefused?: (room: Room, connection: RoomConnection, reason: string) => void;
  /** Called whenever the last connection leaves. */
  readonly onEmpty?: (room: Room) => void;
  /** Called once when the room builds its Y.Doc, before any change is applied to it. */
  readonly onDocumentReady?: (room: Room, doc: Y.Doc) => void;
  /**
   * Repairs what concurrent changes can leave incomplete (a table's missing cells), after the
   * document loads and after each client update; its own changes are stored and relayed to
   * everyone like any other.
   */
  readonly normalize?: (doc: Y.Doc) => void;
}

/** An open document and its connections. */
export class Room {
  /**
   * Carets and names, made on the first awareness message: a room whose people only read
   * (or whose clients publish no presence) never needs them.
   */
  private presence: { awareness: awarenessProtocol.Awareness; batcher: AwarenessBatcher } | null =
    null;
  /** The document once built; until then `encoded` holds it. Exactly one is set. */
  private live: Y.Doc | null = null;
  private encoded: EncodedDocument | null;
  /** Each connection with the awareness client ids it controls. */
  private readonly connections = new Map<RoomConnection, Set<number>>();
  /** The whole document as a sync step 2 frame, until the next change. */
  private fullStateReply: Uint8Array | null = null;
  /** Which connection published each awareness client id. */
  private readonly awarenessOwners = new Map<number, RoomConnection>();
  /** Settles after the most recent change is stored (or failed). */
  private lastWrite: Promise<void> = Promise.resolve();
  private unsettledWrites = 0;
  /**
   * Updates waiting to be relayed, in order, each marked once stored. Updates stored in the same
   * batch are relayed together: one write per connection (RoomConnection.sendAll).
   */
  private readonly relayQueue: Array<{ frame: Uint8Array; origin: unknown; stored: boolean }> = [];
  private storedSeq: number;
  private updatesSinceCompaction: number;
  private compacting: Promise<void> | null = null;
  private failed = false;

  private constructor(
    readonly name: string,
    private readonly deps: RoomDependencies,
    stored: { updates: readonly Uint8Array[]; lastSeq: number },
  ) {
    this.storedSeq = stored.lastSeq;
    this.updatesSinceCompaction = stored.updates.length > 1 ? stored.updates.length : 0;
    this.encoded = EncodedDocument.fromUpdates(stored.updates);
  }

  /** Loads document `name` from the store into a new room. */
  static async load(name: string, deps: RoomDependencies): Promise<Room> {
    const stored = await deps.store.load(name);
    const room = new Room(name, deps, stored);
    // A kind with a repair checks the stored state at once, which needs the Y.Doc.
    if (deps.normalize) room.normalize();
    room.compactIfDue();
    return room;
  }

  /** The document, built from the held state on first use (see the module comment). */
  get doc(): Y.Doc {
    return this.live ?? this.buildDoc();
  }

  /**
   * The document to read without building it for the room: the room's own once built, else a
   * copy made from the held state and not kept. Callers must not change it.
   */
  readDoc(): Y.Doc {
    return this.live ?? this.encoded!.toDoc(LOAD_ORIGIN);
  }

  /** The room's awareness, made on first use. */
  get awareness(): awarenessProtocol.Awareness {
    return this.presenceParts().awareness;
  }

  /** The awareness states published in this room (none before the first). */
  awarenessStates(): ReadonlyMap<number, Record<string, unknown>> {
    return this.presence?.awareness.getStates() ?? NO_STATES;
  }

  /** Whether the room has built its Y.Doc (a change arrived, or somebody asked for `doc`). */
  get isBuilt(): boolean {
    return this.live !== null;
  }

  /** How many connections have this document open. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Whether the room stopped after a storage failure. */
  get hasFailed(): boolean {
    return this.failed;
  }

  /**
   * Adds a connection and starts the handshake: our state vector, then everyone's awareness.
   * Returns false (and closes the connection) when the document is full or failed.
   */
  addConnection(connection: RoomConnection): boolean {
    if (this.failed) {
      connection.close(CloseCode.storageFailure, 'document could not be stored; retry');
      return false;
    }
    if (this.connections.size >= this.deps.maxConnections) {
      connection.close(CloseCode.tooManyConnections, 'too many connections to this document');
      return false;
    }
    this.connections.set(connection, new Set());
    connection.send(
      this.live
        ? writeSyncStep1Message(this.live)
        : writeSyncStep1FromStateVector(this.encoded!.encodedStateVector()),
    );
    if (this.awarenessStates().size > 0) connection.send(this.allAwarenessMessage());
    return true;
  }

  /** Removes a connection and its awareness states (everyone else is told). */
  removeConnection(connection: RoomConnection): void {
    const controlled = this.connections.get(connection);
    if (!controlled) return;
    this.connections.delete(connection);
    if (controlled.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
    }
    if (this.connections.size === 0) this.deps.onEmpty?.(this);
  }

  /** Handles one binary frame from `connection`. */
  handleFrame(connection: RoomConnection, frame: Uint8Array): void {
    if (!this.connections.has(connection)) return;
    const result = readClientMessage(frame);
    if (!result.ok) {
      this.refuse(connection, result.error);
      return;
    }
    const message = result.message;
    switch (message.kind) {
      case 'syncStep1': {
        // Encoded now, sent once stored: it holds exactly what has been applied so far.
        const reply = this.syncStep2For(message.stateVector);
        this.whenStored(() => connection.send(reply));
        return;
      }
      case 'syncStep2':
      case 'update':
        this.applyClientUpdate(connection, message.update);
        return;
      case 'awareness':
        this.applyAwareness(connection, message.update);
        return;
      case 'queryAwareness':
        connection.send(this.allAwarenessMessage());
        return;
      case 'saveRequest': {
        const reply = writeSavedMessage(message.requestId);
        this.whenStored(() => connection.send(reply));
        return;
      }
    }
  }

  /**
   * The sync step 2 reply to `stateVector`. A fresh client (empty state vector) gets the whole
   * document, encoded once and shared until the next change, so a crowd opening a large
   * document at once costs one encoding, not one each.
   */
  private syncStep2For(stateVector: Uint8Array): Uint8Array {
    const fresh = stateVector.length === 1 && stateVector[0] === 0;
    if (this.encoded) {
      if (!fresh) return writeSyncStep2FromUpdate(this.encoded.missingFrom(stateVector));
      this.fullStateReply ??= writeSyncStep2FromUpdate(this.encoded.state);
      return this.fullStateReply;
    }
    const doc = this.live!;
    if (!fresh) return writeSyncStep2Message(doc, stateVector);
    this.fullStateReply ??= writeSyncStep2Message(doc);
    return this.fullStateReply;
  }

  /** Resolves once every change applied so far is stored (or storing it failed). */
  whenIdle(): Promise<void> {
    return Promise.all([this.lastWrite, this.compacting]).then(() => undefined);
  }

  /** Closes every connection with `code` (server shutdown). */
  closeAll(code: number, reason: string): void {
    for (const connection of [...this.connections.keys()]) {
      connection.close(code, reason);
      this.removeConnection(connection);
    }
  }

  /**
   * Stores the whole document as one compacted state when changes are stored since the last
   * compaction; called before the room is unloaded. Does nothing after a storage failure.
   */
  async compact(): Promise<void> {
    await this.whenIdle();
    if (this.failed || this.updatesSinceCompaction === 0) return;
    await this.startCompaction();
  }

  /** Frees the document and awareness. */
  destroy(): void {
    if (this.presence) {
      const { awareness, batcher } = this.presence;
      batcher.destroy();
      awareness.off('update', this.handleAwarenessUpdate);
      awareness.destroy();
      awareness.doc.destroy();
    }
    this.live?.off('update', this.handleDocUpdate);
    this.live?.destroy();
  }

  private presenceParts(): NonNullable<Room['presence']> {
    if (this.presence) return this.presence;
    // Awareness needs a Y.Doc only for a client id, which the server never publishes under.
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const batcher = new AwarenessBatcher(
      awareness,
      () => this.connections.keys(),
      this.deps.awarenessBatchMs,
    );
    awareness.on('update', this.handleAwarenessUpdate);
    this.presence = { awareness, batcher };
    return this.presence;
  }

  /** An awareness frame with every state published in this room. */
  private allAwarenessMessage(): Uint8Array {
    const awareness = this.presence?.awareness;
    const ids = [...this.awarenessStates().keys()];
    return writeAwarenessMessage(
      awareness ? awarenessProtocol.encodeAwarenessUpdate(awareness, ids) : NO_AWARENESS_UPDATE,
    );
  }

  /** Builds the Y.Doc from the held state and lets go of the encoded copy. */
  private buildDoc(): Y.Doc {
    const doc = this.encoded!.toDoc(LOAD_ORIGIN);
    this.encoded = null;
    this.live = doc;
    doc.on('update', this.handleDocUpdate);
    this.deps.onDocumentReady?.(this, doc);
    return doc;
  }

  private applyClientUpdate(connection: RoomConnection, update: Uint8Array): void {
    // Handshakes re-send known content: while the document is held encoded, such a no-op needs
    // neither a permission check nor the Y.Doc.
    if (this.encoded?.contains(update)) return;
    const permissions = connection.permissions;
    let verdict: WriteVerdict = { ok: true };
    if (permissions && !permissions.canWrite) {
      // Only a real change is refused.
      if (this.live && !updateHasEffect(this.live, update)) return;
      verdict = { ok: false, reason: 'You can read this document but not change it.' };
    } else if (permissions?.checkUpdate) {
      verdict = permissions.checkUpdate(this.doc, update);
    }
    if (!verdict.ok) {
      this.deps.log.warn({ doc: this.name, reason: verdict.reason }, 'write refused');
      this.deps.onWriteRefused?.(this, connection, verdict.reason);
      connection.send(writePermissionDeniedMessage(verdict.reason));
      connection.close(CloseCode.forbidden, verdict.reason.slice(0, 120));
      this.removeConnection(connection);
      return;
    }
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      this.deps.log.warn({ doc: this.name, err: String(error) }, 'update failed to apply');
      this.refuse(connection, {
        code: CloseCode.invalidUpdate,
        reason: 'update could not be applied',
      });
      return;
    }
    this.normalize();
  }

  /** Runs the document kind's repair, if any; a failure is logged, never fatal. */
  private normalize(): void {
    if (!this.deps.normalize || this.failed) return;
    try {
      this.deps.normalize(this.doc);
    } catch (error) {
      this.deps.log.error({ doc: this.name, err: String(error) }, 'normalizing failed');
    }
  }

  private applyAwareness(connection: RoomConnection, update: Uint8Array): void {
    const presence = connection.permissions?.presence;
    const rewritten = rewriteAwarenessUpdate(update, {
      mayPublish: (clientId) => {
        const owner = this.awarenessOwners.get(clientId);
        return owner === undefined || owner === connection;
      },
      transform: (state) => (state && presence ? { ...state, user: presence } : state),
    });
    if (rewritten) awarenessProtocol.applyAwarenessUpdate(this.awareness, rewritten, connection);
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullStateReply = null;
    if (origin === LOAD_ORIGIN) return;
    const relay = { frame: writeUpdateMessage(update), origin, stored: false };
    this.relayQueue.push(relay);
    this.unsettledWrites += 1;
    this.lastWrite = this.deps.writer.write(this.name, update).then(
      (seq) => {
        relay.stored = true;
        this.unsettledWrites -= 1;
        this.storedSeq = Math.max(this.storedSeq, seq);
        this.updatesSinceCompaction += 1;
        this.compactIfDue();
      },
      (error: unknown) => {
        this.unsettledWrites -= 1;
        this.fail(error);
      },
    );
    this.whenStored(this.relayStored);
  };

  /** Relays every queued update that is stored (a prefix of the queue), each to all but its sender. */
  private readonly relayStored = (): void => {
    let count = 0;
    while (count < this.relayQueue.length && this.relayQueue[count]!.stored) count += 1;
    if (count === 0) return;
    const batch = this.relayQueue.splice(0, count);
    if (batch.length === 1) {
      const { frame, origin } = batch[0]!;
      for (const connection of this.connections.keys()) {
        if (connection !== origin) connection.send(frame);
      }
      return;
    }
    const all = batch.map((relay) => relay.frame);
    for (const connection of this.connections.keys()) {
      const frames = batch.some((relay) => relay.origin === connection)
        ? batch.filter((relay) => relay.origin !== connection).map((relay) => relay.frame)
        : all;
      if (frames.length === 0) continue;
      if (connection.sendAll) connection.sendAll(frames);
      else for (const frame of frames) connection.send(frame);
    }
  };

  private readonly handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const controlled = this.connections.get(origin as RoomConnection);
    if (controlled) {
      for (const id of changes.added) {
        controlled.add(id);
        this.awarenessOwners.set(id, origin as RoomConnection);
      }
    }
    for (const id of changes.removed) {
      this.connections.get(this.awarenessOwners.get(id)!)?.delete(id);
      this.awarenessOwners.delete(id);
    }
    const by = controlled ? (origin as RoomConnection) : null;
    const batcher = this.presence!.batcher;
    batcher.add(changes.added, by);
    batcher.add(changes.updated, by);
    batcher.add(changes.removed, by);
  };

  /** Runs `send` once every change applied so far is stored; never after a failure. */
  private whenStored(send: () => void): void {
    if (this.failed) return;
    if (this.unsettledWrites === 0) {
      send();
      return;
    }
    void this.lastWrite.then(() => {
      if (!this.failed) send();
    });
  }

  private compactIfDue(): void {
    if (
      this.unsettledWrites === 0 &&
      !this.compacting &&
      !this.failed &&
      this.updatesSinceCompaction >= this.deps.compactAfterUpdates
    ) {
      void this.startCompaction();
    }
  }

  /** Must be called with no write in flight, so the state is exactly what is stored. */
  private startCompaction(): Promise<void> {
    const state = this.live ? Y.encodeStateAsUpdate(this.live) : this.encoded!.state;
    const throughSeq = this.storedSeq;
    const compacted = this.updatesSinceCompaction;
    this.compacting = this.deps.store.compact(this.name, state, throughSeq).then(
      () => {
        this.updatesSinceCompaction -= compacted;
        this.compacting = null;
      },
      (error: unknown) => {
        // The log is intact; compaction will be tried again later.
        this.compacting = null;
        this.deps.log.error({ doc: this.name, err: String(error) }, 'compaction failed');
      },
    );
    return this.compacting;
  }

  private refuse(connection: RoomConnection, error: ProtocolError): void {
    this.deps.log.warn(
      { doc: this.name, code: error.code, reason: error.reason },
      'closing connection',
    );
    connection.close(error.code, error.reason);
    this.removeConnection(connection);
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.deps.log.error({ doc: this.name, err: String(error) }, 'storing an update failed');
    this.closeAll(CloseCode.storageFailure, 'changes could not be stored; retry');
    this.deps.onFailure?.(this, error);
  }
}
