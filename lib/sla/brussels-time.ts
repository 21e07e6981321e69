// Calendar arithmetic in the city's time zone without a date library: the
// working-day rule and the "we bellen je op dinsdag om 14.30 uur" sentence
// both depend on the local date in Brussels, including summer time.

export const CITY_TIME_ZONE = "Europe/Brussels";

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: CITY_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

function localParts(instant: Date) {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter.formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The calendar date in Brussels at this instant. */
export function brusselsDate(instant: Date): LocalDate {
  const { year, month, day } = localParts(instant);
  return { year, month, day };
}

/** Day of the week in Brussels: 0 = Sunday … 6 = Saturday. */
export function brusselsWeekday(instant: Date): number {
  const { year, month, day } = brusselsDate(instant);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Offset of Brussels from UTC at this instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetMs(instant: Date): number {
  const p = localParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of local midnight at the start of a Brussels calendar date. */
export function startOfBrusselsDay(date: LocalDate): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day);
  // Two passes settle the offset even on the days the clocks change (which in
  // Brussels happens at 2 or 3 at night, never at midnight).
  let guess = naive - offsetMs(new Date(naive));
  guess = naive - offsetMs(new Date(guess));
  return new Date(guess);
}

/** The calendar date `days` after (or before) the given one. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The instant of a local time in Brussels (hour 0–23, minute 0–59) on a calendar date. */
export function brusselsLocalTime(date: LocalDate, hour: number, minute = 0): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  let guess = naive - offsetMs(new Date(naive));
  guess = naive - offsetMs(new Date(guess));
  return new Date(guess);
}

/** The instant local midnight begins the next day in Brussels: "today or earlier" means before this. */
export function startOfNextBrusselsDay(instant: Date): Date {
  return startOfBrusselsDay(addDays(brusselsDate(instant), 1));
}

/**
 * Reads a date ("2026-11-24", taken as 9.00 uur) or a date and time
 * ("2026-11-24T14:30", as a datetime-local field sends it) in Brussels time.
 * Returns null when the text is not a real date.
 */
export function parseBrusselsDateTime(value: string, defaultHour = 9): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, h, mi] = match;
  const date = { year: Number(y), month: Number(m), day: Number(d) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (
    check.getUTCFullYear() !== date.year ||
    check.getUTCMonth() !== date.month - 1 ||
    check.getUTCDate() !== date.day
  ) {
    return null;
  }
  const hour = h === undefined ? defaultHour : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  if (hour > 23 || minute > 59) return null;
  return brusselsLocalTime(date, hour, minute);
}
