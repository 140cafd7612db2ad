/**
 * Time zones (SPEC Z1–Z3): wall-clock times in a zone to UTC instants and back, across
 * daylight-saving changes (a skipped hour refused, a repeated hour resolved to its first
 * occurrence and stated), across the date line, and ranges that cross midnight.
 */
import { describe, expect, it } from 'vitest';
import { showInstant, showRange } from '../../shared/time/formatInstant';
import { nextOccurrence } from '../../shared/time/nextOccurrence';
import {
  dateInZone,
  instantToWallClock,
  isValidTimeZone,
  offsetLabel,
  wallClockToInstant,
} from '../../shared/time/zonedTime';

const utcOf = (wall: string, zone: string): string => {
  const result = wallClockToInstant(wall, zone);
  if (!result.ok) throw new Error(result.problem);
  return result.utc;
};

describe('Z1 wall clock to UTC', () => {
  it('converts ordinary times in summer and winter', () => {
    expect(utcOf('2021-10-05T14:30', 'Europe/Warsaw')).toBe('2021-10-05T12:30:00.000Z');
    expect(utcOf('2021-11-05T14:30', 'Europe/Warsaw')).toBe('2021-11-05T13:30:00.000Z');
    expect(utcOf('2021-10-05T21:00', 'Asia/Tokyo')).toBe('2021-10-05T12:00:00.000Z');
    expect(utcOf('2021-10-05T12:00', 'UTC')).toBe('2021-10-05T12:00:00.000Z');
  });

  it('refuses a time skipped by the spring change, naming the zone', () => {
    const warsaw = wallClockToInstant('2021-03-28T02:30', 'Europe/Warsaw');
    expect(warsaw.ok).toBe(false);
    if (!warsaw.ok) expect(warsaw.problem).toMatch(/does not exist in Europe\/Warsaw/);
    expect(wallClockToInstant('2021-03-14T02:15', 'America/New_York').ok).toBe(false);
    // The minutes just around the gap exist.
    expect(utcOf('2021-03-28T01:59', 'Europe/Warsaw')).toBe('2021-03-28T00:59:00.000Z');
    expect(utcOf('2021-03-28T03:00', 'Europe/Warsaw')).toBe('2021-03-28T01:00:00.000Z');
  });

  it('resolves a time repeated by the autumn change to the first occurrence and says so', () => {
    const result = wallClockToInstant('2021-10-31T02:30', 'Europe/Warsaw');
    expect(result).toMatchObject({ ok: true, utc: '2021-10-31T00:30:00.000Z' });
    if (result.ok) expect(result.ambiguity).toMatch(/happens twice.*UTC\+02:00/);
    const newYork = wallClockToInstant('2021-11-07T01:30', 'America/New_York');
    expect(newYork).toMatchObject({ ok: true, utc: '2021-11-07T05:30:00.000Z' });
    expect(wallClockToInstant('2021-10-31T03:30', 'Europe/Warsaw')).toMatchObject({
      ok: true,
      ambiguity: null,
    });
  });

  it('handles zones on both sides of the date line', () => {
    // Kiritimati is UTC+14, Pago Pago UTC−11: the same instant is two calendar days apart.
    const instant = utcOf('2021-10-06T08:00', 'Pacific/Kiritimati');
    expect(instant).toBe('2021-10-05T18:00:00.000Z');
    expect(instantToWallClock(instant, 'Pacific/Pago_Pago')).toBe('2021-10-05T07:00');
    expect(dateInZone(instant, 'Pacific/Kiritimati')).toBe('2021-10-06');
    expect(dateInZone(instant, 'Pacific/Pago_Pago')).toBe('2021-10-05');
    // Samoa skipped 30 December 2011 entirely when it moved across the date line.
    expect(wallClockToInstant('2011-12-30T12:00', 'Pacific/Apia').ok).toBe(false);
    expect(utcOf('2011-12-31T00:00', 'Pacific/Apia')).toBe('2011-12-30T10:00:00.000Z');
  });

  it('refuses malformed times, impossible dates and unknown zones', () => {
    expect(wallClockToInstant('5 Oct 2021', 'UTC').ok).toBe(false);
    expect(wallClockToInstant('2021-02-30T10:00', 'UTC').ok).toBe(false);
    expect(wallClockToInstant('2021-10-05T24:00', 'UTC').ok).toBe(false);
    expect(wallClockToInstant('2021-10-05T10:00', 'Mars/Olympus').ok).toBe(false);
    expect(isValidTimeZone('Asia/Tokyo')).toBe(true);
    expect(isValidTimeZone('Asia/Tokio')).toBe(false);
  });
});

describe('Z2 UTC to what a reader sees', () => {
  it('round-trips every minute around a change through the wall clock', () => {
    for (let minute = -120; minute <= 180; minute += 15) {
      const instant = new Date(Date.parse('2021-10-31T01:00:00Z') + minute * 60_000).toISOString();
      const wall = instantToWallClock(instant, 'Europe/Warsaw');
      const back = wallClockToInstant(wall, 'Europe/Warsaw');
      expect(back.ok).toBe(true);
      // A repeated wall clock maps back to its first occurrence: the same or an hour earlier.
      if (back.ok) expect([0, 3_600_000]).toContain(Date.parse(instant) - Date.parse(back.utc));
    }
  });

  it('shows an instant in the reader zone with UTC beside it', () => {
    const shown = showInstant('2021-10-05T12:00:00.000Z', 'Asia/Tokyo');
    expect(shown).toEqual({
      date: 'Tue 5 Oct 2021',
      time: '21:00',
      offset: 'UTC+09:00',
      utc: 'Tue 5 Oct 2021, 12:00 UTC',
    });
    expect(offsetLabel('2021-10-05T12:00:00.000Z', 'America/Los_Angeles')).toBe('UTC−07:00');
  });

  it('Z3 shows both dates for a range that crosses midnight in the reader zone', () => {
    const range = showRange('2021-10-05T14:00:00.000Z', '2021-10-05T16:00:00.000Z', 'Asia/Tokyo');
    expect(range.local).toBe('Tue 5 Oct 2021, 23:00 – Wed 6 Oct 2021, 01:00 (UTC+09:00)');
    expect(range.utc).toBe('Tue 5 Oct 2021, 14:00–16:00 UTC');
    const acrossChange = showRange(
      '2021-10-30T23:00:00.000Z',
      '2021-10-31T02:00:00.000Z',
      'Europe/Warsaw',
    );
    expect(acrossChange.local).toBe('Sun 31 Oct 2021, 01:00–03:00 (UTC+02:00 to UTC+01:00)');
  });
});

describe('nextOccurrence (seeded deadlines)', () => {
  it('gives the next such day strictly after the seeding day', () => {
    expect(nextOccurrence({ month: 9, day: 10 }, '2026-09-02')).toBe('2026-09-10');
    expect(nextOccurrence({ month: 9, day: 10 }, '2026-09-10')).toBe('2027-09-10');
    expect(nextOccurrence({ month: 9, day: 10 }, '2026-12-01')).toBe('2027-09-10');
    expect(nextOccurrence({ month: 2, day: 29 }, '2026-03-01')).toBe('2028-02-29');
    expect(() => nextOccurrence({ month: 4, day: 31 }, '2026-01-01')).toThrow();
    expect(() => nextOccurrence({ month: 9, day: 10 }, '10 Sept')).toThrow();
  });
});
