/**
 * The rules of action items: everyone signed in reads the list; only the Secretariat records,
 * changes, completes and removes items. Person owners are checked against the accounts, so an
 * item cannot name someone who does not exist. Changes are announced by topic on the live channel.
 */
import { Roles } from '../../shared/access/roles';
import { fieldErrors } from '../../shared/accounts/fieldErrors';
import {
  actionChangeSchema,
  actionSchema,
  type ActionInput,
} from '../../shared/actions/actionSchema';
import type { ActionItem, ActionOwner } from '../../shared/actions/actionTypes';
import { compareActions } from '../../shared/actions/actionTypes';
import { LiveTopics, type LiveTopic } from '../../shared/live/liveTopics';
import type { User } from '../accounts/AccountStore';
import { newId } from '../accounts/secrets';
import { ApiError, invalidInput } from '../http/ApiError';
import type { CallStore } from '../calls/CallStore';
import type { ActionStore } from './ActionStore';

/** What ActionService needs around it. */
export interface ActionServiceOptions {
  readonly now?: () => number;
  readonly onChange?: (topics: readonly LiveTopic[]) => void;
  /** Finds a person by id (to check and name person owners). */
  readonly findUser: (id: string) => Promise<User | null>;
  readonly calls: CallStore;
}

/** Action item operations, permission-checked. */
export class ActionService {
  constructor(
    readonly store: ActionStore,
    private readonly options: ActionServiceOptions,
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Every item, open ones first by due day. */
  async list(): Promise<ActionItem[]> {
    return (await this.store.listActions()).sort(compareActions);
  }

  /** Records an item (Secretariat). */
  async create(actor: User, input: unknown): Promise<ActionItem> {
    requireSecretariat(actor);
    const parsed = actionSchema.safeParse(input);
    if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
    const now = this.now();
    const item: ActionItem = {
      id: newId(),
      ...(await this.resolve(parsed.data)),
      createdAt: now,
      updatedAt: now,
    };
    await this.store.saveAction(item);
    this.options.onChange?.([LiveTopics.actions]);
    return item;
  }

  /** Stores a seeded item as it is (first start only). */
  async seed(input: ActionInput, at: number): Promise<void> {
    await this.store.saveAction({ id: newId(), ...input, createdAt: at, updatedAt: at });
  }

  /** Changes any field of an item, e.g. its status (Secretariat). */
  async change(actor: User, id: string, input: unknown): Promise<ActionItem> {
    requireSecretariat(actor);
    const item = await this.store.getAction(id);
    if (!item) throw new ApiError(404, 'not_found', 'There is no such action item.');
    const parsed = actionChangeSchema.safeParse(input);
    if (!parsed.success) throw invalidInput(fieldErrors(parsed.error));
    const merged = await this.resolve({ ...item, owners: [...item.owners], ...parsed.data });
    const next: ActionItem = { ...item, ...merged, updatedAt: this.now() };
    await this.store.saveAction(next);
    this.options.onChange?.([LiveTopics.actions]);
    return next;
  }

  /** Removes an item (Secretariat). */
  async remove(actor: User, id: string): Promise<void> {
    requireSecretariat(actor);
    if (!(await this.store.deleteAction(id)))
      throw new ApiError(404, 'not_found', 'There is no such action item.');
    this.options.onChange?.([LiveTopics.actions]);
  }

  /** Checks person owners and linked calls exist, and fills in person names. */
  private async resolve(input: ActionInput): Promise<ActionInput> {
    const owners: ActionOwner[] = [];
    for (const [index, owner] of input.owners.entries()) {
      if (owner.kind !== 'person') {
        owners.push(owner);
        continue;
      }
      const user = await this.options.findUser(owner.userId);
      if (!user) throw invalidInput({ [`owners.${index}.userId`]: 'owner: no such person' });
      owners.push({ kind: 'person', userId: user.id, name: user.name });
    }
    if (input.link?.kind === 'call' && !(await this.options.calls.getCall(input.link.id)))
      throw invalidInput({ 'link.id': 'linked call: no such call' });
    return { ...input, owners };
  }
}

function requireSecretariat(actor: User): void {
  if (actor.role !== Roles.secretariat)
    throw new ApiError(403, 'forbidden', 'Only the Secretariat records and changes action items.');
}
