/**
 * How a mapping table's document is named. Its own module, free of Yjs, so that screens which
 * only need to tell a table from a rich-text document (the home page, the inbox) load no more
 * than this.
 */

/** Prefix of the document name of every mapping table. */
export const TABLE_PREFIX = 'table-';

/** Whether document `name` is a mapping table. */
export function isTableName(name: string): boolean {
  return name.startsWith(TABLE_PREFIX) && name.length > TABLE_PREFIX.length;
}
