/**
 * Decides what a signed-in person may do in one document when their websocket opens: their
 * access level (the document's override for them, else their role's default), the write rules
 * of the document's kind (mapping tables for `table-*`, rich text otherwise), and the presence
 * stamped on their awareness states.
 */
import { checkUpdate, mayChangeEverything } from '../../shared/access/writeRules';
import { defaultDocumentAccess, DocumentAccessLevels } from '../../shared/access/roles';
import { mappingTableRules, richTextRules } from '../../shared/access/documentRules';
import { isTableName } from '../../shared/tables/tableNames';
import type { Identity } from '../accounts/AccountService';
import type { AccountStore } from '../accounts/AccountStore';
import type { ConnectionPermissions } from '../room/RoomConnection';
import { presenceColor } from '../../shared/accounts/presenceColor';
import { affiliationOf } from '../../shared/accounts/affiliationOf';

/** Builds the authorize function of the sync endpoint; `now` is the clock of deadlines. */
export function createConnectionAuthorizer(store: AccountStore, now: () => number = Date.now) {
  return async (identity: Identity, docName: string): Promise<ConnectionPermissions | null> => {
    const { user } = identity;
    const override = (await store.getDocumentAccess(docName)).get(user.id);
    const access = override ?? defaultDocumentAccess(user.role);
    const presence = {
      id: user.id,
      name: user.name,
      dc: affiliationOf(user),
      color: presenceColor(user.id),
    };
    if (access === DocumentAccessLevels.viewer) return { canWrite: false, presence };
    const context = {
      userId: user.id,
      userName: user.name,
      role: user.role,
      dcs: user.dcs,
      access,
    };
    const rules = isTableName(docName) ? mappingTableRules : richTextRules;
    // Those who may change everything are not decoded: this runs on every keystroke.
    if (mayChangeEverything(rules, context)) return { canWrite: true, presence };
    return {
      canWrite: true,
      presence,
      checkUpdate: (doc, update) => checkUpdate(doc, update, rules, context, now()),
    };
  };
}
