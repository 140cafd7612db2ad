/**
 * Who someone speaks for in the workspace: one of the Dynamic Coalitions, or one of the other
 * roles that take part in DCCG work (facilitators, Secretariat, MAG working groups). The
 * first-visit form offers exactly this list, and carets show the short label.
 */
import { dynamicCoalitions } from './referenceData';

/** One entry of the "Which DC are you with?" list. */
export interface Affiliation {
  /** What is stored and shared with others (the `dc` field of presence). */
  readonly name: string;
  /** A short label for carets and avatars. */
  readonly shortName: string;
  /** Groups the list for people: the coalitions first, then the other roles. */
  readonly group: 'Dynamic Coalitions' | 'Other roles';
}

const otherRoles: ReadonlyArray<Affiliation> = [
  { name: 'DCCG coordination facilitator', shortName: 'Facilitator', group: 'Other roles' },
  { name: 'IGF Secretariat', shortName: 'Secretariat', group: 'Other roles' },
  { name: 'MAG Working Group on Hybrid', shortName: 'MAG WG-Hybrid', group: 'Other roles' },
  { name: 'MAG Working Group on Strategy', shortName: 'MAG WG-Strategy', group: 'Other roles' },
  { name: 'Not with a DC (observer)', shortName: 'Observer', group: 'Other roles' },
];

/** Every affiliation a person can pick, coalitions first. */
export const affiliations: ReadonlyArray<Affiliation> = [
  ...dynamicCoalitions.map((dc): Affiliation => ({
    name: dc.name,
    shortName: dc.shortName,
    group: 'Dynamic Coalitions',
  })),
  ...otherRoles,
];

/** The affiliation called `name`, if it is one of the list. */
export function findAffiliation(name: string): Affiliation | undefined {
  return affiliations.find((affiliation) => affiliation.name === name);
}

/** The short label for an affiliation name; unknown names are returned as they are. */
export function shortAffiliationName(name: string): string {
  return findAffiliation(name)?.shortName ?? name;
}
