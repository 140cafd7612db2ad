/**
 * Pure client logic of calls, the calendar and action items: the new addresses, the month
 * grid in the reader's zone (a session crossing midnight on both days, one ending at midnight
 * on one), and an answer's form state round-tripping through the reader's zone.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../shared/calls/calendarEntry';
import type { Answer } from '../../shared/calls/callTypes';
import { seededCalls, SeededCallIds } from '../../shared/calls/seedCalls';
import { draftOf, draftProblems, requestOf } from '../../client/src/calls/answerDraft';
import { monthGrid, shiftMonth } from '../../client/src/calendar/monthGrid';
import { callPath, parseRoute } from '../../client/src/routing/routes';

describe('routes', () => {
  it('parses calls, a call, the calendar and action items', () => {
    expect(parseRoute('/calls')).toEqual({ kind: 'calls' });
    expect(parseRoute(callPath('preparatory-sessions'))).toEqual({
      kind: 'call',
      id: 'preparatory-sessions',
    });
    expect(parseRoute('/calendar/')).toEqual({ kind: 'calendar' });
    expect(parseRoute('/actions')).toEqual({ kind: 'actions' });
    expect(parseRoute('/calls/a/b').kind).toBe('notFound');
    expect(parseRoute('/calls/bad%20id').kind).toBe('notFound');
  });
});

const entry = (id: string, start: string, end: string): CalendarEntry => ({
  id,
  callId: 'c',
  dc: 'dcad',
  dcName: 'DC on Accessibility and Disability',
  title: id,
  description: '',
  start,
  end,
  zone: 'UTC',
  url: null,
});

describe('month grid', () => {
  it('shows whole Monday-first weeks and places sessions on the days they touch in the zone', () => {
    const entries = [
      entry('across', '2030-10-05T14:00:00.000Z', '2030-10-05T16:00:00.000Z'),
      entry('to-midnight', '2030-10-10T13:00:00.000Z', '2030-10-10T15:00:00.000Z'),
    ];
    const tokyo = monthGrid('2030-10', entries, 'Asia/Tokyo').flat();
    const days = (id: string) =>
      tokyo.filter((cell) => cell.entries.some((e) => e.id === id)).map((cell) => cell.date);
    expect(days('across')).toEqual(['2030-10-05', '2030-10-06']);
    // 22:00 to 24:00 in Tokyo ends exactly at midnight: one day only.
    expect(days('to-midnight')).toEqual(['2030-10-10']);
    const warsaw = monthGrid('2030-10', entries, 'Europe/Warsaw').flat();
    expect(warsaw.filter((cell) => cell.entries.length > 0).map((cell) => cell.date)).toEqual([
      '2030-10-05',
      '2030-10-10',
    ]);
    const weeks = monthGrid('2030-10', [], 'UTC');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]![0]!.date).toBe('2030-09-30');
    expect(shiftMonth('2030-12', 1)).toBe('2031-01');
    expect(shiftMonth('2030-01', -1)).toBe('2029-12');
  });
});

describe('answer form state', () => {
  const call = seededCalls('2030-01-01', 0).find(
    (c) => c.id === SeededCallIds.preparatorySessions,
  )!;
  const answer: Answer = {
    id: 'a',
    callId: call.id,
    dc: 'dcad',
    status: 'submitted',
    review: 'pending',
    reviewNote: '',
    values: {
      title: 'T',
      when: {
        start: '2030-10-05T14:00:00.000Z',
        end: '2030-10-05T16:00:00.000Z',
        zone: 'Asia/Tokyo',
      },
    },
    updatedBy: 'u',
    updatedByName: 'U',
    createdAt: 0,
    updatedAt: 0,
    submittedAt: 0,
  };

  it('shows stored instants in the reader zone and sends them back in it', () => {
    const draft = draftOf(call, answer, 'Europe/Warsaw');
    expect(draft.values.when).toEqual({ start: '2030-10-05T16:00', end: '2030-10-05T18:00' });
    const body = requestOf(draft, 'Europe/Warsaw', false);
    expect(body.values).toEqual({
      title: 'T',
      when: { start: '2030-10-05T16:00', end: '2030-10-05T18:00', zone: 'Europe/Warsaw' },
    });
    expect(draftProblems(call, draft, 'Europe/Warsaw', false)).toEqual({});
    expect(draftProblems(call, draft, 'Europe/Warsaw', true)).toEqual({
      'values.description': 'Short description: required to submit',
      'values.participation': 'Participation details: required to submit',
    });
  });
});
