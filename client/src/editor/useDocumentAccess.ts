/**
 * What the signed-in person may do in one document, from GET /api/documents (or a table, from
 * GET /api/tables). Asked again each time the document's connection comes online, since a
 * change of access (close 4409) makes the connection reconnect with the new rights. When the list cannot be fetched (offline), the
 * role's default applies: the server still refuses anything the person may not do.
 */
import { useEffect, useState } from 'react';
import {
  defaultDocumentAccess,
  type DocumentAccess,
  type Role,
} from '../../../shared/access/roles';
import { fetchDocumentList } from '../home/documentList';

/** A list of documents (or tables) with the person's access to each, as the server gives it. */
export type AccessListFetcher = (
  signal: AbortSignal,
) => Promise<ReadonlyArray<{ readonly name: string; readonly access: DocumentAccess | null }>>;

/**
 * The person's access to document `name`; null until known. `fetchList` is where the access is
 * listed (GET /api/documents by default; tables pass GET /api/tables).
 */
export function useDocumentAccess(
  name: string,
  role: Role,
  online: boolean,
  fetchList: AccessListFetcher = fetchDocumentList,
): DocumentAccess | null {
  const [access, setAccess] = useState<{ name: string; access: DocumentAccess } | null>(null);
  // Ask on opening, then again on every return to online (reconnects after an access change).
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (online) setGeneration((value) => value + 1);
  }, [online]);

  useEffect(() => {
    const controller = new AbortController();
    fetchList(controller.signal).then(
      (documents) => {
        const found = documents.find((document) => document.name === name);
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
  }, [name, role, generation, fetchList]);

  return access?.name === name ? access.access : null;
}
