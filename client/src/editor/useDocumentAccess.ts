/**
 * What the signed-in person may do in one document, from GET /api/documents. Asked again each
 * time the document's connection comes online, since a change of access (close 4409) makes
 * the connection reconnect with the new rights. When the list cannot be fetched (offline), the
 * role's default applies: the server still refuses anything the person may not do.
 */
import { useEffect, useState } from 'react';
import {
  defaultDocumentAccess,
  type DocumentAccess,
  type Role,
} from '../../../shared/access/roles';
import { fetchDocumentList } from '../home/documentList';

/** The person's access to document `name`; null until known. */
export function useDocumentAccess(
  name: string,
  role: Role,
  online: boolean,
): DocumentAccess | null {
  const [access, setAccess] = useState<{ name: string; access: DocumentAccess } | null>(null);
  // Ask on opening, then again on every return to online (reconnects after an access change).
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (online) setGeneration((value) => value + 1);
  }, [online]);

  useEffect(() => {
    const controller = new AbortController();
    fetchDocumentList(controller.signal).then(
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
  }, [name, role, generation]);

  return access?.name === name ? access.access : null;
}
