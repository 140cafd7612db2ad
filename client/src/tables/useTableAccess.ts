/**
 * The signed-in person's access to one table, from GET /api/tables, asked again each time the
 * table's connection comes online (an access change reconnects it); the same rules as for
 * documents (editor/useDocumentAccess.ts).
 */
import type { DocumentAccess, Role } from '../../../shared/access/roles';
import { useDocumentAccess } from '../editor/useDocumentAccess';
import { fetchTableList } from './tablesApi';

/** The person's access to table `name`; null until known. */
export function useTableAccess(name: string, role: Role, online: boolean): DocumentAccess | null {
  return useDocumentAccess(name, role, online, fetchTableList);
}
