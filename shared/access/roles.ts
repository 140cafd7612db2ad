/**
 * Roles of people in the workspace and access levels to one document, with the defaults of
 * each role, and the context write rules judge a connection by. The server enforces them
 * (writeRules.ts); the browser uses them only to explain.
 */

/** A person's role in the workspace. */
export const Roles = {
  /** The IGF Secretariat: administers the workspace, may change everything. */
  secretariat: 'secretariat',
  /** A coordination facilitator. */
  facilitator: 'facilitator',
  /** A representative of one or more Dynamic Coalitions. */
  dcMember: 'dcMember',
  /** Reads and comments. */
  observer: 'observer',
} as const;

/** A role. */
export type Role = (typeof Roles)[keyof typeof Roles];

/** Access to one document. */
export const DocumentAccessLevels = {
  /** Reads only. */
  viewer: 'viewer',
  /** Reads and comments; does not change the text. */
  commenter: 'commenter',
  /** Reads, comments and edits (within the document kind's write rules). */
  editor: 'editor',
} as const;

/** An access level. */
export type DocumentAccess = (typeof DocumentAccessLevels)[keyof typeof DocumentAccessLevels];

/** What a role may change in a mapping table (whatever its access level says). */
export const TableScopes = {
  /** Every row, and the table's columns and settings. */
  everything: 'everything',
  /** Everything inside rows owned by one of the person's DCs, except which DC owns them. */
  ownRows: 'ownRows',
  /** Nothing but comments (threads follow the same rules in every document kind). */
  nothing: 'nothing',
} as const;

/** A table scope. */
export type TableScope = (typeof TableScopes)[keyof typeof TableScopes];

/** What a role has unless the Secretariat says otherwise for a person or document. */
export interface RoleDefaults {
  /** Access to documents. A viewer gets nothing writable, in any document kind. */
  readonly access: DocumentAccess;
  /** Manages people, documents and access in the workspace. */
  readonly administers: boolean;
  /** What an editor with this role may change in mapping tables. */
  readonly tables: TableScope;
}

/** The defaults of each role. */
export const roleDefaults = {
  secretariat: { access: 'editor', administers: true, tables: 'everything' },
  facilitator: { access: 'editor', administers: false, tables: 'nothing' },
  dcMember: { access: 'editor', administers: false, tables: 'ownRows' },
  observer: { access: 'commenter', administers: false, tables: 'nothing' },
} as const satisfies Readonly<Record<Role, RoleDefaults>>;

/** The access a role has to a document unless the Secretariat set another for the person. */
export function defaultDocumentAccess(role: Role): DocumentAccess {
  return roleDefaults[role].access;
}

/** Who is writing, as write rules see a connection. */
export interface AccessContext {
  /** The person's account id (comment authorship is checked against it). */
  readonly userId: string;
  /**
   * The person's name as the server knows it; when given, a table status must carry it
   * (`statusByName`), so "set by" cannot name someone else.
   */
  readonly userName?: string;
  readonly role: Role;
  /** Ids of the Dynamic Coalitions the person represents. */
  readonly dcs: readonly string[];
  /** Access to this document: the person's override, else their role's default. */
  readonly access: DocumentAccess;
}

/** The context of a person with their role's default access. */
export function defaultAccessContext(
  userId: string,
  role: Role,
  dcs: readonly string[] = [],
): AccessContext {
  return { userId, role, dcs, access: defaultDocumentAccess(role) };
}

/** Labels for people. */
export const roleLabels: Readonly<Record<Role, string>> = {
  secretariat: 'Secretariat',
  facilitator: 'Facilitator',
  dcMember: 'DC member',
  observer: 'Observer',
};
