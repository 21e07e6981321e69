import { isBelgianPublicHoliday } from "./belgian-holidays";
import { addDays, brusselsDate, startOfBrusselsDay, type LocalDate } from "./brussels-time";

export interface SlaRule {
  /** Hours until the deadline for the first human contact (24 by default). */
  slaHours: number;
  /**
   * Count only time on working days: Monday to Friday, not on Belgian public
   * holidays, in Brussels time. A request on Friday evening with 24 hours is
   * then due on Monday evening.
   */
  workingDaysOnly: boolean;
}

const HOUR_MS = 3_600_000;

/** Monday–Friday and not a Belgian public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday >= 1 && weekday <= 5 && !isBelgianPublicHoliday(date);
}

/** The deadline for the first human contact on a request received at `receivedAt`. */
export function computeDueAt(receivedAt: Date, rule: SlaRule): Date {
  if (!Number.isFinite(rule.slaHours) || rule.slaHours < 0) {
    throw new RangeError(`slaHours must be a non-negative number, got ${rule.slaHours}`);
  }
  let remaining = rule.slaHours * HOUR_MS;
  if (!rule.workingDaysOnly) return new Date(receivedAt.getTime() + remaining);

  // Walk day by day in Brussels time, spending the remaining hours on working days only.
  let cursor = receivedAt.getTime();
  let day = brusselsDate(receivedAt);
  // A safety bound: even 10 000 hours never need more than a few years of days.
  for (let i = 0; i < 5_000; i++) {
    const nextDay = addDays(day, 1);
    const endOfDay = startOfBrusselsDay(nextDay).getTime();
    if (isWorkingDay(day)) {
      const available = endOfDay - cursor;
      if (remaining <= available) return new Date(cursor + remaining);
      remaining -= available;
    }
    cursor = endOfDay;
    day = nextDay;
  }
  throw new RangeError("computeDueAt: the deadline is too far away");
}
