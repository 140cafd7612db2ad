/** Document names follow an allowlist pattern (SPEC B3). */
import { describe, expect, it } from 'vitest';
import { isValidDocName } from '../../shared/docName';

describe('isValidDocName', () => {
  it.each(['main-session-plan', 'hybrid-faq', 'a', '0', 'dc-paper-2', 'x'.repeat(64)])(
    'accepts %s',
    (name) => {
      expect(isValidDocName(name)).toBe(true);
    },
  );
  it.each([
    '',
    'Main',
    'a_b',
    '-a',
    'a-',
    'a--b',
    'a.b',
    'a/b',
    'a b',
    'x'.repeat(65),
    'é',
    '../etc',
  ])('refuses %j', (name) => {
    expect(isValidDocName(name)).toBe(false);
  });
});
