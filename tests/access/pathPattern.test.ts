/**
 * The pattern language of write rules (SPEC W3): literals, `:key` captures, `#` positions,
 * `*` and `**`, always matched against the whole path.
 */
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../shared/access/pathPattern';
import type { PathSegment } from '../../shared/access/updateEffect';
import { S } from './accessHelpers';

const matches = (pattern: string[], path: PathSegment[]) => compilePattern(pattern).match(path);

describe('path patterns (W3)', () => {
  it('matches literal keys exactly and the whole path only', () => {
    expect(matches(['rows', 'r1'], ['rows', 'r1'])).not.toBeNull();
    expect(matches(['rows', 'r1'], ['rows', 'r2'])).toBeNull();
    expect(matches(['rows'], ['rows', 'r1'])).toBeNull();
    expect(matches(['rows', 'r1', 'dc'], ['rows', 'r1'])).toBeNull();
  });

  it('captures map keys with :name, never sequence positions', () => {
    expect(matches(['threads', ':threadId'], ['threads', 't9'])?.params).toEqual({
      threadId: 't9',
    });
    expect(matches(['threads', ':threadId'], ['threads', S])).toBeNull();
  });

  it('matches sequence positions with #, never map keys, and records where #name was', () => {
    const match = matches(['t', 'comments', '#comment', ':field'], ['t', 'comments', S, 'body']);
    expect(match?.params).toEqual({ field: 'body' });
    expect(match?.indexes.get('comment')).toBe(2);
    expect(matches(['t', '#'], ['t', 'key'])).toBeNull();
    expect(matches(['t', '#'], ['t', S])).not.toBeNull();
  });

  it('matches one segment of either kind with *', () => {
    expect(matches(['a', '*'], ['a', 'k'])).not.toBeNull();
    expect(matches(['a', '*'], ['a', S])).not.toBeNull();
    expect(matches(['a', '*'], ['a'])).toBeNull();
    expect(matches(['a', '*'], ['a', S, S])).toBeNull();
  });

  it('matches any number of segments, none included, with **', () => {
    expect(matches(['default', '**'], ['default'])).not.toBeNull();
    expect(matches(['default', '**'], ['default', S, S, 'level'])).not.toBeNull();
    expect(matches(['default', '**'], ['other', S])).toBeNull();
    expect(matches(['**'], ['anything', 'at', S])).not.toBeNull();
  });

  it('backtracks through ** placed before other segments', () => {
    const match = matches(['rows', '**', ':field'], ['rows', 'r1', 'cells', 'c1', 'x']);
    expect(match?.params).toEqual({ field: 'x' });
    expect(matches(['**', 'dc'], ['rows', 'r1', 'dc'])).not.toBeNull();
    expect(matches(['**', 'dc'], ['rows', 'dc', 'x'])).toBeNull();
  });

  it('refuses malformed patterns when rules are defined', () => {
    for (const bad of [[], [':'], ['#1x'], ['a', ':x', ':x'], ['***'], ['*x'], ['']]) {
      expect(() => compilePattern(bad), JSON.stringify(bad)).toThrow();
    }
  });
});
