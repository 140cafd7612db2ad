/**
 * The write-rule mechanism (SPEC W1, W3, W4): first matching rule decides, unmatched changes
 * are refused, one refused change refuses the update, viewers change nothing, and contexts
 * that may change everything are not decoded at all.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  DEFAULT_REFUSAL,
  UNCHECKABLE_REFUSAL,
  VIEWER_REFUSAL,
  checkUpdate,
  defineWriteRules,
  mayChangeEverything,
  type RuleInput,
} from '../../shared/access/writeRules';
import { captureUpdate, editOf, person, replicaOf, serverDoc } from './accessHelpers';

const server = () =>
  serverDoc((doc) => {
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('box', new Y.Map([['owner', 'u1']]));
  });

const rules = defineWriteRules({
  editorsChangeEverything: true,
  rules: [
    { match: ['m', 'a'], allow: () => false, reason: 'a is fixed' },
    { match: ['m', 'said'], allow: () => 'said by the predicate' },
    { match: ['m', 'silent'], allow: () => false },
    { match: ['m', ':key'], allow: () => true },
  ],
});

const commenter = person('u1', 'observer');
const set = (key: string, value: unknown) => (doc: Y.Doc) => doc.getMap('m').set(key, value);

describe('write rules: matching (W3)', () => {
  it('lets the first matching rule decide', () => {
    const doc = server();
    expect(checkUpdate(doc, editOf(doc, set('a', 2)), rules, commenter)).toEqual({
      ok: false,
      reason: 'a is fixed',
      path: 'm/a',
    });
    expect(checkUpdate(doc, editOf(doc, set('b', 2)), rules, commenter)).toEqual({ ok: true });
  });

  it('uses a string returned by the predicate as the reason, else the default', () => {
    const doc = server();
    expect(checkUpdate(doc, editOf(doc, set('said', 1)), rules, commenter)).toMatchObject({
      reason: 'said by the predicate',
    });
    expect(checkUpdate(doc, editOf(doc, set('silent', 1)), rules, commenter)).toMatchObject({
      reason: DEFAULT_REFUSAL,
    });
  });

  it('refuses changes that no rule matches', () => {
    const doc = server();
    const update = editOf(doc, (client) => client.getText('other').insert(0, 'x'));
    expect(checkUpdate(doc, update, rules, commenter)).toEqual({
      ok: false,
      reason: DEFAULT_REFUSAL,
      path: 'other/[]',
    });
  });

  it('refuses the whole update when one of its changes is refused', () => {
    const doc = server();
    const update = editOf(doc, (client) =>
      client.transact(() => {
        set('b', 1)(client);
        set('a', 9)(client);
      }),
    );
    expect(checkUpdate(doc, update, rules, commenter)).toMatchObject({ ok: false, path: 'm/a' });
  });

  it('gives predicates the captured keys, the types along the path and every effect', () => {
    const doc = server();
    const seen: Array<Pick<RuleInput, 'params'> & { box: unknown; value: unknown; count: number }> =
      [];
    const spy = defineWriteRules({
      editorsChangeEverything: false,
      rules: [
        {
          match: ['m', ':box', ':field'],
          allow: ({ params, typeAt, effects }) => {
            seen.push({
              params,
              box: typeAt('box')?.existing('owner'),
              value: typeAt('field'),
              count: effects.length,
            });
            return true;
          },
        },
        { match: ['m', ':key'], allow: ({ typeAt }) => typeAt('key')?.isNew === true },
      ],
    });
    const update = editOf(doc, (client) => {
      (client.getMap('m').get('box') as Y.Map<string>).set('label', 'x');
      client.getMap('m').set('fresh', new Y.Map());
    });
    expect(checkUpdate(doc, update, spy, commenter)).toEqual({ ok: true });
    expect(seen).toEqual([
      { params: { box: 'box', field: 'label' }, box: 'u1', value: null, count: 2 },
    ]);
    expect(checkUpdate(doc, editOf(doc, set('plain', 1)), spy, commenter).ok).toBe(false);
  });

  it('refuses malformed patterns when the rules are defined', () => {
    expect(() =>
      defineWriteRules({
        editorsChangeEverything: false,
        rules: [{ match: ['a', ':'], allow: () => true }],
      }),
    ).toThrow();
  });
});

describe('write rules: who is checked (W1, W4)', () => {
  it('lets a viewer send an update that changes nothing, and nothing else', () => {
    const doc = server();
    const viewer = person('u1', 'secretariat', { access: 'viewer' });
    const handshake = Y.encodeStateAsUpdate(replicaOf(doc));
    expect(checkUpdate(doc, handshake, rules, viewer)).toEqual({ ok: true });
    expect(checkUpdate(doc, editOf(doc, set('b', 1)), rules, viewer)).toMatchObject({
      ok: false,
      reason: VIEWER_REFUSAL,
    });
  });

  it('does not decode updates of people who may change everything', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff]);
    const doc = server();
    const secretariat = person('s', 'secretariat');
    const editor = person('e', 'facilitator');
    const noShortcut = defineWriteRules({ editorsChangeEverything: false, rules: rules.rules });
    expect(checkUpdate(doc, garbage, rules, secretariat)).toEqual({ ok: true });
    expect(checkUpdate(doc, garbage, noShortcut, secretariat)).toEqual({ ok: true });
    expect(checkUpdate(doc, garbage, rules, editor)).toEqual({ ok: true });
    expect(checkUpdate(doc, garbage, noShortcut, editor)).toMatchObject({
      reason: UNCHECKABLE_REFUSAL,
    });
    expect(checkUpdate(doc, garbage, rules, commenter)).toMatchObject({
      reason: UNCHECKABLE_REFUSAL,
    });
  });

  it('says who may change everything', () => {
    const table = defineWriteRules({ editorsChangeEverything: false, rules: [] });
    expect(mayChangeEverything(rules, person('s', 'secretariat'))).toBe(true);
    expect(mayChangeEverything(table, person('s', 'secretariat'))).toBe(true);
    expect(mayChangeEverything(rules, person('s', 'secretariat', { access: 'viewer' }))).toBe(
      false,
    );
    expect(mayChangeEverything(rules, person('f', 'facilitator'))).toBe(true);
    expect(mayChangeEverything(table, person('f', 'facilitator'))).toBe(false);
    expect(mayChangeEverything(rules, person('d', 'dcMember', { access: 'commenter' }))).toBe(
      false,
    );
    expect(mayChangeEverything(rules, person('o', 'observer'))).toBe(false);
  });

  it('refuses updates that cannot be traced, for restricted people', () => {
    const doc = new Y.Doc();
    const writer = new Y.Doc();
    captureUpdate(writer, () => writer.getMap('m').set('x', 1));
    const second = captureUpdate(writer, () => writer.getMap('m').set('y', 1));
    expect(checkUpdate(doc, second, rules, commenter)).toEqual({
      ok: false,
      reason: UNCHECKABLE_REFUSAL,
    });
  });
});

describe('write rules: guarded roots bind everyone (W4)', () => {
  const guarded = defineWriteRules({
    editorsChangeEverything: true,
    guardedRoots: ['g'],
    rules: [
      { match: ['g', 'open'], allow: () => true },
      { match: ['g', '**'], allow: () => false, reason: 'g is guarded' },
      { match: ['**'], allow: () => false, reason: 'editors only' },
    ],
  });
  const editor = person('e', 'facilitator');
  const secretariat = person('s', 'secretariat');
  const edit = (root: string, key: string) => (doc: Y.Doc) => doc.getMap(root).set(key, 1);

  it('judges the privileged only on their changes in guarded roots', () => {
    const doc = server();
    for (const ctx of [editor, secretariat]) {
      expect(mayChangeEverything(guarded, ctx)).toBe(false);
      expect(checkUpdate(doc, editOf(doc, edit('m', 'x')), guarded, ctx)).toEqual({ ok: true });
      expect(checkUpdate(doc, editOf(doc, edit('g', 'open')), guarded, ctx)).toEqual({ ok: true });
      const both = editOf(doc, (d) => {
        edit('m', 'x')(d);
        edit('g', 'shut')(d);
      });
      expect(checkUpdate(doc, both, guarded, ctx)).toEqual({
        ok: false,
        reason: 'g is guarded',
        path: 'g/shut',
      });
    }
    expect(checkUpdate(doc, editOf(doc, edit('m', 'x')), guarded, commenter)).toMatchObject({
      reason: 'editors only',
    });
  });

  it('refuses the privileged an update it cannot trace, which could land in a guarded root', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff]);
    expect(checkUpdate(server(), garbage, guarded, secretariat)).toMatchObject({
      reason: UNCHECKABLE_REFUSAL,
    });
  });
});
