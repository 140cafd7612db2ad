/**
 * What a person may do in a document, in plain words shown next to the toolbar, so nobody
 * wonders why typing does nothing. The server enforces access; this only explains it.
 */
import { DocumentAccessLevels, type DocumentAccess } from '../../../shared/access/roles';

/** Whether `access` lets the person change the document's text. */
export function canEditText(access: DocumentAccess | null): boolean {
  return access === DocumentAccessLevels.editor;
}

/** The sentence explaining `access`; null for editors (nothing to explain). */
export function accessNotice(access: DocumentAccess | null): string | null {
  switch (access) {
    case DocumentAccessLevels.viewer:
      return 'You can read this document but not change it.';
    case DocumentAccessLevels.commenter:
      return 'You can comment on this document but not edit its text.';
    default:
      return null;
  }
}
