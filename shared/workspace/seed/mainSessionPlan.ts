/**
 * The seeded main-session planning document, shaped as the DCCG's 55th meeting described it:
 * the background, the approach around two key elements ((a) the DC paper, (b) the IGF 2021
 * issue areas), one table per issue area where DCs map their work, a row per DC for
 * suggestions on shaping the session, and the next steps.
 */
import { dynamicCoalitions, issueAreas, sourceMeeting } from '../referenceData';
import type { NodeJson } from './proseMirrorJson';
import {
  bold,
  bulletList,
  doc,
  heading,
  italic,
  paragraph,
  table,
  taskList,
} from './proseMirrorJson';

const issueAreaSection = (index: number): NodeJson[] => {
  const area = issueAreas[index]!;
  return [
    heading(3, `${index + 1}. ${area.name}`),
    paragraph(
      italic(
        area.kind === 'main focus area'
          ? 'Main focus area'
          : 'Emerging and cross-cutting issue area',
      ),
    ),
    table(
      [
        'Dynamic Coalition',
        'Current and planned work related to this area',
        'Related policy questions',
      ],
      [['', '', '']],
    ),
  ];
};

/** ProseMirror JSON of the planning document. */
export function mainSessionPlanContent(): NodeJson {
  const { igf } = sourceMeeting;
  return doc(
    heading(1, 'DC main session at IGF 2021: planning document'),
    paragraph(
      italic(
        `Working document of the ${sourceMeeting.group}, opened after its ${sourceMeeting.number}th meeting (2 September 2021). ${igf.edition}: ${igf.theme}, ${igf.place}, ${igf.dates}.`,
      ),
    ),
    heading(2, 'How to contribute'),
    bulletList(
      [
        bold('Shape the session: '),
        'add your coalition’s suggestions in its row under “Suggestions from the DCs”.',
      ],
      [
        bold('Map your work: '),
        'under “DC work and the IGF 2021 issue areas”, add a row to each table where your current or planned work relates to the area, with the related policy questions. This mapping will later be used to identify angles for discussions at the session.',
      ],
      'Comments can also be shared through the DC mailing list.',
    ),
    heading(2, 'Background'),
    paragraph(
      'Previous DC main sessions were either inward looking (covering DCs’ work modalities, cooperation, role within the IGF, etc.) or outward looking (exploring a more substantive topic, e.g. sustainable development, and the DCs’ contribution to the debate around it). Over the past few years the session benefited from a skilful moderator (Ms. Tatiana Tropina), who ensured interactive discussions.',
    ),
    paragraph(
      'A challenge in past years was that the main session was not very well attended. The approach below could help attract more interest, by clearly anchoring DCs and their work in the ongoing discussions on how the IGF can become more impactful.',
    ),
    heading(2, 'Proposed approach: two key elements'),
    heading(3, '(a) The DC paper'),
    paragraph(
      'Building on the DC paper, a discussion on how DCs can contribute to digital cooperation efforts and to a more strategic and impactful IGF (e.g. how they can help the community advance their work on Internet policy issues).',
    ),
    heading(3, '(b) The IGF 2021 issue areas'),
    paragraph(
      'A substantive discussion on how DCs’ current and future work relates to the IGF 2021 issue areas, and how this work contributes to advancing the debate on the respective areas.',
    ),
    paragraph(
      'Each participating DC documents its contribution in a paper submitted before the session: a requirement for joining the session, following previous practice.',
    ),
    heading(2, 'Timing'),
    bulletList(
      'The MAG is working on having its main session proposals ready by the end of September, so DCs need to advance with the planning of their session as soon as possible.',
      'A suggestion was made to invite the Office of the Tech Envoy to the session. The Secretariat can follow up once more details about the session are available.',
    ),
    heading(2, 'DC work and the IGF 2021 issue areas'),
    paragraph(
      'Two main focus areas and four emerging and cross-cutting issue areas. Add one row per coalition to each table where your work is relevant; an area that no DC covers is also useful to know.',
    ),
    ...issueAreas.flatMap((_area, index) => issueAreaSection(index)),
    heading(2, 'Suggestions from the DCs'),
    paragraph(
      'How should the session be shaped? Format, guiding questions, speakers, how to engage the audience: each coalition writes in its own row.',
    ),
    table(
      ['Dynamic Coalition', 'Suggestions on how to shape the session'],
      dynamicCoalitions.map((dc) => [dc.name, '']),
    ),
    heading(2, 'Next steps'),
    taskList(
      'DCs: further consider how to shape the main session, starting from the approach above, and add suggestions here or on the DC mailing list.',
      'DCs: indicate how current and planned work relates to the IGF 2021 issue areas (and related policy questions) in the tables above.',
      'Secretariat: follow up on inviting the Office of the Tech Envoy once more details about the session are available.',
      'DCCG: hold another planning meeting in about two weeks.',
      'Participating DCs: submit the paper documenting your contribution before the session.',
    ),
  );
}
