/**
 * Clinical dates that may be partial (year, year-month) or relative to another event, carried as
 * day intervals so that uncertainty is kept rather than invented.
 * @module
 */

/** A partial ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialIsoDate = string;

/** Units for a relative offset. */
export type OffsetUnit = 'day' | 'week' | 'month' | 'year';

/** A date stated relative to another event ("two months later"). */
export interface RelativeDate {
  /** Id of the anchor event: `symptom-onset`, `diagnosis`, `presentation`, or the `id` of a cancer, treatment, investigation or visit. */
  relativeTo: string;
  /** Signed amount: negative = before the anchor. */
  offset: number;
  /** Unit of the offset. */
  unit: OffsetUnit;
  /** True when the text says "about", "several", "a few": the interval is widened. */
  approximate?: boolean;
}

/** A date as written in a case: partial ISO or relative. */
export type ClinicalDate = PartialIsoDate | RelativeDate;

/** Precision of a resolved date. */
export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

/** A resolved date: the earliest and latest day it can be (days since 1970-01-01, UTC). */
export interface DayInterval {
  earliest: number;
  latest: number;
  precision: DatePrecision;
}

const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Average days per unit used to convert relative offsets (months and years vary: see {@link offsetToDays}). */
const UNIT_DAYS: Record<OffsetUnit, number> = { day: 1, week: 7, month: 30.4375, year: 365.25 };

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1]!;
}

/** A calendar day: year, month (1–12), day of the month. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The proleptic Gregorian calendar day of a day number, by integer arithmetic (no Date: this runs in hot
 * loops, and Date reads years 0–99 as 19xx).
 * @param dayN - whole days since 1970-01-01
 */
