/**
 * What the signed-in person may change in a mapping table, and the sentence that explains
 * why not, so the grid can refuse at once instead of letting someone type into a row the
 * server will reject. Mirrors the server's rules (shared/access/documentRules.ts
 * mappingTableRules), which remain the authority.
 */
import {
  DocumentAccessLevels,
  TableScopes,
  roleDefaults,
  type DocumentAccess,
  type Role,
} from '../../../shared/access/roles';
import { isRowOpen, type RowView, type TableView } from '../../../shared/tables/readTable';
import { dynamicCoalitions } from '../../../shared/workspace/referenceData';

/** Who is looking at the table. */
export interface TableViewer {
  readonly role: Role;
  /** Ids of the DCs the person represents. */
  readonly dcs: readonly string[];
  /** Access to this table; null while it is being asked. */
  readonly access: DocumentAccess | null;
}

/** Whether something may be changed, and if not, why. */
export type Ability =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const allowed: Ability = { allowed: true };
const refused = (reason: string): Ability => ({ allowed: false, reason });

/** The name of DC `id` for people (its id when unknown). */
export function dcName(id: string): string {
  return dynamicCoalitions.find((dc) => dc.id === id)?.name ?? id;
}

/** The label of a row: its DC's name, or its custom label. */
export function rowLabel(row: Pick<RowView, 'dc' | 'label'>): string {
  if (row.dc !== null) return dcName(row.dc);
  return row.label.trim() === '' ? 'Untitled row' : row.label;
}

/** Whether the person may change the table's structure and settings (the Secretariat). */
export function canChangeStructure(viewer: TableViewer): boolean {
  return (
    viewer.access === DocumentAccessLevels.editor &&
    roleDefaults[viewer.role].tables === TableScopes.everything
  );
}

/** Whether the person may change `row` (its cells and status) at `now`, and why not. */
export function rowAbility(
  viewer: TableViewer,
  table: Pick<TableView, 'deadline' | 'reopened'>,
  row: Pick<RowView, 'dc' | 'label' | 'reopened'>,
  now: number,
): Ability {
  if (viewer.access === null) return refused('Checking what you may change in this table…');
  if (viewer.access !== DocumentAccessLevels.editor) {
    return refused('You can read this table but not change it.');
  }
  const scope = roleDefaults[viewer.role].tables;
  if (scope === TableScopes.everything) return allowed;
  if (scope === TableScopes.nothing) {
    return refused('Your role can read mapping tables; each DC fills in its own row.');
  }
  if (row.dc === null || !viewer.dcs.includes(row.dc)) {
    return refused(`This row belongs to ${rowLabel(row)}. You can change only your own DC's rows.`);
  }
  if (!isRowOpen(table, row, now)) {
    return refused(
      'The deadline has passed, so this row is read-only. Ask the Secretariat to reopen it if it needs a change.',
    );
  }
  return allowed;
}
