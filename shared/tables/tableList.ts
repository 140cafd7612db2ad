/**
 * The shape of GET /api/tables: one entry per mapping table with what the list page and the
 * grid need before the document itself has synced (title, deadline, size, progress, and what
 * the signed-in person may do), built from the table's document.
 */
import type * as Y from 'yjs';
import {
  DocumentAccessLevels,
  TableScopes,
  roleDefaults,
  type DocumentAccess,
  type Role,
  type TableScope,
} from '../access/roles';
import { statusOverview } from './overview';
import { readTable } from './readTable';
import type { RowSource, RowStatus, TableDeadline } from './tableSchema';

/** One table in the list. */
export interface TableListItem {
  /** Document name, `table-…`. */
  readonly name: string;
  readonly title: string;
  readonly rowSource: RowSource;
  readonly deadline: TableDeadline | null;
  /** True when the Secretariat reopened the whole table after its deadline. */
  readonly reopened: boolean;
  /** Shown rows and columns. */
  readonly rows: number;
  readonly columns: number;
  /** Shown rows per status. */
  readonly statusCounts: Readonly<Record<RowStatus, number>>;
  /** The person's access level to the table's document. */
  readonly access: DocumentAccess;
  /** What the person may change: everything, their own DCs' rows, or nothing. */
  readonly scope: TableScope;
  /** When the table was last changed (ISO), null when never stored. */
  readonly lastEditedAt: string | null;
}

/** What a person with `role` and `access` may change in tables. */
export function tableScopeOf(role: Role, access: DocumentAccess): TableScope {
  return access === DocumentAccessLevels.editor ? roleDefaults[role].tables : TableScopes.nothing;
}

/** The list entry of table `name` held in `doc`. */
export function tableListItem(
  name: string,
  doc: Y.Doc,
  person: { readonly role: Role; readonly access: DocumentAccess },
  lastEditedAt: string | null,
): TableListItem {
  const table = readTable(doc);
  const overview = statusOverview(table);
  return {
    name,
    title: table.title || name,
    rowSource: table.rowSource,
    deadline: table.deadline,
    reopened: table.reopened,
    rows: table.rows.length,
    columns: table.columns.length,
    statusCounts: {
      notStarted: overview.byStatus.notStarted.length,
      draft: overview.byStatus.draft.length,
      submitted: overview.byStatus.submitted.length,
    },
    access: person.access,
    scope: tableScopeOf(person.role, person.access),
    lastEditedAt,
  };
}
