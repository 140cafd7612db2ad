/**
 * The pattern language of write rules, matched against effect paths (see updateEffect.ts).
 * A pattern is an array with one entry per path segment:
 *
 * - `'rows'`: exactly that map key (a literal; it may not start with `:`, `#` or `*`);
 * - `':rowId'`: any one map key, captured as `params.rowId`;
 * - `'#'`: any one sequence position; `'#comment'`: the same, captured by name (positions
 *   have no value, but the rule can ask for the type found there);
 * - `'*'`: any one segment, key or position;
 * - `'**'`: any number of segments, none included, keys and positions alike.
 *
 * A pattern matches the whole path: `['default', '**']` is everything in the `default` root,
 * `['threads', ':threadId']` only the entries of the `threads` root map themselves.
 */
import { SEQUENCE, type PathSegment } from './updateEffect';

type Token =
  | { readonly kind: 'literal'; readonly key: string }
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'position'; readonly name: string | null }
  | { readonly kind: 'one' }
  | { readonly kind: 'rest' };

/** The result of a match: captured keys, and the path index of every named capture. */
export interface PathMatch {
  readonly params: Readonly<Record<string, string>>;
  readonly indexes: ReadonlyMap<string, number>;
}

/** A checked, ready-to-match pattern. */
export interface PathPattern {
  /** The pattern as written. */
  readonly source: readonly string[];
  /** The captures when `path` matches, else null. */
  match(path: readonly PathSegment[]): PathMatch | null;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function readToken(segment: string, names: Set<string>): Token {
  if (segment === '**') return { kind: 'rest' };
  if (segment === '*') return { kind: 'one' };
  if (segment === '#') return { kind: 'position', name: null };
  const sigil = segment[0];
  if (sigil === ':' || sigil === '#') {
    const name = segment.slice(1);
    if (!NAME.test(name)) throw new Error(`pattern segment "${segment}": bad capture name`);
    if (names.has(name)) throw new Error(`pattern segment "${segment}": name used twice`);
    names.add(name);
    return sigil === ':' ? { kind: 'key', name } : { kind: 'position', name };
  }
  if (segment === '' || sigil === '*') throw new Error(`pattern segment "${segment}" is not valid`);
  return { kind: 'literal', key: segment };
}

/** Checks and prepares `pattern`; throws on a malformed one (a programming error). */
export function compilePattern(pattern: readonly string[]): PathPattern {
  if (pattern.length === 0) throw new Error('a pattern needs at least one segment');
  const names = new Set<string>();
  const tokens = pattern.map((segment) => readToken(segment, names));
  return {
    source: pattern,
    match(path) {
      const indexes = new Map<string, number>();
      if (!matchFrom(tokens, 0, path, 0, indexes)) return null;
      const params: Record<string, string> = {};
      for (const [name, index] of indexes) {
        const segment = path[index];
        if (typeof segment === 'string') params[name] = segment;
      }
      return { params, indexes };
    },
  };
}

function matchFrom(
  tokens: readonly Token[],
  t: number,
  path: readonly PathSegment[],
  p: number,
  indexes: Map<string, number>,
): boolean {
  for (; t < tokens.length; t++, p++) {
    const token = tokens[t]!;
    if (token.kind === 'rest') {
      // Paths are short (a root, a few keys): trying every split is cheap.
      for (let skip = path.length - p; skip >= 0; skip--) {
        if (matchFrom(tokens, t + 1, path, p + skip, indexes)) return true;
      }
      return false;
    }
    if (p >= path.length) return false;
    const segment = path[p]!;
    switch (token.kind) {
      case 'literal':
        if (segment !== token.key) return false;
        break;
      case 'key':
        if (segment === SEQUENCE) return false;
        indexes.set(token.name, p);
        break;
      case 'position':
        if (segment !== SEQUENCE) return false;
        if (token.name !== null) indexes.set(token.name, p);
        break;
      case 'one':
        break;
    }
  }
  return p === path.length;
}
