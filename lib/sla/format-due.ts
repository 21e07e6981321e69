import { addDays, brusselsDate, CITY_TIME_ZONE, sameDate } from "./brussels-time";

const dayFormatter = new Intl.DateTimeFormat("nl-BE", {
  timeZone: CITY_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
});
const timeFormatter = new Intl.DateTimeFormat("nl-BE", {
  timeZone: CITY_TIME_ZONE,
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "dinsdag 24 november" in Brussels time. */
export function formatDutchDay(instant: Date): string {
  return dayFormatter.format(instant);
}

/** "14.30 uur" in Brussels time (the Flemish way of writing a time). */
export function formatDutchTime(instant: Date): string {
  const parts = timeFormatter.formatToParts(instant);
  const hour = parts.find((p) => p.type === "hour")?.value ?? "0";
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return `${Number(hour)}.${minute} uur`;
}

/**
 * When the city will call, in plain words: "vandaag, dinsdag 24 november, om
 * 14.30 uur", "morgen, …" or "op dinsdag 24 november om 14.30 uur".
 */
export function formatCallBackMoment(dueAt: Date, now: Date = new Date()): string {
  const day = brusselsDate(dueAt);
  const today = brusselsDate(now);
  const date = formatDutchDay(dueAt);
  const time = formatDutchTime(dueAt);
  if (sameDate(day, today)) return `vandaag, ${date}, om ${time}`;
  if (sameDate(day, addDays(today, 1))) return `morgen, ${date}, om ${time}`;
  return `op ${date} om ${time}`;
}
