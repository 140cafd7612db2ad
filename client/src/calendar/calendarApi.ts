/**
 * The browser's calls of the calendar API: the accepted sessions, and the person's feed link
 * (whether one exists, make a new one, turn it off). Downloads are plain links to the .ics URLs.
 */
import type { CalendarEntry } from '../../../shared/calls/calendarEntry';
import { apiRequest } from '../api/apiRequest';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unexpected = (): Error => new Error('The server sent an unexpected answer.');

/** The address that downloads the whole calendar. */
export const CALENDAR_ICS_URL = '/api/calendar/ics';

/** The address that downloads one session. */
export function sessionIcsUrl(id: string): string {
  return `/api/calendar/sessions/${encodeURIComponent(id)}/ics`;
}

/** The accepted sessions, by start. */
export async function fetchCalendar(signal?: AbortSignal): Promise<CalendarEntry[]> {
  const body = await apiRequest('/api/calendar', { signal });
  if (!isRecord(body) || !Array.isArray(body.entries)) throw unexpected();
  return body.entries as CalendarEntry[];
}

/** Whether the person has a feed link, and since when. */
export async function fetchFeedState(
  signal?: AbortSignal,
): Promise<{ exists: boolean; createdAt: number | null }> {
  const body = await apiRequest('/api/calendar/feed-token', { signal });
  if (!isRecord(body) || typeof body.exists !== 'boolean') throw unexpected();
  return {
    exists: body.exists,
    createdAt: typeof body.createdAt === 'number' ? body.createdAt : null,
  };
}

/** Makes a new feed link (the old one stops working); returns its URL, shown once. */
export async function createFeedLink(): Promise<string> {
  const body = await apiRequest('/api/calendar/feed-token', { method: 'POST' });
  if (!isRecord(body) || typeof body.url !== 'string') throw unexpected();
  return body.url;
}

/** Turns the feed link off. */
export async function deleteFeedLink(): Promise<void> {
  await apiRequest('/api/calendar/feed-token', { method: 'DELETE' });
}
