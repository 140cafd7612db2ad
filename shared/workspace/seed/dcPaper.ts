/**
 * The seeded draft of the paper on DC activities and their role in the IGF ecosystem. The
 * structure follows what the DCCG was told about the paper: input from discussions with
 * individual DCs and a public survey, a draft for DCCG review in September, then a public
 * session to collect community feedback. Sections still to write are marked as such.
 */
import { dynamicCoalitions } from '../referenceData';
import type { NodeJson } from './proseMirrorJson';
import {
  bold,
  bulletList,
  doc,
  heading,
  horizontalRule,
  italic,
  paragraph,
} from './proseMirrorJson';

const toDraft = (what: string) => paragraph(italic(`[To be drafted: ${what}]`));

/** ProseMirror JSON of the DC paper draft. */
export function dcPaperContent(): NodeJson {
  return doc(
    heading(1, 'Paper on DC activities and their role in the IGF ecosystem'),
    paragraph(
      bold('Status: draft for DCCG review and feedback. '),
      'Once an advanced version is ready, coalitions could hold a public session to collect community feedback on the paper: a matter of transparency that could also raise the visibility of the paper and of the DCs themselves.',
    ),
    heading(2, '1. Purpose of the paper'),
    paragraph(
      'This paper documents the activities of the Dynamic Coalitions (DCs) of the Internet Governance Forum and explores their role in the broader IGF ecosystem: how DCs can contribute to digital cooperation efforts and to a more strategic and impactful IGF.',
    ),
    heading(2, '2. How input was collected'),
    paragraph('Over the summer of 2021, input was collected through:'),
    bulletList(
      [bold('Discussions with individual DCs'), ' on their work, working modalities and plans.'],
      [
        bold('A public survey'),
        ' dedicated to members of the Multistakeholder Advisory Group (MAG) and the IGF community.',
      ],
    ),
    toDraft('who took part in the discussions and the survey, and how the answers were analysed.'),
    heading(2, '3. Dynamic Coalitions today'),
    paragraph(
      `The coalitions taking part in the DCCG in 2021 are listed in the annex (${dynamicCoalitions.length} coalitions).`,
    ),
    heading(3, '3.1 Working modalities'),
    toDraft('how DCs are organised, how they work between IGF meetings, what they produce.'),
    heading(3, '3.2 Cooperation among DCs and with other IGF activities'),
    toDraft(
      'joint work through the DCCG, links with best practice forums, policy networks and national and regional initiatives.',
    ),
    heading(2, '4. The role of DCs in the IGF ecosystem'),
    toDraft(
      'how DCs help the community advance its work on Internet policy issues, and how this contributes to digital cooperation.',
    ),
    heading(2, '5. What we heard'),
    heading(3, '5.1 From the discussions with DCs'),
    toDraft('main points raised by coalitions.'),
    heading(3, '5.2 From the survey'),
    toDraft('main findings of the survey of MAG members and the IGF community.'),
    heading(2, '6. Recommendations'),
    toDraft('recommendations for DCs, the DCCG, the MAG and the Secretariat.'),
    heading(2, '7. Next steps'),
    bulletList(
      'September 2021: draft shared with the DCCG for review and feedback.',
      'Advanced version: possible public session to collect community feedback.',
      'The paper is one of the two key elements proposed for the DC main session at IGF 2021.',
    ),
    horizontalRule(),
    heading(2, 'Annex: Dynamic Coalitions'),
    bulletList(...dynamicCoalitions.map((dc) => dc.name)),
  );
}
