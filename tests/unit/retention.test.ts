import { describe, expect, it } from "vitest";
import { addMonths, computeRetainUntil, retentionMonthsFor } from "@/lib/help-requests/retention";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";

const settings = { retentionMonths: 24, declinedRetentionMonths: 3 };

describe("retention of a request", () => {
  it("keeps a declined request for someone else only briefly", () => {
    expect(retentionMonthsFor({ requestFor: "SOMEONE_ELSE", subjectConsent: "DECLINED" }, settings)).toBe(3);
  });

  it("keeps every other request for the normal period", () => {
    expect(retentionMonthsFor({ requestFor: "SELF", subjectConsent: "NOT_APPLICABLE" }, settings)).toBe(24);
    for (const subjectConsent of ["REPORTED", "ASKED", "CONSENTED"] as const) {
      expect(retentionMonthsFor({ requestFor: "SOMEONE_ELSE", subjectConsent }, settings)).toBe(24);
    }
  });

  it("uses the deployment's settings", () => {
    expect(
      retentionMonthsFor({ requestFor: "SOMEONE_ELSE", subjectConsent: "DECLINED" }, DEFAULT_SETTINGS),
    ).toBe(DEFAULT_SETTINGS.declinedRetentionMonths);
    expect(
      retentionMonthsFor(
        { requestFor: "SELF", subjectConsent: "NOT_APPLICABLE" },
        { ...settings, retentionMonths: 12 },
      ),
    ).toBe(12);
  });

  it("computes the date until which the data is kept", () => {
    const closedAt = new Date("2026-11-23T10:00:00Z");
    expect(
      computeRetainUntil(closedAt, { requestFor: "SOMEONE_ELSE", subjectConsent: "DECLINED" }, settings),
    ).toEqual(new Date("2027-02-23T10:00:00Z"));
    expect(
      computeRetainUntil(closedAt, { requestFor: "SELF", subjectConsent: "NOT_APPLICABLE" }, settings),
    ).toEqual(new Date("2028-11-23T10:00:00Z"));
  });

  it("adds months without spilling into the next month", () => {
    expect(addMonths(new Date("2026-08-31T12:00:00Z"), 3)).toEqual(new Date("2026-11-30T12:00:00Z"));
    expect(addMonths(new Date("2027-11-30T12:00:00Z"), 3)).toEqual(new Date("2028-02-29T12:00:00Z"));
    expect(addMonths(new Date("2026-01-15T00:00:00Z"), 24)).toEqual(new Date("2028-01-15T00:00:00Z"));
  });
});
