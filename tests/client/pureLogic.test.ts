// Small pure pieces of the client: identity, presence, routes, document list, relative times.
import { describe, expect, it } from 'vitest';
import {
  IDENTITY_STORAGE_KEY,
  loadIdentity,
  normalizeName,
  parseIdentity,
  saveIdentity,
} from '../../client/src/identity/identity';
import {
  isPersonColor,
  personColors,
  pickPersonColor,
} from '../../client/src/identity/personColors';
import { initialsOf, peopleFromStates } from '../../client/src/presence/peopleFromStates';
import { documentPath, parseRoute } from '../../client/src/routing/routes';
import { parseDocumentList } from '../../client/src/home/documentList';
import { formatLastEdited } from '../../client/src/home/formatLastEdited';
import { syncUrl } from '../../client/src/sync/syncUrl';

const memoryStorage = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
};

describe('identity', () => {
  const valid = { name: 'Sorina Teleanu', dc: 'IGF Secretariat', color: '#1a73e8' };

  it('round-trips through storage', () => {
    const storage = memoryStorage();
    expect(loadIdentity(storage)).toBeNull();
    expect(saveIdentity(storage, valid)).toBe(true);
    expect(storage.values.has(IDENTITY_STORAGE_KEY)).toBe(true);
    expect(loadIdentity(storage)).toEqual(valid);
  });

  it('asks again when what is stored is broken or outdated', () => {
    const storage = memoryStorage();
    for (const raw of [
      'not json',
      '{}',
      JSON.stringify({ ...valid, dc: 'DC on Something Unknown' }),
      JSON.stringify({ ...valid, color: 'red' }),
      JSON.stringify({ ...valid, name: '   ' }),
    ]) {
      storage.setItem(IDENTITY_STORAGE_KEY, raw);
      expect(loadIdentity(storage), raw).toBeNull();
    }
  });

  it('tidies names and refuses empty or overly long ones', () => {
    expect(normalizeName('  Jutta   Croll ')).toBe('Jutta Croll');
    expect(normalizeName('')).toBeNull();
    expect(normalizeName('x'.repeat(61))).toBeNull();
    expect(parseIdentity({ ...valid, name: ' Markus  Kummer ' })?.name).toBe('Markus Kummer');
  });

  it('only ever hands out #rrggbb colours', () => {
    for (const color of personColors) expect(isPersonColor(color)).toBe(true);
    for (const value of [0, 0.5, 0.999999])
      expect(isPersonColor(pickPersonColor(() => value))).toBe(true);
    expect(isPersonColor('#d33')).toBe(false);
    expect(isPersonColor('rgb(0,0,0)')).toBe(false);
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
    for (const path of ['/doc/Bad_Name', '/doc/-x', '/doc/%E0%A4%A', '/doc/a/b', '/settings']) {
      expect(parseRoute(path).kind, path).toBe('notFound');
    }
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
        },
        { name: 'Bad Name', title: 'x', kind: 'draft', lastEditedAt: null, present: [] },
        {
          name: 'dc-paper',
          title: 'Paper',
          kind: 'draft',
          lastEditedAt: 'yesterday',
          present: null,
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
      },
      { name: 'dc-paper', title: 'Paper', kind: 'draft', lastEditedAt: null, present: [] },
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
