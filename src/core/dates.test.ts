import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  calendarMonthSpan,
  civilFromDay,
  dayFromCivil,
  dayNumber,
  formatDay,
  intervalDifference,
  offsetToDays,
  parsePartialIsoDate,
  shiftInterval,
  wholeYearsBetween,
} from './dates.js';
import { triAnd, triNot, triOr } from './tri.js';

describe('partial ISO dates', () => {
  it('a year covers 1 Jan to 31 Dec', () => {
    const y = parsePartialIsoDate('2021')!;
    expect(formatDay(y.earliest)).toBe('2021-01-01');
    expect(formatDay(y.latest)).toBe('2021-12-31');
    expect(y.precision).toBe('year');
  });
  it('a month covers its days, February in a leap year included', () => {
    const m = parsePartialIsoDate('2024-02')!;
    expect(formatDay(m.earliest)).toBe('2024-02-01');
    expect(formatDay(m.latest)).toBe('2024-02-29');
    expect(formatDay(parsePartialIsoDate('2023-02')!.latest)).toBe('2023-02-28');
  });
  it('a day is exact; impossible days and malformed strings are rejected', () => {
    expect(parsePartialIsoDate('2024-02-29')).toMatchObject({ precision: 'day' });
    expect(parsePartialIsoDate('2023-02-29')).toBeUndefined();
    expect(parsePartialIsoDate('2023-00')).toBeUndefined();
    expect(parsePartialIsoDate('23-01-01')).toBeUndefined();
    expect(parsePartialIsoDate('2023/01/01')).toBeUndefined();
  });
});

describe('relative dates', () => {
  it('days and weeks are exact; months and years carry ± half a unit', () => {
    expect(offsetToDays(10, 'day')).toEqual({ min: 10, max: 10 });
    expect(offsetToDays(-2, 'week')).toEqual({ min: -14, max: -14 });
    const m = offsetToDays(2, 'month');
    expect(m.min).toBeLessThan(61);
    expect(m.max).toBeGreaterThan(61);
    expect(m.max - m.min).toBeGreaterThanOrEqual(30);
  });
  it('approximate offsets are wider', () => {
    const a = offsetToDays(8, 'month', true);
    const b = offsetToDays(8, 'month');
    expect(a.max - a.min).toBeGreaterThan(b.max - b.min);
  });
  it('shifting an exact day by a month gives an approximate interval', () => {
    const d = parsePartialIsoDate('2021-03-15')!;
    const s = shiftInterval(d, 2, 'month');
    expect(s.precision).toBe('approximate');
    expect(s.earliest).toBeLessThanOrEqual(dayNumber(2021, 5, 15));
    expect(s.latest).toBeGreaterThanOrEqual(dayNumber(2021, 5, 15));
  });
  it('interval differences are signed ranges', () => {
    const a = parsePartialIsoDate('2021')!;
    const b = parsePartialIsoDate('2022-06-01')!;
    expect(intervalDifference(a, b)).toEqual({
      min: dayNumber(2022, 6, 1) - dayNumber(2021, 12, 31),
      max: dayNumber(2022, 6, 1) - dayNumber(2021, 1, 1),
    });
  });
  it('whole years respect birthdays', () => {
    expect(wholeYearsBetween(dayNumber(1980, 6, 15), dayNumber(2020, 6, 14))).toBe(39);
    expect(wholeYearsBetween(dayNumber(1980, 6, 15), dayNumber(2020, 6, 15))).toBe(40);
  });
});

describe('three-valued logic', () => {
  it('follows Kleene tables: unknown never becomes false', () => {
    expect(triAnd('met', 'unknown')).toBe('unknown');
    expect(triAnd('not-met', 'unknown')).toBe('not-met');
    expect(triOr('not-met', 'unknown')).toBe('unknown');
    expect(triOr('met', 'unknown')).toBe('met');
    expect(triNot('unknown')).toBe('unknown');
    expect(triNot('met')).toBe('not-met');
  });
});

describe('formatDay', () => {
  it('agrees with the calendar for every day from 1900 to 2100', () => {
    for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2100, 12, 31); day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (formatDay(day) !== expected) expect(formatDay(day)).toBe(expected);
    }
  });
});

