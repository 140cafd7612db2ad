/** The view of a person that leaves the server: never a password hash or lockout detail. */
import type { User } from '../accounts/AccountStore';

/** A person as the API shows them. */
export interface PublicUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: User['role'];
  readonly dcs: readonly string[];
  readonly status: User['status'];
}

/** Strips everything secret from a user. */
export function publicUser(user: User): PublicUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    dcs: user.dcs,
    status: user.status,
  };
}
