import { describe, expect, it } from "vitest";
import { isIntakeSlot, parseIntakeWindows, upcomingIntakeSlots } from "@/lib/volunteers/intake-slots";

describe("parseIntakeWindows", () => {
  it("reads Dutch day abbreviations and times, sorted by day", () => {
    expect(parseIntakeWindows("do 18:00-20:00, di 14:00-16:00")).toEqual({
      windows: [
        { weekday: 2, startMinute: 14 * 60, endMinute: 16 * 60 },
        { weekday: 4, startMinute: 18 * 60, endMinute: 20 * 60 },
      ],
      invalid: [],
    });
  });

  it("accepts full day names, dots or 'u' in times, semicolons and spaces around the dash", () => {
    const { windows, invalid } = parseIntakeWindows("Maandag 9.30 - 10u30; za 10:00-11:00");
    expect(invalid).toEqual([]);
    expect(windows).toEqual([
      { weekday: 1, startMinute: 9 * 60 + 30, endMinute: 10 * 60 + 30 },
      { weekday: 6, startMinute: 600, endMinute: 660 },
    ]);
  });

  it("leaves out what it can't read, and windows shorter than one interview", () => {
    const { windows, invalid } = parseIntakeWindows(
      "xx 10:00-11:00, di 25:00-26:00, wo 10:00-10:15, do 10:00-11:00, ",
    );
    expect(windows).toEqual([{ weekday: 4, startMinute: 600, endMinute: 660 }]);
    expect(invalid).toEqual(["xx 10:00-11:00", "di 25:00-26:00", "wo 10:00-10:15"]);
  });

  it("gives no windows for an empty setting", () => {
    expect(parseIntakeWindows("  ")).toEqual({ windows: [], invalid: [] });
  });
});

describe("upcomingIntakeSlots", () => {
  const windows = parseIntakeWindows("di 14:00-16:00, do 18:00-19:00").windows;

  it("cuts each window into 30-minute slots in Brussels time (winter: UTC+1), after now", () => {
    // Monday 23 November 2026, 10.00 in Brussels.
    const slots = upcomingIntakeSlots(windows, new Date("2026-11-23T09:00:00Z"), 1);
    expect(slots.map((s) => s.toISOString())).toEqual([
      "2026-11-24T13:00:00.000Z",
      "2026-11-24T13:30:00.000Z",
      "2026-11-24T14:00:00.000Z",
      "2026-11-24T14:30:00.000Z",
      "2026-11-26T17:00:00.000Z",
      "2026-11-26T17:30:00.000Z",
    ]);
  });

  it("skips today's slots that already started and uses summer time (UTC+2)", () => {
    // Tuesday 16 June 2026, 14.45 in Brussels.
    const slots = upcomingIntakeSlots(windows, new Date("2026-06-16T12:45:00Z"), 1);
    expect(slots.map((s) => s.toISOString())).toEqual([
      "2026-06-16T13:00:00.000Z",
      "2026-06-16T13:30:00.000Z",
      "2026-06-18T16:00:00.000Z",
      "2026-06-18T16:30:00.000Z",
    ]);
  });

  it("covers the number of weeks asked", () => {
    expect(upcomingIntakeSlots(windows, new Date("2026-11-23T09:00:00Z"), 3)).toHaveLength(18);
  });
});

describe("isIntakeSlot", () => {
  const windows = parseIntakeWindows("di 14:00-16:00").windows;

  it("accepts a slot start and refuses other times and days", () => {
    expect(isIntakeSlot(windows, new Date("2026-11-24T14:30:00Z"))).toBe(true); // 15.30
    expect(isIntakeSlot(windows, new Date("2026-11-24T14:45:00Z"))).toBe(false); // 15.45
    expect(isIntakeSlot(windows, new Date("2026-11-24T15:00:00Z"))).toBe(false); // 16.00: the window ends
    expect(isIntakeSlot(windows, new Date("2026-11-25T13:00:00Z"))).toBe(false); // a Wednesday
  });
});
