/**
 * The one mechanism by which every document kind says who may change which part of it. A kind
 * declares its rules as data (path patterns, see pathPattern.ts) with small predicates; the
 * server checks each update of a restricted connection against them before applying it, and
 * an update that changes anything its connection may not change is refused as a whole.
 *
 * Semantics: each effect of the update (describeUpdate.ts) is judged by the first rule whose
 * pattern matches its path, so specific rules go before general ones; an effect that no rule
 * matches is refused. A viewer may change nothing, whatever the rules say. A privileged context
 * (the Secretariat; editors, when the kind says so) is exempt from the rules except under the
 * kind's guarded roots, whose rules bind everyone (no one, not even the Secretariat, rewrites
 * another person's comment). A kind without guarded roots does not decode a privileged
 * context's updates at all, since that runs on every keystroke; with guarded roots every update
 * is decoded, but only its effects in those roots are judged.
 */
import type * as Y from 'yjs';
import { describeUpdate } from './describeUpdate';
import { compilePattern, type PathPattern } from './pathPattern';
import { DocumentAccessLevels, Roles, type AccessContext } from './roles';
import { effectNode, formatPath, type TypeNode, type UpdateEffect } from './updateEffect';

/** What a rule's predicate gets to judge one effect. */
export interface RuleInput {
  readonly ctx: AccessContext;
  readonly effect: UpdateEffect;
  /** Map keys captured by `:name` segments. */
  readonly params: Readonly<Record<string, string>>;
  /**
   * The type at a captured segment (`:name` or `#name`): the type that segment leads to, or,
   * for the last segment, the type the effect inserts or deletes. Null when it is a plain value.
   */
  typeAt(name: string): TypeNode | null;
  /** Every effect of the same update, for rules that need to look at sibling changes. */
  readonly effects: readonly UpdateEffect[];
  /**
   * The document before the update (only read), for rules that depend on its settings, such
   * as a table's deadline; null when the effects are judged without one.
   */
  readonly doc: Y.Doc | null;
  /** When the update is judged (ms since the epoch), for rules with deadlines. */
  readonly now: number;
}

/** What the rules may know besides the effects: the document and the time. */
export interface RuleEnvironment {
  readonly doc?: Y.Doc | null;
  /** Ms since the epoch; defaults to the current time. */
  readonly now?: number;
}

/**
 * One rule: where it applies, and whether the effect is allowed there. `allow` returns true to
 * allow, false to refuse with `reason`, or a string to refuse with that text instead.
 */
export interface WriteRule {
  readonly match: readonly string[];
  readonly allow: (input: RuleInput) => boolean | string;
  /** Why the change was refused, in plain words for the person. */
  readonly reason?: string;
}

/** What a document kind declares. */
export interface WriteRulesDefinition {
  /** True when an editor is privileged in this kind (exempt outside the guarded roots). */
  readonly editorsChangeEverything: boolean;
  /**
   * Root types whose rules bind everyone, privileged or not (default none). Their rules must
   * come first, since a privileged context is judged only on the effects under these roots.
   */
  readonly guardedRoots?: readonly string[];
  /** Judged in order; the first matching rule decides. */
  readonly rules: readonly WriteRule[];
}

/** A checked rule set, made by defineWriteRules. */
export interface WriteRules {
  readonly editorsChangeEverything: boolean;
  readonly guardedRoots: readonly string[];
  readonly rules: ReadonlyArray<WriteRule & { readonly pattern: PathPattern }>;
}

/** The verdict on one update. `path` (for logs) names the first refused change. */
export type WriteVerdict =
  { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly path?: string };

/** Said when a refused change matches no rule or its rule gives no reason. */
export const DEFAULT_REFUSAL = 'You cannot change this part of the document.';
/** Said to viewers. */
export const VIEWER_REFUSAL = 'You can read this document but not change it.';
/** Said when an update cannot be traced to the parts it changes. */
export const UNCHECKABLE_REFUSAL =
  'This change could not be checked against your permissions. Reload the page and try again.';

