import { describe, expect, it } from "vitest";
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";
import {
  canVolunteerTransition,
  VOLUNTEER_STATUS_LABELS,
  VOLUNTEER_STATUSES,
  VOLUNTEER_TRANSITIONS,
} from "@/lib/volunteers/lifecycle";
import { certificateDateRefusal } from "@/lib/volunteers/record-screening";

/** The allowed transitions, written out once more by hand: the table must say exactly this. */
const ALLOWED: [VolunteerStatus, VolunteerStatus][] = [
  ["APPLIED", "INTAKE_PLANNED"],
  ["APPLIED", "STOPPED"],
  ["INTAKE_PLANNED", "SCREENING"],
  ["INTAKE_PLANNED", "APPLIED"],
  ["INTAKE_PLANNED", "STOPPED"],
  ["SCREENING", "ACTIVE"],
  ["SCREENING", "STOPPED"],
  ["ACTIVE", "PAUSED"],
  ["ACTIVE", "STOPPED"],
  ["PAUSED", "ACTIVE"],
  ["PAUSED", "STOPPED"],
];

describe("volunteer lifecycle", () => {
  it("allows exactly the listed transitions", () => {
    for (const from of VOLUNTEER_STATUSES) {
      for (const to of VOLUNTEER_STATUSES) {
        const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
        expect(canVolunteerTransition(from, to), `${from} → ${to}`).toBe(allowed);
      }
    }
  });

  it("has screening as the only way into ACTIVE besides the end of a pause", () => {
    const into = VOLUNTEER_STATUSES.filter((s) => VOLUNTEER_TRANSITIONS[s].includes("ACTIVE"));
    expect(into).toEqual(["SCREENING", "PAUSED"]);
  });

  it("makes STOPPED final and reachable from every other status", () => {
    expect(VOLUNTEER_TRANSITIONS.STOPPED).toEqual([]);
    for (const s of VOLUNTEER_STATUSES.filter((x) => x !== "STOPPED")) {
      expect(canVolunteerTransition(s, "STOPPED")).toBe(true);
    }
  });

  it("has a Dutch label for every status", () => {
    for (const s of VOLUNTEER_STATUSES) expect(VOLUNTEER_STATUS_LABELS[s]).toMatch(/\S/);
  });
});

describe("certificateDateRefusal", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("accepts today and a date less than a year ago", () => {
    expect(certificateDateRefusal("2026-11-23", now)).toBeNull();
    expect(certificateDateRefusal("2025-11-23", now)).toBeNull();
  });

  it("refuses a date in the future, older than a year, or not a real date", () => {
    expect(certificateDateRefusal("2026-11-24", now)).toMatch(/toekomst/);
    expect(certificateDateRefusal("2025-11-22", now)).toMatch(/ouder dan een jaar/);
    expect(certificateDateRefusal("2026-02-30", now)).toMatch(/klopt niet/);
  });
});
