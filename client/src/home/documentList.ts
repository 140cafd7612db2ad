/**
 * Reads GET /api/documents. The response is checked field by field, so a server that sends
 * something unexpected shows an error instead of a broken list.
 */
import { DocumentAccessLevels, type DocumentAccess } from '../../../shared/access/roles';
import { isValidDocName } from '../../../shared/docName';
import { apiRequest } from '../api/apiRequest';
import { isPersonColor } from '../presence/personColors';

/** Someone who has a document open. */
export interface PresentPerson {
  readonly name: string;
  readonly dc: string;
  readonly color: string;
}

/** One row of the document list. */
export interface DocumentSummary {
  readonly name: string;
  readonly title: string;
  readonly kind: string;
  /** ISO time of the last stored change; null when never edited. */
  readonly lastEditedAt: string | null;
  readonly present: ReadonlyArray<PresentPerson>;
  /** What the signed-in person may do in it; null when the server did not say. */
  readonly access: DocumentAccess | null;
}

const ACCESS_LEVELS: readonly string[] = Object.values(DocumentAccessLevels);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const readPerson = (value: unknown): PresentPerson | null => {
  if (!isRecord(value) || typeof value.name !== 'string') return null;
  return {
    name: value.name,
    dc: typeof value.dc === 'string' ? value.dc : '',
    color: isPersonColor(value.color) ? value.color : '#5f6368',
  };
};

const readDocument = (value: unknown): DocumentSummary | null => {
  if (!isRecord(value)) return null;
  const { name, title, kind, lastEditedAt, present, access } = value;
  if (typeof name !== 'string' || !isValidDocName(name)) return null;
  if (typeof title !== 'string' || typeof kind !== 'string') return null;
  const edited =
    typeof lastEditedAt === 'string' && !Number.isNaN(Date.parse(lastEditedAt))
      ? lastEditedAt
      : null;
  const people = Array.isArray(present)
    ? present.map(readPerson).filter((person): person is PresentPerson => person !== null)
    : [];
  return {
    name,
    title,
    kind,
    lastEditedAt: edited,
    present: people,
    access:
      typeof access === 'string' && ACCESS_LEVELS.includes(access)
        ? (access as DocumentAccess)
        : null,
  };
};

/** The documents in a /api/documents response body; throws when its shape is wrong. */
export function parseDocumentList(body: unknown): DocumentSummary[] {
  if (!isRecord(body) || !Array.isArray(body.documents)) {
    throw new Error('The server sent an unexpected document list.');
  }
  return body.documents
    .map(readDocument)
    .filter((document): document is DocumentSummary => document !== null);
}

/** Fetches the document list. */
export async function fetchDocumentList(signal?: AbortSignal): Promise<DocumentSummary[]> {
  return parseDocumentList(await apiRequest('/api/documents', { signal }));
}
