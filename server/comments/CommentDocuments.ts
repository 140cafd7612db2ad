/**
 * The documents comments can live in, and how to read one: the workspace catalogue's rich-text
 * documents, mapping tables (`table-*`) and any other stored document, read from the open room
 * when it is loaded (the live state, with changes not yet compacted) and otherwise from
 * storage. Reading never loads a room, so the inbox does not keep every document in memory.
 * The threads of a stored document are cached until the store says it changed.
 */
import * as Y from 'yjs';
import { readThreads, type ThreadView } from '../../shared/comments/readThreads';
import { isValidDocName } from '../../shared/docName';
import { readTable } from '../../shared/tables/readTable';
import { isTableName } from '../../shared/tables/tableNames';
import type { RoomRegistry } from '../room/RoomRegistry';
import type { DocumentStore } from '../storage/DocumentStore';

/** A catalogue entry (name and title are all this needs). */
export interface CatalogueEntry {
  readonly name: string;
  readonly title: string;
}

/** What the documents need. */
export interface CommentDocumentsDependencies {
  readonly store: DocumentStore;
  readonly registry: RoomRegistry;
  readonly catalog: readonly CatalogueEntry[];
}

/** One document as the comment features read it. */
export interface CommentDocument {
  readonly name: string;
  /** 'table' for mapping tables, 'richText' for everything else. */
  readonly kind: 'table' | 'richText';
  /** The catalogue's title, the table's title, else the name. */
  readonly title: string;
  readonly doc: Y.Doc;
}

/** The threads of one document, with its title. */
export interface DocumentThreads {
  readonly name: string;
  readonly title: string;
  readonly threads: readonly ThreadView[];
}

interface CachedThreads extends DocumentThreads {
  readonly updatedAt: number;
}

/** Reads the workspace's documents for comments. */
export class CommentDocuments {
  private readonly cache = new Map<string, CachedThreads>();

  constructor(private readonly deps: CommentDocumentsDependencies) {}

  /** Every document that exists: the catalogue in its order, then the others by name. */
  async names(): Promise<string[]> {
    const catalogued = this.deps.catalog.map((entry) => entry.name);
    const known = new Set(catalogued);
    const others = new Set<string>();
    for (const info of await this.deps.store.list()) {
      if (!known.has(info.name) && isValidDocName(info.name)) others.add(info.name);
    }
    for (const name of this.deps.registry.loadedNames()) {
      if (!known.has(name) && isValidDocName(name)) others.add(name);
    }
    return [...catalogued, ...[...others].sort()];
  }

  /** Document `name`, or null when there is no such document (nothing stored, none open). */
  async open(name: string): Promise<CommentDocument | null> {
    if (!isValidDocName(name)) return null;
    const doc = await this.readDoc(name);
    return doc ? this.describe(name, doc) : null;
  }

  /** The threads of every document in `names` that exists, in that order. */
  async threadsOf(names: readonly string[]): Promise<DocumentThreads[]> {
    const updatedAt = new Map((await this.deps.store.list()).map((i) => [i.name, i.updatedAt]));
    const found: DocumentThreads[] = [];
    for (const name of names) {
      // A room that has not built its Y.Doc holds what is stored, read below (and cached).
      const room = await this.deps.registry.peek(name);
      if (room?.isBuilt) {
        const { title } = this.describe(name, room.doc);
        found.push({ name, title, threads: readThreads(room.doc) });
        continue;
      }
      const stamp = updatedAt.get(name);
      if (stamp === undefined) continue;
      const cached = this.cache.get(name);
      if (cached && cached.updatedAt === stamp) {
        found.push(cached);
        continue;
      }
      const doc = await this.loadStored(name);
      if (!doc) continue;
      const entry: CachedThreads = {
        name,
        title: this.describe(name, doc).title,
        threads: readThreads(doc),
        updatedAt: stamp,
      };
      doc.destroy();
      this.cache.set(name, entry);
      found.push(entry);
    }
    return found;
  }

  private describe(name: string, doc: Y.Doc): CommentDocument {
    const table = isTableName(name);
    const catalogued = this.deps.catalog.find((entry) => entry.name === name)?.title;
    const title = catalogued ?? (table ? readTable(doc).title : '');
    return { name, kind: table ? 'table' : 'richText', title: title || name, doc };
  }

  private async readDoc(name: string): Promise<Y.Doc | null> {
    const room = await this.deps.registry.peek(name);
    if (room) return room.readDoc();
    return this.loadStored(name);
  }

  private async loadStored(name: string): Promise<Y.Doc | null> {
    const stored = await this.deps.store.load(name);
    if (stored.updates.length === 0) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.mergeUpdates(stored.updates as Uint8Array[]));
    return doc;
  }
}
