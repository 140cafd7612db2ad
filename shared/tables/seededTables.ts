/**
 * The two mapping tables the meeting report asks every DC to fill, as the workspace seeds them:
 * "DC work and the IGF 2021 issue areas" (a row per DC, a column per issue area plus related
 * policy questions) and the Roadmap-linkages mapping (a row per DC, a column per Roadmap area,
 * deadline 10 September). Built from the product's own copy of the reference data.
 */
import * as Y from 'yjs';
import { dynamicCoalitions, issueAreas, roadmapAreas } from '../workspace/referenceData';
import { seededRoadmapDeadline } from './seedDeadline';
import { initializeTable, type NewTable } from './tableOperations';

/** Document names of the seeded tables. */
export const SEEDED_TABLES = {
  issueAreas: 'table-issue-areas',
  roadmapLinkages: 'table-roadmap-linkages',
} as const;
/** Column id of the free-text "Related policy questions" column of the issue-area table. */
export const POLICY_QUESTIONS_COLUMN = 'policy-questions';
/** The Yjs client id that authors seeded tables (as for seeded documents). */
const SEED_CLIENT_ID = 1;

const dcRows = () => dynamicCoalitions.map((dc) => ({ id: dc.id, dc: dc.id }));

/** The settings of the issue-area table. */
export function issueAreaTable(): NewTable {
  return {
    title: 'DC work and the IGF 2021 issue areas',
    rowSource: 'dcs',
    deadline: null,
    columns: [
      ...issueAreas.map((area) => ({ id: area.id, title: area.name, area: area.id })),
      { id: POLICY_QUESTIONS_COLUMN, title: 'Related policy questions' },
    ],
    rows: dcRows(),
  };
}

/** The settings of the Roadmap-linkages table seeded at `now`. */
export function roadmapLinkageTable(now: Date): NewTable {
  return {
    title: 'Mapping of linkages between IGF activities and the Roadmap for digital cooperation',
    rowSource: 'dcs',
    deadline: seededRoadmapDeadline(now),
    columns: roadmapAreas.map((area) => ({
      id: area.id,
      title: `${area.n}. ${area.name}`,
      area: area.id,
    })),
    rows: dcRows(),
  };
}

/** A Yjs update holding a new table with `settings` (deterministic for the same settings). */
export function buildTableUpdate(settings: NewTable, clientId = SEED_CLIENT_ID): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  doc.clientID = clientId;
  initializeTable(doc, settings);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** The seeded tables of a workspace seeded at `now`: document name and initial update. */
export function seededTableUpdates(now: Date): Array<{ name: string; update: Uint8Array }> {
  return [
    { name: SEEDED_TABLES.issueAreas, update: buildTableUpdate(issueAreaTable()) },
    {
      name: SEEDED_TABLES.roadmapLinkages,
      update: buildTableUpdate(roadmapLinkageTable(now)),
    },
  ];
}
