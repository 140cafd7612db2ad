// The seeded DCCG workspace: catalogue, reference data and the Yjs updates the server stores.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isValidDocName } from '../../shared/docName';
import { DOCUMENT_FRAGMENT, getDocumentSchema } from '../../shared/editor/schemaExtensions';
import { affiliations, findAffiliation } from '../../shared/workspace/affiliations';
import { dynamicCoalitions, issueAreas, roadmapAreas } from '../../shared/workspace/referenceData';
import {
  buildSeedUpdate,
  SEED_CLIENT_ID,
  workspaceDocuments,
} from '../../shared/workspace/workspaceDocuments';

const load = (name: string): ProseMirrorNode => {
  const update = buildSeedUpdate(name);
  expect(update).not.toBeNull();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update!);
  return yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment(DOCUMENT_FRAGMENT),
    getDocumentSchema(),
  );
};

const headings = (doc: ProseMirrorNode, level?: number): string[] => {
  const found: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'heading' && (level === undefined || node.attrs.level === level)) {
      found.push(node.textContent);
    }
  });
  return found;
};

/** The blocks after the heading with `text`, up to the next heading of the same or higher level. */
const section = (doc: ProseMirrorNode, text: string): ProseMirrorNode[] => {
  const blocks: ProseMirrorNode[] = [];
  let level: number | null = null;
  doc.forEach((node) => {
    if (node.type.name === 'heading') {
      if (level !== null && Number(node.attrs.level) <= level) level = -1;
      if (node.textContent === text) {
        level = Number(node.attrs.level);
        return;
      }
    }
    if (level !== null && level > 0) blocks.push(node);
  });
  return blocks;
};

describe('reference data', () => {
  it('has the six IGF 2021 issue areas, eight Roadmap areas and the 2021 coalitions', () => {
    expect(issueAreas).toHaveLength(6);
    expect(issueAreas.filter((area) => area.kind === 'main focus area')).toHaveLength(2);
    expect(roadmapAreas.map((area) => area.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(dynamicCoalitions).toHaveLength(23);
    expect(new Set(dynamicCoalitions.map((dc) => dc.id)).size).toBe(23);
  });

  it('offers every coalition and the other roles on the first-visit list', () => {
    for (const dc of dynamicCoalitions)
      expect(findAffiliation(dc.name)?.shortName).toBe(dc.shortName);
    expect(findAffiliation('IGF Secretariat')).toBeDefined();
    expect(new Set(affiliations.map((affiliation) => affiliation.name)).size).toBe(
      affiliations.length,
    );
  });
});

describe('workspace catalogue', () => {
  it('lists the three seeded documents under valid names', () => {
    expect(workspaceDocuments.map((doc) => [doc.name, doc.kind])).toEqual([
      ['main-session-plan', 'planning'],
      ['hybrid-faq', 'review'],
      ['dc-paper', 'draft'],
    ]);
    for (const doc of workspaceDocuments) expect(isValidDocName(doc.name)).toBe(true);
  });
});

describe('buildSeedUpdate', () => {
  it('returns null for a name outside the catalogue', () => {
    expect(buildSeedUpdate('issue-area-mapping')).toBeNull();
    expect(buildSeedUpdate('')).toBeNull();
  });

  it('is deterministic, so seeding twice merges into one copy instead of two', () => {
    for (const { name } of workspaceDocuments) {
      const first = buildSeedUpdate(name)!;
      const second = buildSeedUpdate(name)!;
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, first);
      const once = doc.getXmlFragment(DOCUMENT_FRAGMENT).toString();
      Y.applyUpdate(doc, second);
      expect(doc.getXmlFragment(DOCUMENT_FRAGMENT).toString()).toBe(once);
      const clients = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(first)).keys()];
      expect(clients).toEqual([SEED_CLIENT_ID]);
    }
  });

  it('produces documents that fit the editor schema and end with a paragraph', () => {
    for (const { name } of workspaceDocuments) {
      const doc = load(name);
      expect(() => doc.check()).not.toThrow();
      expect(doc.lastChild?.type.name).toBe('paragraph');
      expect(headings(doc, 1)).toHaveLength(1);
    }
  });

  it('shapes the planning document as the meeting described it', () => {
    const doc = load('main-session-plan');
    const all = headings(doc);
    expect(all).toEqual(
      expect.arrayContaining([
        'Proposed approach: two key elements',
        '(a) The DC paper',
        '(b) The IGF 2021 issue areas',
        'DC work and the IGF 2021 issue areas',
        'Suggestions from the DCs',
        'Next steps',
      ]),
    );
    // One section with its own table per issue area, in order.
    issueAreas.forEach((area, index) => {
      const title = `${index + 1}. ${area.name}`;
      expect(all).toContain(title);
      const tables = section(doc, title).filter((node) => node.type.name === 'table');
      expect(tables).toHaveLength(1);
      expect(tables[0]!.firstChild!.textContent).toContain('Dynamic Coalition');
    });
    // A row for every coalition's suggestions.
    const suggestions = section(doc, 'Suggestions from the DCs').find(
      (node) => node.type.name === 'table',
    )!;
    const rowNames: string[] = [];
    suggestions.forEach((row, _offset, index) => {
      if (index > 0) rowNames.push(row.firstChild!.textContent);
    });
    expect(rowNames).toEqual(dynamicCoalitions.map((dc) => dc.name));
    // Next steps are tasks to tick off.
    const nextSteps = section(doc, 'Next steps');
    expect(nextSteps[0]?.type.name).toBe('taskList');
    expect(nextSteps[0]!.childCount).toBeGreaterThanOrEqual(4);
    expect(doc.textContent).toContain('end of September');
    expect(doc.textContent).toContain('Office of the Tech Envoy');
  });

  it('marks the FAQ as draft questions for review with placeholder answers', () => {
    const doc = load('hybrid-faq');
    expect(doc.textContent).toContain('Draft for review.');
    expect(doc.textContent).toContain('MAG Working Group on Hybrid');
    const questions = headings(doc, 3).filter((text) => /^Q\d+\. /.test(text));
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const question of questions) {
      expect(section(doc, question)[0]?.textContent).toBe(
        'Draft answer: to be completed by WG-Hybrid.',
      );
    }
    expect(headings(doc, 2)).toContain('Further questions suggested by DCs');
  });

  it('gives the DC paper the sections the DCCG was told about', () => {
    const doc = load('dc-paper');
    const text = doc.textContent;
    expect(text).toContain('Discussions with individual DCs');
    expect(text).toContain('A public survey');
    expect(headings(doc, 2)).toEqual(
      expect.arrayContaining(['4. The role of DCs in the IGF ecosystem', '7. Next steps']),
    );
    for (const dc of dynamicCoalitions) expect(text).toContain(dc.name);
  });

  it('stores only allowed link addresses', () => {
    for (const { name } of workspaceDocuments) {
      load(name).descendants((node) => {
        for (const mark of node.marks) {
          if (mark.type.name === 'link')
            expect(String(mark.attrs.href)).toMatch(/^(https?:\/\/|mailto:)/);
        }
      });
    }
  });
});
