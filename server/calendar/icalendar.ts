/**
 * The preparatory-phase calendar as iCalendar (RFC 5545), for one session or all of them: times
 * are written as UTC instants (DTSTART:…Z), so every calendar program shows them in its own zone
 * without needing our zone definitions. Event UIDs are stable, so a subscribed feed updates
 * sessions in place instead of duplicating them.
 */
import ical from 'ical-generator';
import type { CalendarEntry } from '../../shared/calls/calendarEntry';

/** Name of the published calendar. */
export const CALENDAR_NAME = 'IGF 2021 preparatory and engagement phase: DC sessions';

/** The iCalendar text of `entries`. */
export function renderICalendar(
  entries: readonly CalendarEntry[],
  options: { readonly host: string; readonly stamp: Date; readonly name?: string },
): string {
  const calendar = ical({
    name: options.name ?? CALENDAR_NAME,
    prodId: { company: 'IGF DCCG', product: 'DC Planner', language: 'EN' },
    ttl: 60 * 60,
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.id}@${options.host}`,
      start: new Date(entry.start),
      end: new Date(entry.end),
      stamp: options.stamp,
      summary: `${entry.title} (${entry.dcName})`,
      description: [entry.description, entry.url ? `Link: ${entry.url}` : '']
        .filter(Boolean)
        .join('\n\n'),
      url: entry.url,
      organizer: null,
    });
  }
  return calendar.toString();
}

/** A file name for a download: letters, digits and hyphens. */
export function icsFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'session'}.ics`;
}
