/**
 * Who an @-mention can name, from the directory: active people and Dynamic Coalitions whose
 * name contains what was typed after "@" (any word start first), at most a handful.
 */
import type { MentionRef } from '../../../shared/comments/mentions';
import type { Directory } from './directoryApi';

/** One entry of the autocomplete list. */
export interface MentionCandidate extends MentionRef {
  /** A second line: the person's DC names, or "Dynamic Coalition". */
  readonly detail: string;
}

const LIMIT = 8;

const rank = (name: string, query: string): number => {
  const lower = name.toLowerCase();
  if (query === '') return 1;
  if (lower.startsWith(query)) return 0;
  if (lower.split(/\s+/).some((word) => word.startsWith(query))) return 1;
  return lower.includes(query) ? 2 : -1;
};

/** The candidates for `query` (the text after "@"), best first. */
export function mentionCandidates(directory: Directory | null, query: string): MentionCandidate[] {
  if (!directory) return [];
  const wanted = query.trim().toLowerCase();
  const dcNames = new Map(directory.dcs.map((dc) => [dc.id, dc.name]));
  const all: Array<{ candidate: MentionCandidate; score: number }> = [];
  for (const person of directory.people) {
    if (!person.active) continue;
    const score = rank(person.name, wanted);
    if (score < 0) continue;
    const detail = person.dcs.map((dc) => dcNames.get(dc) ?? dc).join(', ');
    all.push({ candidate: { kind: 'person', id: person.id, label: person.name, detail }, score });
  }
  for (const dc of directory.dcs) {
    const score = rank(dc.name, wanted);
    const idScore = rank(dc.id, wanted);
    const best = score < 0 ? idScore : idScore < 0 ? score : Math.min(score, idScore);
    if (best < 0) continue;
    all.push({
      candidate: { kind: 'dc', id: dc.id, label: dc.name, detail: 'Dynamic Coalition' },
      score: best + 0.5,
    });
  }
  all.sort((a, b) => a.score - b.score || a.candidate.label.localeCompare(b.candidate.label));
  return all.slice(0, LIMIT).map((entry) => entry.candidate);
}
