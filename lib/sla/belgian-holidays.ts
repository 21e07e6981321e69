import type { LocalDate } from "./brussels-time";
import { addDays } from "./brussels-time";

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export interface PublicHoliday extends LocalDate {
  name: string;
}

/** The ten legal public holidays of Belgium in a year. */
export function belgianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, name: string): PublicHoliday => ({ year, month, day, name });
  const movable = (offset: number, name: string): PublicHoliday => ({ ...addDays(easter, offset), name });
  return [
    fixed(1, 1, "Nieuwjaar"),
    movable(1, "Paasmaandag"),
    fixed(5, 1, "Dag van de Arbeid"),
    movable(39, "Onze-Lieve-Heer-Hemelvaart"),
    movable(50, "Pinkstermaandag"),
    fixed(7, 21, "Nationale feestdag"),
    fixed(8, 15, "Onze-Lieve-Vrouw-Hemelvaart"),
    fixed(11, 1, "Allerheiligen"),
    fixed(11, 11, "Wapenstilstand"),
    fixed(12, 25, "Kerstmis"),
  ];
}

const cache = new Map<number, Set<string>>();

export function isBelgianPublicHoliday(date: LocalDate): boolean {
  let days = cache.get(date.year);
  if (!days) {
    days = new Set(belgianPublicHolidays(date.year).map((h) => `${h.month}-${h.day}`));
    cache.set(date.year, days);
  }
  return days.has(`${date.month}-${date.day}`);
}
