/**
 * The seeded FAQ on modalities for the hybrid IGF: a review copy of draft questions put up by
 * the MAG Working Group on Hybrid. It states no facts about the IGF's arrangements: every
 * answer is a marked placeholder for the working group to complete, and DCs comment or add
 * further questions.
 */
import type { NodeJson } from './proseMirrorJson';
import {
  blockquote,
  bold,
  bulletList,
  doc,
  heading,
  italic,
  paragraph,
  table,
} from './proseMirrorJson';

const draftQuestions: ReadonlyArray<string> = [
  'What does “hybrid” mean for the IGF 2021 annual meeting: which parts take place onsite, which online, and which both?',
  'How do people register to take part online, and is a separate registration needed for each session?',
  'How can session organizers, including Dynamic Coalitions, run a session with both onsite and online speakers?',
  'How do online participants ask for the floor, ask questions and follow the chat during a session?',
  'How are time zones taken into account when sessions are scheduled?',
  'What can participants with limited or unstable bandwidth do to follow sessions?',
  'How will sessions be made accessible, for example through captioning?',
  'Will sessions be recorded, and where will recordings and reports be published?',
];

const questionSection = (question: string, index: number): NodeJson[] => [
  heading(3, `Q${index + 1}. ${question}`),
  paragraph(bold('Draft answer: '), italic('to be completed by WG-Hybrid.')),
  paragraph(bold('Review notes: ')),
];

/** ProseMirror JSON of the FAQ review copy. */
export function hybridFaqContent(): NodeJson {
  return doc(
    heading(1, 'Frequently asked questions on modalities for the hybrid IGF'),
    blockquote(
      paragraph(
        bold('Draft for review. '),
        'These are draft questions put up for review by the MAG Working Group on Hybrid (WG-Hybrid). The answers are placeholders to be completed and checked by the working group; nothing in this document is an official statement on IGF arrangements yet.',
      ),
    ),
    heading(2, 'How to review'),
    bulletList(
      'Comment on the wording of each question: is it clear, and is it the question participants will actually ask?',
      'Add review notes under a question, starting with the name of your coalition.',
      'Suggest further questions in the table at the end. Comments and suggestions are welcome as soon as possible.',
    ),
    heading(2, 'Draft questions'),
    ...draftQuestions.flatMap(questionSection),
    heading(2, 'Further questions suggested by DCs'),
    table(['Suggested question', 'Suggested by (DC)', 'Why it matters'], [['', '', '']]),
  );
}