describe('calendar-day validation', () => {
  // The reference the arithmetic check replaced: a day is real when Date.UTC round-trips it.
  const viaDate = (y: number, m: number, d: number) => {
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  };
  const iso = (y: number, m: number, d: number) =>
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  it('agrees with the Date.UTC round trip for any YYYY-MM-DD', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const p = parsePartialIsoDate(iso(y, m, d));
          expect(p !== undefined).toBe(viaDate(y, m, d));
          if (p)
            expect(p).toEqual({ earliest: dayNumber(y, m, d), latest: dayNumber(y, m, d), precision: 'day' });
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('29 February only in leap years (every 4th, not centuries, but every 400th)', () => {
    expect(parsePartialIsoDate('2024-02-29')).toBeDefined();
    expect(parsePartialIsoDate('2023-02-29')).toBeUndefined();
    expect(parsePartialIsoDate('1900-02-29')).toBeUndefined();
    expect(parsePartialIsoDate('2000-02-29')).toBeDefined();
    expect(parsePartialIsoDate('2021-04-31')).toBeUndefined();
    expect(parsePartialIsoDate('2021-04-30')).toBeDefined();
    expect(parsePartialIsoDate('2021-01-00')).toBeUndefined();
    expect(parsePartialIsoDate('0099-01-01')).toBeUndefined();
    expect(parsePartialIsoDate('0100-01-01')).toBeDefined();
  });
});

describe('addCalendarMonths', () => {
  it('adds whole calendar years and clamps 29 February', () => {
    expect(addCalendarMonths(dayNumber(2020, 6, 15), 36)).toBe(dayNumber(2023, 6, 15));
    expect(addCalendarMonths(dayNumber(2020, 2, 29), 12)).toBe(dayNumber(2021, 2, 28));
    expect(addCalendarMonths(dayNumber(2020, 6, 15), -36)).toBe(dayNumber(2017, 6, 15));
    expect(addCalendarMonths(dayNumber(2020, 8, 31), 30)).toBe(dayNumber(2023, 2, 28));
  });
  // The Date-based computation the arithmetic replaced; both must agree on every input.
  const viaDate = (dayN: number, months: number) => {
    const d = new Date(dayN * 86_400_000);
    const m = d.getUTCMonth() + months;
    const y = d.getUTCFullYear() + Math.floor(m / 12);
    const mo = ((m % 12) + 12) % 12;
    const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
    return Math.round(Date.UTC(y, mo, Math.min(d.getUTCDate(), last)) / 86_400_000);
  };
  it('agrees with the Date-based computation, leap days and centuries included', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -800_000, max: 3_000_000 }), fc.integer({ min: -10, max: 25_000 })),
        fc.integer({ min: -1500, max: 1500 }),
        (d, m) => {
          expect(addCalendarMonths(d, m)).toBe(viaDate(d, m));
        },
      ),
      { numRuns: 5000 },
    );
    for (const [d, m] of [
      [dayNumber(2000, 2, 29), 12],
      [dayNumber(2000, 2, 29), 48],
      [dayNumber(1900, 1, 31), 1],
      [dayNumber(2100, 1, 31), 1],
      [dayNumber(2024, 1, 31), 1],
      [-719_000, 5], // year 0031 (Date reads years 0–99 as 19xx): same answer as before
      [0.5, 3],
      [Number.NaN, 1],
    ] as const)
      expect(addCalendarMonths(d, m)).toBe(viaDate(d, m));
  });
});
describe('civil calendar arithmetic', () => {
  it('day number ↔ calendar day round-trips and agrees with Date from year 100 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 3_000_000 }), (d) => {
        const c = civilFromDay(d);
        expect(dayFromCivil(c.year, c.month, c.day)).toBe(d);
        expect(dayFromCivil(c.year, c.month, c.day)).toBe(dayNumber(c.year, c.month, c.day));
      }),
      { numRuns: 3000 },
    );
    expect(civilFromDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDay(dayNumber(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
  });
  it('month spans: 12 months are 365 or 366 days, 1 month 28 to 31', () => {
    expect(calendarMonthSpan(12)).toEqual({ min: 365, max: 366 });
    expect(calendarMonthSpan(-1)).toEqual({ min: 28, max: 31 });
  });
});
