// How the request pages write moments and phone numbers (Brussels time, Flemish style).
import { brusselsDate, type LocalDate } from "@/lib/sla/brussels-time";
import { formatDutchTime } from "@/lib/sla/format-due";

const dayFormatter = new Intl.DateTimeFormat("nl-BE", {
  timeZone: "Europe/Brussels",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});

const longDayFormatter = new Intl.DateTimeFormat("nl-BE", {
  timeZone: "Europe/Brussels",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "di 24 nov 2026, 14.30 uur" */
export function formatMoment(instant: Date): string {
  return `${dayFormatter.format(instant)}, ${formatDutchTime(instant)}`;
}

/** "dinsdag 24 november 2026" */
export function formatDay(instant: Date): string {
  return longDayFormatter.format(instant);
}

/** "2026-11-24": a LocalDate as a date field wants it. */
export function isoDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Today in Brussels as "2026-11-24". */
export function brusselsToday(now: Date = new Date()): string {
  return isoDate(brusselsDate(now));
}
