/**
 * The signed-in person's access to one table, from GET /api/tables, asked again each time the
 * table's connection comes online (an access change reconnects it). When the list cannot be
 * fetched, the role's default applies: the server refuses anything the person may not do.
 */
import { useEffect, useState } from 'react';
import {
  defaultDocumentAccess,
  type DocumentAccess,
  type Role,
} from '../../../shared/access/roles';
import { fetchTableList } from './tablesApi';

/** The person's access to table `name`; null until known. */
export function useTableAccess(name: string, role: Role, online: boolean): DocumentAccess | null {
  const [access, setAccess] = useState<{ name: string; access: DocumentAccess } | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (online) setGeneration((value) => value + 1);
  }, [online]);

  useEffect(() => {
    const controller = new AbortController();
    fetchTableList(controller.signal).then(
      (tables) => {
        const found = tables.find((table) => table.name === name);
        setAccess({ name, access: found?.access ?? defaultDocumentAccess(role) });
      },
      () => {
        if (controller.signal.aborted) return;
        setAccess((current) =>
          current?.name === name ? current : { name, access: defaultDocumentAccess(role) },
        );
      },
    );
    return () => controller.abort();
  }, [name, role, generation]);

  return access?.name === name ? access.access : null;
}