/** Checks the patterns of a document kind's rules; throws on a malformed pattern. */
export function defineWriteRules(definition: WriteRulesDefinition): WriteRules {
  return Object.freeze({
    editorsChangeEverything: definition.editorsChangeEverything,
    guardedRoots: Object.freeze([...(definition.guardedRoots ?? [])]),
    rules: Object.freeze(
      definition.rules.map((rule) =>
        Object.freeze({ ...rule, pattern: compilePattern(rule.match) }),
      ),
    ),
  });
}

/**
 * Whether `ctx` is privileged under `rules`: exempt from them everywhere except in the guarded
 * roots (the Secretariat; editors, when the kind says so).
 */
export function isPrivileged(rules: WriteRules, ctx: AccessContext): boolean {
  if (ctx.access === DocumentAccessLevels.viewer) return false;
  if (ctx.role === Roles.secretariat) return true;
  return rules.editorsChangeEverything && ctx.access === DocumentAccessLevels.editor;
}

/**
 * Whether `ctx` may change everything in a document governed by `rules`, so that its updates
 * need no check at all: privileged, in a kind without guarded roots.
 */
export function mayChangeEverything(rules: WriteRules, ctx: AccessContext): boolean {
  return rules.guardedRoots.length === 0 && isPrivileged(rules, ctx);
}

/**
 * Judges `update` from a connection with `ctx` against `rules`, before it is applied to `doc`
 * (which is only read), at time `now` (ms since the epoch). A refused update must not be
 * applied, stored or relayed. A privileged context is judged only on what it changes in the
 * guarded roots; an update that cannot be traced is refused to everyone who is checked, since
 * its hidden parts could land in a guarded root later.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  rules: WriteRules,
  ctx: AccessContext,
  now: number = Date.now(),
): WriteVerdict {
  if (mayChangeEverything(rules, ctx)) return { ok: true };
  const effects = describeUpdate(doc, update);
  if (effects === null) return { ok: false, reason: UNCHECKABLE_REFUSAL };
  const judged = isPrivileged(rules, ctx)
    ? effects.filter((effect) => rules.guardedRoots.includes(effect.path[0] as string))
    : effects;
  return judgeEffects(judged, effects, rules, ctx, { doc, now });
}

/** Judges described effects by the rules alone (no exemption for the privileged). */
export function checkEffects(
  effects: readonly UpdateEffect[],
  rules: WriteRules,
  ctx: AccessContext,
  environment: RuleEnvironment = {},
): WriteVerdict {
  const env = { doc: environment.doc ?? null, now: environment.now ?? Date.now() };
  return judgeEffects(effects, effects, rules, ctx, env);
}

/** Judges `judged`, some of the update's `effects` (which rules may look at). */
function judgeEffects(
  judged: readonly UpdateEffect[],
  effects: readonly UpdateEffect[],
  rules: WriteRules,
  ctx: AccessContext,
  env: { readonly doc: Y.Doc | null; readonly now: number },
): WriteVerdict {
  for (const effect of judged) {
    if (ctx.access === DocumentAccessLevels.viewer) {
      return { ok: false, reason: VIEWER_REFUSAL, path: formatPath(effect.path) };
    }
    const refusal = judge(effect, effects, rules, ctx, env);
    if (refusal !== null) return { ok: false, reason: refusal, path: formatPath(effect.path) };
  }
  return { ok: true };
}

/** Null when allowed, else the reason. */
function judge(
  effect: UpdateEffect,
  effects: readonly UpdateEffect[],
  rules: WriteRules,
  ctx: AccessContext,
  env: { readonly doc: Y.Doc | null; readonly now: number },
): string | null {
  for (const rule of rules.rules) {
    const match = rule.pattern.match(effect.path);
    if (!match) continue;
    const verdict = rule.allow({
      ctx,
      effect,
      params: match.params,
      effects,
      doc: env.doc,
      now: env.now,
      typeAt(name) {
        const index = match.indexes.get(name);
        if (index === undefined) return null;
        if (index < effect.containers.length) return effect.containers[index] ?? null;
        return index === effect.path.length - 1 ? effectNode(effect) : null;
      },
    });
    if (verdict === true) return null;
    return typeof verdict === 'string' ? verdict : (rule.reason ?? DEFAULT_REFUSAL);
  }
  return DEFAULT_REFUSAL;
}
