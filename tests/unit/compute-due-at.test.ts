import { describe, expect, it } from "vitest";
import { belgianPublicHolidays, easterSunday, isBelgianPublicHoliday } from "@/lib/sla/belgian-holidays";
import { computeDueAt, isWorkingDay } from "@/lib/sla/compute-due-at";
import { formatCallBackMoment, formatDutchDay, formatDutchTime } from "@/lib/sla/format-due";

const at = (iso: string) => new Date(iso);

describe("computeDueAt with plain hours", () => {
  it("adds the SLA hours to the moment of receipt", () => {
    expect(computeDueAt(at("2026-11-23T14:30:00Z"), { slaHours: 24, workingDaysOnly: false })).toEqual(
      at("2026-11-24T14:30:00Z"),
    );
    expect(computeDueAt(at("2026-11-23T14:30:00Z"), { slaHours: 48, workingDaysOnly: false })).toEqual(
      at("2026-11-25T14:30:00Z"),
    );
  });

  it("counts weekends and holidays like any other day", () => {
    // Friday evening → Saturday evening.
    expect(computeDueAt(at("2026-11-27T19:00:00Z"), { slaHours: 24, workingDaysOnly: false })).toEqual(
      at("2026-11-28T19:00:00Z"),
    );
  });

  it("counts real hours across a clock change (24 h later is 25 h on the wall clock)", () => {
    // 28 March 2026 12:00 Brussels (winter time, UTC+1) + 24 h → 29 March 13:00 summer time.
    expect(computeDueAt(at("2026-03-28T11:00:00Z"), { slaHours: 24, workingDaysOnly: false })).toEqual(
      at("2026-03-29T11:00:00Z"),
    );
  });

  it("refuses nonsense hours", () => {
    expect(() => computeDueAt(new Date(), { slaHours: -1, workingDaysOnly: false })).toThrow(RangeError);
    expect(() => computeDueAt(new Date(), { slaHours: Number.NaN, workingDaysOnly: false })).toThrow(
      RangeError,
    );
  });
});

describe("computeDueAt counting working days only", () => {
  const rule = { slaHours: 24, workingDaysOnly: true };

  it("on a working day in the week is the same as plain hours", () => {
    // Tuesday 10:00 Brussels → Wednesday 10:00.
    expect(computeDueAt(at("2026-11-24T09:00:00Z"), rule)).toEqual(at("2026-11-25T09:00:00Z"));
  });

  it("skips the weekend for a request on Friday evening", () => {
    // Friday 27 November 2026, 20:00 Brussels (19:00 UTC): 4 h left on Friday,
    // then 20 h on Monday → Monday 30 November 20:00 Brussels.
    expect(computeDueAt(at("2026-11-27T19:00:00Z"), rule)).toEqual(at("2026-11-30T19:00:00Z"));
  });

  it("starts counting on Monday for a request in the weekend", () => {
    // Saturday 28 November 15:00 → Tuesday 1 December 00:00 Brussels.
    expect(computeDueAt(at("2026-11-28T14:00:00Z"), rule)).toEqual(at("2026-11-30T23:00:00Z"));
  });

  it("skips a public holiday (Wapenstilstand, Wednesday 11 November 2026)", () => {
    // Tuesday 10 November 12:00 Brussels → 12 h left on Tuesday, the 11th is skipped,
    // 12 h on Thursday → Thursday 12 November 12:00.
    expect(computeDueAt(at("2026-11-10T11:00:00Z"), rule)).toEqual(at("2026-11-12T11:00:00Z"));
  });

  it("skips Easter Monday after the Easter weekend", () => {
    // Friday 3 April 2026 18:00 Brussels (summer time, 16:00 UTC): 6 h on Friday,
    // weekend and Easter Monday 6 April skipped, 18 h on Tuesday → Tuesday 7 April 18:00.
    expect(computeDueAt(at("2026-04-03T16:00:00Z"), rule)).toEqual(at("2026-04-07T16:00:00Z"));
  });

  it("skips Christmas and the weekend after it", () => {
    // Thursday 24 December 2026 12:00 Brussels: 12 h on Thursday; Friday 25 (Christmas),
    // Saturday and Sunday skipped; 12 h on Monday 28 → Monday 28 December 12:00.
    expect(computeDueAt(at("2026-12-24T11:00:00Z"), rule)).toEqual(at("2026-12-28T11:00:00Z"));
  });

  it("handles longer deadlines over several weeks", () => {
    // 10 working days of 24 h from Monday 30 November 00:00 (Brussels) → the end of
    // Friday 11 December, i.e. Saturday 12 December 00:00 Brussels.
    expect(computeDueAt(at("2026-11-29T23:00:00Z"), { slaHours: 240, workingDaysOnly: true })).toEqual(
      at("2026-12-11T23:00:00Z"),
    );
  });

  it("uses Brussels dates, not UTC dates (a request just after midnight on Saturday)", () => {
    // Friday 23:30 UTC is already Saturday 00:30 in Brussels: nothing counts until Monday.
    expect(computeDueAt(at("2026-11-27T23:30:00Z"), rule)).toEqual(at("2026-11-30T23:00:00Z"));
  });
});

