/**
 * The catalogue of documents every DC Planner workspace starts with: names, titles and kinds.
 * Light on purpose (no schema, no Yjs) so the home page can import it without the editor.
 */

/** What a document is for; drives its badge on the home page. */
export type DocumentKind = 'planning' | 'review' | 'draft';

/** One catalogue entry. */
export interface WorkspaceDocument {
  /** URL and storage name (see shared/docName.ts). */
  readonly name: string;
  readonly title: string;
  readonly kind: DocumentKind;
  /** One sentence on what is asked of the reader. */
  readonly summary: string;
}

/** People-facing labels of the document kinds. */
export const documentKindLabels: Readonly<Record<DocumentKind, string>> = {
  planning: 'Planning document',
  review: 'Up for review',
  draft: 'Draft',
};

/** The seeded documents, in the order the home page lists them. */
export const workspaceDocuments: ReadonlyArray<WorkspaceDocument> = [
  {
    name: 'main-session-plan',
    title: 'DC main session at IGF 2021: planning document',
    kind: 'planning',
    summary:
      'Add suggestions on how to shape the session and say how your work relates to the IGF 2021 issue areas.',
  },
  {
    name: 'hybrid-faq',
    title: 'Frequently asked questions on modalities for the hybrid IGF',
    kind: 'review',
    summary:
      'Draft questions from the MAG Working Group on Hybrid: comment, and suggest further questions.',
  },
  {
    name: 'dc-paper',
    title: 'Paper on DC activities and their role in the IGF ecosystem',
    kind: 'draft',
    summary: 'The draft paper for DCCG review and feedback, before a public consultation.',
  },
];

/** The catalogue entry called `name`, if any. */
export function findWorkspaceDocument(name: string): WorkspaceDocument | undefined {
  return workspaceDocuments.find((document) => document.name === name);
}
