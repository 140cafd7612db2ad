/**
 * Who may read a document, for everything that shows its comments outside the document (the
 * inbox, the ledger exports): exactly those the sync endpoint would let open it, so the two can
 * never disagree. Today every access level reads; a future "no access" level would answer null
 * in the authorizer and hide the document's comments here too.
 */
import type { Identity } from '../accounts/AccountService';
import type { User } from '../accounts/AccountStore';
import type { ConnectionPermissions } from '../room/RoomConnection';

/** The sync endpoint's decision: a connection's permissions, or null when it may not open. */
export type ConnectionAuthorizer = (
  identity: Identity,
  docName: string,
) => Promise<ConnectionPermissions | null>;

/** Whether `user` may read document `name`, decided by `authorize`. */
export function readAccessFrom(
  authorize: ConnectionAuthorizer,
): (user: User, name: string) => Promise<boolean> {
  return async (user, name) =>
    (await authorize({ user, credentialId: '', via: 'session' }, name)) !== null;
}