describe("Belgian public holidays", () => {
  it("computes Easter", () => {
    expect(easterSunday(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ year: 2025, month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ year: 2027, month: 3, day: 28 });
    expect(easterSunday(2038)).toEqual({ year: 2038, month: 4, day: 25 });
  });

  it("lists the ten legal holidays of 2026", () => {
    expect(belgianPublicHolidays(2026).map((h) => `${h.month}/${h.day} ${h.name}`)).toEqual([
      "1/1 Nieuwjaar",
      "4/6 Paasmaandag",
      "5/1 Dag van de Arbeid",
      "5/14 Onze-Lieve-Heer-Hemelvaart",
      "5/25 Pinkstermaandag",
      "7/21 Nationale feestdag",
      "8/15 Onze-Lieve-Vrouw-Hemelvaart",
      "11/1 Allerheiligen",
      "11/11 Wapenstilstand",
      "12/25 Kerstmis",
    ]);
  });

  it("tells working days from weekends and holidays", () => {
    expect(isBelgianPublicHoliday({ year: 2026, month: 7, day: 21 })).toBe(true);
    expect(isBelgianPublicHoliday({ year: 2026, month: 7, day: 22 })).toBe(false);
    expect(isWorkingDay({ year: 2026, month: 11, day: 23 })).toBe(true); // Monday
    expect(isWorkingDay({ year: 2026, month: 11, day: 28 })).toBe(false); // Saturday
    expect(isWorkingDay({ year: 2026, month: 11, day: 29 })).toBe(false); // Sunday
    expect(isWorkingDay({ year: 2026, month: 11, day: 11 })).toBe(false); // Wednesday, holiday
  });
});

describe("the call-back moment in words", () => {
  it("is written the Flemish way in Brussels time", () => {
    expect(formatDutchDay(at("2026-11-24T13:30:00Z"))).toBe("dinsdag 24 november");
    expect(formatDutchTime(at("2026-11-24T13:30:00Z"))).toBe("14.30 uur");
    expect(formatDutchTime(at("2026-07-01T07:05:00Z"))).toBe("9.05 uur");
  });

  it("says today or tomorrow when it is", () => {
    const now = at("2026-11-23T13:30:00Z");
    expect(formatCallBackMoment(at("2026-11-24T13:30:00Z"), now)).toBe(
      "morgen, dinsdag 24 november, om 14.30 uur",
    );
    expect(formatCallBackMoment(at("2026-11-23T20:00:00Z"), now)).toBe(
      "vandaag, maandag 23 november, om 21.00 uur",
    );
    expect(formatCallBackMoment(at("2026-11-30T19:00:00Z"), now)).toBe("op maandag 30 november om 20.00 uur");
  });
});
