// Small pure pieces of the client: colours, presence, routes, document list, relative times.
import { describe, expect, it } from 'vitest';
import { isPersonColor, safePersonColor } from '../../client/src/presence/personColors';
import { initialsOf, peopleFromStates } from '../../client/src/presence/peopleFromStates';
import { documentPath, isPublicRoute, parseRoute } from '../../client/src/routing/routes';
import { parseDocumentList } from '../../client/src/home/documentList';
import { formatLastEdited } from '../../client/src/home/formatLastEdited';
import { syncUrl } from '../../client/src/sync/syncUrl';

describe('person colours', () => {
  it('accepts only #rrggbb and replaces anything else with grey', () => {
    expect(isPersonColor('#1a73e8')).toBe(true);
    expect(isPersonColor('#d33')).toBe(false);
    expect(isPersonColor('rgb(0,0,0)')).toBe(false);
    expect(safePersonColor('#C2410C')).toBe('#C2410C');
    expect(safePersonColor('red; background: url(x)')).toBe('#5f6368');
    expect(safePersonColor(undefined)).toBe('#5f6368');
  });
});

describe('peopleFromStates', () => {
  it('lists well-formed people once each, me first, colours forced to #rrggbb', () => {
    const states = new Map<number, Record<string, unknown>>([
      [
        1,
        {
          user: {
            name: 'Wout de Natris',
            dc: 'DC on Internet Standards, Security and Safety',
            color: '#188038',
          },
        },
      ],
      [
        2,
        {
          user: {
            name: 'Judith Hellerstein',
            dc: 'DC on Accessibility and Disability',
            color: 'red',
          },
        },
      ],
      [
        3,
        {
          user: {
            name: 'Wout de Natris',
            dc: 'DC on Internet Standards, Security and Safety',
            color: '#188038',
          },
        },
      ],
      [4, {}],
      [5, { user: { name: '  ' } }],
      [6, { user: 'nonsense' }],
    ]);
    const people = peopleFromStates(states, 2);
    expect(people.map((person) => [person.name, person.isMe, person.color])).toEqual([
      ['Judith Hellerstein', true, '#5f6368'],
      ['Wout de Natris', false, '#188038'],
    ]);
  });

  it('marks me even when my other tab was listed first', () => {
    const user = {
      name: 'Tracy Hackshaw',
      dc: 'DC on Small Island Developing States in the Internet Economy',
      color: '#9334e6',
    };
    const people = peopleFromStates(
      new Map([
        [7, { user }],
        [8, { user }],
      ]),
      8,
    );
    expect(people).toHaveLength(1);
    expect(people[0]!.isMe).toBe(true);
  });

  it('makes initials', () => {
    expect(initialsOf('Olivier Crepin-Leblond')).toBe('OC');
    expect(initialsOf('Rajendra Pratap Gupta')).toBe('RG');
    expect(initialsOf('sorina')).toBe('S');
  });
});

describe('routes', () => {
  it('parses the home page and document addresses', () => {
    expect(parseRoute('/')).toEqual({ kind: 'home' });
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('/doc/main-session-plan')).toEqual({
      kind: 'document',
      name: 'main-session-plan',
    });
    expect(parseRoute('/doc/hybrid-faq/')).toEqual({ kind: 'document', name: 'hybrid-faq' });
    expect(parseRoute(documentPath('dc-paper'))).toEqual({ kind: 'document', name: 'dc-paper' });
  });

  it('refuses invalid document names and unknown paths', () => {
    for (const path of [
      '/doc/Bad_Name',
      '/doc/-x',
      '/doc/%E0%A4%A',
      '/doc/a/b',
      '/settings',
      '/invite/',
      '/invite/short',
      '/invite/abc.def/ghi',
      '/login/abcdefghijkl',
    ]) {
      expect(parseRoute(path).kind, path).toBe('notFound');
    }
  });

  it('parses the People page and the one-time links', () => {
    expect(parseRoute('/people')).toEqual({ kind: 'people' });
    expect(parseRoute('/people/')).toEqual({ kind: 'people' });
    const secret = 'Q2x3_-abcdefghijklmnopqrstuvwxyz0123456789AB';
    for (const link of ['invite', 'reset', 'setup'] as const) {
      const route = parseRoute(`/${link}/${secret}`);
      expect(route).toEqual({ kind: 'link', link, secret });
      expect(isPublicRoute(route)).toBe(true);
    }
    expect(isPublicRoute(parseRoute('/people'))).toBe(false);
    expect(isPublicRoute(parseRoute('/doc/dc-paper'))).toBe(false);
  });

  it('builds the sync address on the page’s own host', () => {
    expect(syncUrl({ protocol: 'https:', host: 'planner.example.org' }, 'dc-paper')).toBe(
      'wss://planner.example.org/sync/dc-paper',
    );
    expect(syncUrl({ protocol: 'http:', host: '127.0.0.1:8080' }, 'hybrid-faq')).toBe(
      'ws://127.0.0.1:8080/sync/hybrid-faq',
    );
  });
});

describe('parseDocumentList', () => {
  it('keeps well-formed rows and cleans people', () => {
    const list = parseDocumentList({
      documents: [
        {
          name: 'main-session-plan',
          title: 'Plan',
          kind: 'planning',
          lastEditedAt: '2021-09-02T12:00:00.000Z',
          present: [{ name: 'Sorina', dc: 'IGF Secretariat', color: 'javascript:x' }, { nope: 1 }],
          access: 'viewer',
        },
        { name: 'Bad Name', title: 'x', kind: 'draft', lastEditedAt: null, present: [] },
        {
          name: 'dc-paper',
          title: 'Paper',
          kind: 'draft',
          lastEditedAt: 'yesterday',
          present: null,
          access: 'owner',
        },
      ],
    });
    expect(list).toEqual([
      {
        name: 'main-session-plan',
        title: 'Plan',
        kind: 'planning',
        lastEditedAt: '2021-09-02T12:00:00.000Z',
        present: [{ name: 'Sorina', dc: 'IGF Secretariat', color: '#5f6368' }],
        access: 'viewer',
      },
      {
        name: 'dc-paper',
        title: 'Paper',
        kind: 'draft',
        lastEditedAt: null,
        present: [],
        access: null,
      },
    ]);
  });

  it('rejects a body of the wrong shape', () => {
    expect(() => parseDocumentList({})).toThrow();
    expect(() => parseDocumentList(null)).toThrow();
  });
});

describe('formatLastEdited', () => {
  const now = Date.parse('2021-09-02T12:00:00Z');
  it('says how long ago, in words', () => {
    expect(formatLastEdited(null, now)).toBe('Never edited');
    expect(formatLastEdited('2021-09-02T11:59:30Z', now)).toBe('Edited just now');
    expect(formatLastEdited('2021-09-02T11:59:00Z', now)).toBe('Edited 1 minute ago');
    expect(formatLastEdited('2021-09-02T11:15:00Z', now)).toBe('Edited 45 minutes ago');
    expect(formatLastEdited('2021-09-02T09:00:00Z', now)).toBe('Edited 3 hours ago');
    expect(formatLastEdited('2021-08-31T12:00:00Z', now)).toBe('Edited 2 days ago');
    expect(formatLastEdited('2021-07-01T12:00:00Z', now)).toMatch(/^Edited .*2021/);
  });
});
