/**
 * The one list of extensions that defines the document schema. The browser editor adds its
 * interactive extensions (collaboration, carets) on top of it, and the server builds seeded
 * documents from the same schema, so a node or mark exists on both sides or on neither.
 * Everything here imports cleanly in Node (no DOM at import time).
 */
import type { AnyExtension } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';
import { SafeLink } from './SafeLink';

/** Name of the Y.XmlFragment that holds a document's rich text. */
export const DOCUMENT_FRAGMENT = 'default';

/** Heading levels the editor offers. */
export const HEADING_LEVELS = [1, 2, 3] as const;

/**
 * The schema-defining extensions. Undo/redo is off because the collaboration extension brings
 * a Yjs-aware undo that only reverts the person's own changes.
 */
export function createSchemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      link: false,
      heading: { levels: [...HEADING_LEVELS] },
    }),
    SafeLink,
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}

let cachedSchema: Schema | null = null;

/** The ProseMirror schema of DC Planner documents (built once). */
export function getDocumentSchema(): Schema {
  cachedSchema ??= getSchema(createSchemaExtensions());
  return cachedSchema;
}
