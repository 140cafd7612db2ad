/**
 * The shape of the workspace directory (GET /api/directory) that the server builds and the
 * browser reads: who is who, for showing comment authors by name and for @-mention
 * autocomplete. Comments store account ids only; e-mail addresses are never part of it.
 */
import type { Role } from '../access/roles';

/** A person as the directory shows them. */
export interface DirectoryPerson {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly dcs: readonly string[];
  /** False for disabled accounts: their old comments keep a name, but nobody mentions them. */
  readonly active: boolean;
}

/** A Dynamic Coalition as the directory shows it. */
export interface DirectoryDc {
  readonly id: string;
  readonly name: string;
}

/** GET /api/directory's answer. */
export interface Directory {
  readonly people: readonly DirectoryPerson[];
  readonly dcs: readonly DirectoryDc[];
}
