// The weekly intake hours as staff write them in the settings
// ("di 14:00-16:00, do 18:00-20:00") and the 30-minute interview slots they
// give in the coming weeks. Pure functions: the unit tests pin the parsing and
// the Brussels clock (summer time included).
import {
  addDays,
  brusselsDate,
  brusselsLocalTime,
  brusselsWeekday,
  type LocalDate,
} from "@/lib/sla/brussels-time";

/** How long one intake interview takes. */
export const INTAKE_MINUTES = 30;

/** Dutch day abbreviations (and full names) → weekday, 0 = Sunday … 6 = Saturday. */
const DAYS: Readonly<Record<string, number>> = {
  zo: 0,
  zondag: 0,
  ma: 1,
  maandag: 1,
  di: 2,
  dinsdag: 2,
  wo: 3,
  woensdag: 3,
  do: 4,
  donderdag: 4,
  vr: 5,
  vrijdag: 5,
  za: 6,
  zaterdag: 6,
};

export interface IntakeWindow {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

const WINDOW = /^([a-z]+)\s+(\d{1,2})[:.u](\d{2})\s*-\s*(\d{1,2})[:.u](\d{2})$/;

function minutes(hours: string, mins: string): number | null {
  const h = Number(hours);
  const m = Number(mins);
  return h > 24 || m > 59 || (h === 24 && m > 0) ? null : h * 60 + m;
}

/**
 * Reads the setting. Windows are separated by commas or semicolons; a window
 * that can't be read is left out (and named in `invalid`), so one typo
 * doesn't stop every intake.
 */
export function parseIntakeWindows(text: string): { windows: IntakeWindow[]; invalid: string[] } {
  const windows: IntakeWindow[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim().toLowerCase();
    if (!part) continue;
    const match = WINDOW.exec(part);
    const weekday = match ? DAYS[match[1]!] : undefined;
    const start = match ? minutes(match[2]!, match[3]!) : null;
    const end = match ? minutes(match[4]!, match[5]!) : null;
    if (weekday === undefined || start === null || end === null || end - start < INTAKE_MINUTES) {
      invalid.push(raw.trim());
      continue;
    }
    windows.push({ weekday, startMinute: start, endMinute: end });
  }
  windows.sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  return { windows, invalid };
}

/**
 * The interview start times of the next `weeks` weeks after `now`, in time
 * order: every window cut into 30-minute slots, in Brussels time.
 */
export function upcomingIntakeSlots(windows: readonly IntakeWindow[], now: Date, weeks = 3): Date[] {
  const slots: Date[] = [];
  const today: LocalDate = brusselsDate(now);
  for (let offset = 0; offset < weeks * 7; offset++) {
    const date = addDays(today, offset);
    const weekday = brusselsWeekday(brusselsLocalTime(date, 12));
    for (const w of windows.filter((x) => x.weekday === weekday)) {
      for (let m = w.startMinute; m + INTAKE_MINUTES <= w.endMinute; m += INTAKE_MINUTES) {
        const at = brusselsLocalTime(date, Math.floor(m / 60), m % 60);
        if (at.getTime() > now.getTime()) slots.push(at);
      }
    }
  }
  return slots;
}

/** Whether an instant is one of the slots the setting gives (any week, past or future). */
export function isIntakeSlot(windows: readonly IntakeWindow[], at: Date): boolean {
  const weekday = brusselsWeekday(at);
  const date = brusselsDate(at);
  return windows.some((w) => {
    if (w.weekday !== weekday) return false;
    for (let m = w.startMinute; m + INTAKE_MINUTES <= w.endMinute; m += INTAKE_MINUTES) {
      if (brusselsLocalTime(date, Math.floor(m / 60), m % 60).getTime() === at.getTime()) return true;
    }
    return false;
  });
}
