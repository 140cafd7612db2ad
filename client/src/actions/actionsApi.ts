/**
 * The browser's calls of the action items API: the list for everyone, and recording, changing
 * and removing items for the Secretariat.
 */
import type { ActionItem } from '../../../shared/actions/actionTypes';
import { apiRequest } from '../api/apiRequest';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unexpected = (): Error => new Error('The server sent an unexpected answer.');

const readItem = (value: unknown): ActionItem => {
  if (!isRecord(value) || typeof value.id !== 'string' || !Array.isArray(value.owners))
    throw unexpected();
  return value as unknown as ActionItem;
};

/** Every action item, open ones first by due day. */
export async function fetchActions(signal?: AbortSignal): Promise<ActionItem[]> {
  const body = await apiRequest('/api/actions', { signal });
  if (!isRecord(body) || !Array.isArray(body.actions)) throw unexpected();
  return body.actions.map(readItem);
}

/** Records an item. */
export async function createAction(input: unknown): Promise<ActionItem> {
  const body = await apiRequest('/api/actions', { method: 'POST', body: input });
  if (!isRecord(body)) throw unexpected();
  return readItem(body.action);
}

/** Changes an item. */
export async function changeAction(id: string, change: unknown): Promise<ActionItem> {
  const body = await apiRequest(`/api/actions/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: change,
  });
  if (!isRecord(body)) throw unexpected();
  return readItem(body.action);
}

/** Removes an item. */
export async function removeAction(id: string): Promise<void> {
  await apiRequest(`/api/actions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