export function civilFromDay(dayN: number): CivilDate {
  const z = dayN + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The day number of a proleptic Gregorian calendar day, by integer arithmetic (the inverse of
 * {@link civilFromDay}; unlike {@link dayNumber}, years 0–99 are those years).
 * @param year - the year
 * @param month - 1–12
 * @param day - day of the month
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since epoch for a calendar day (UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The plausible range of a clinical date, after relative dates are resolved: 1 January 1900 to
 * 31 December 2100. Decision: the oldest patients alive were born after 1900, and no follow-up or
 * screening date is planned beyond 2100; anything outside is a typo or a unit slip (an offset of 300
 * years), and refusing it keeps every computation on dates bounded (ticks, windows, day counts).
 */
export const PLAUSIBLE_DATES = {
  firstYear: 1900,
  lastYear: 2100,
  /** Day number of 1900-01-01. */
  earliest: -25567,
  /** Day number of 2100-12-31. */
  latest: 47846,
} as const;

/** The longest plausible distance between two clinical dates, in days (the whole plausible range). */
export const MAX_DATE_SPAN_DAYS = PLAUSIBLE_DATES.latest - PLAUSIBLE_DATES.earliest;

/** True when a day number lies in the plausible range ({@link PLAUSIBLE_DATES}). */
export function isPlausibleDay(day: number): boolean {
  return Number.isFinite(day) && day >= PLAUSIBLE_DATES.earliest && day <= PLAUSIBLE_DATES.latest;
}

/** True when a partial ISO date is a real calendar date within the plausible range. */
export function isPlausiblePartialIsoDate(value: string): boolean {
  const d = parsePartialIsoDate(value);
  return d !== undefined && isPlausibleDay(d.earliest) && isPlausibleDay(d.latest);
}

/** True when the string is a full `YYYY-MM-DD` calendar day within the plausible range (an `asOf` day). */
export function isPlausibleIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isPlausiblePartialIsoDate(value);
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  const { year: y, month: m, day: d } = civilFromDay(day);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** True when the string is a valid partial ISO date with a real calendar day. */
export function isValidPartialIsoDate(value: string): boolean {
  return parsePartialIsoDate(value) !== undefined;
}

/**
 * Parses a partial ISO date into the interval of days it covers.
 * @param value - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns the interval, or undefined when malformed or not a calendar date
 */
export function parsePartialIsoDate(value: string): DayInterval | undefined {
  const m = ISO_RE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { earliest: dayNumber(year, 1, 1), latest: dayNumber(year, 12, 31), precision: 'year' };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) {
    return {
      earliest: dayNumber(year, month, 1),
      latest: dayNumber(year, month + 1, 1) - 1,
      precision: 'month',
    };
  }
  const day = Number(m[3]);
  // A real calendar day (proleptic Gregorian). Years 0–99 stay invalid, as they were when this was
  // checked with Date.UTC (which reads them as 1900–1999).
  if (year < 100 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const n = dayNumber(year, month, day);
  return { earliest: n, latest: n, precision: 'day' };
}

/**
 * Converts a relative offset to a day range. Months and years are not a fixed number of days, so a
 * whole-unit offset covers ±half a unit unless it is in days or weeks; `approximate` widens it by a further 25 %.
 * @param offset - signed amount
 * @param unit - unit of the amount
 * @param approximate - whether the amount was stated loosely
 */
export function offsetToDays(
  offset: number,
  unit: OffsetUnit,
  approximate = false,
): { min: number; max: number } {
  const centre = offset * UNIT_DAYS[unit];
  let half = unit === 'month' || unit === 'year' ? UNIT_DAYS[unit] / 2 : 0;
  if (approximate) half += Math.abs(centre) * 0.25 + (unit === 'day' ? 1 : UNIT_DAYS[unit] / 2);
  return { min: Math.floor(centre - half), max: Math.ceil(centre + half) };
}

/** Shifts an interval by a relative offset, widening it by the offset's own uncertainty. */
export function shiftInterval(
  base: DayInterval,
  offset: number,
  unit: OffsetUnit,
  approximate = false,
): DayInterval {
  const d = offsetToDays(offset, unit, approximate);
  const widened = d.max !== d.min || approximate;
  return {
    earliest: base.earliest + d.min,
    latest: base.latest + d.max,
    precision: widened ? 'approximate' : base.precision,
  };
}

/** The signed difference `b − a` in days as a range (minimum, maximum). */
export function intervalDifference(a: DayInterval, b: DayInterval): { min: number; max: number } {
  return { min: b.earliest - a.latest, max: b.latest - a.earliest };
}

/** Converts days to years (365.25-day years). */
export function daysToYears(days: number): number {
  return days / 365.25;
}

/** Whole years between two day numbers (age arithmetic on calendar dates). */
export function wholeYearsBetween(fromDay: number, toDay: number): number {
  const a = new Date(fromDay * MS_PER_DAY);
  const b = new Date(toDay * MS_PER_DAY);
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  if (
    b.getUTCMonth() < a.getUTCMonth() ||
    (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate())
  )
    years -= 1;
  return years;
}

/**
 * Adds calendar months to a day number, clamping to the month's last day (29 Feb + 12 months = 28 Feb).
 * @param day - day number (days since 1970-01-01, UTC)
 * @param months - signed number of calendar months
 */
export function addCalendarMonths(day: number, months: number): number {
  // Integer arithmetic on the proleptic Gregorian calendar (what Date uses), without allocating Dates.
  // Outside its domain (fractional days, far-off days, years 0–99 that Date.UTC reads as 19xx) the
  // Date-based computation below decides, so results are the same everywhere.
  if (Number.isInteger(day) && Number.isInteger(months) && Math.abs(day) < 9e7 && Math.abs(months) < 1e5) {
    const c = civilFromDay(day);
    const m0 = c.month - 1 + months;
    const ty = c.year + Math.floor(m0 / 12);
    const tm = (((m0 % 12) + 12) % 12) + 1; // 1–12
    if (ty < 0 || ty > 99) return dayFromCivil(ty, tm, Math.min(c.day, daysInMonth(ty, tm)));
  }
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(targetYear, targetMonth, Math.min(d.getUTCDate(), lastDay)) / MS_PER_DAY);
}

const spanCache = new Map<number, { min: number; max: number }>();

/**
 * Shortest and longest span, in days, of a number of calendar months (over a 4-year leap cycle).
 * @param months - signed number of months (the sign is ignored)
 */
export function calendarMonthSpan(months: number): { min: number; max: number } {
  const hit = spanCache.get(months);
  if (hit) return hit;
  let min = Infinity;
  let max = -Infinity;
  const start = dayFromCivil(2000, 1, 1);
  for (let d = start; d < start + 1461; d++) {
    const span = Math.abs(addCalendarMonths(d, months) - d);
    if (span < min) min = span;
    if (span > max) max = span;
  }
  const out = { min, max };
  spanCache.set(months, out);
  return out;
}
