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
