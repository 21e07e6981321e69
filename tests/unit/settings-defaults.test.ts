// The promise on every page ("we bellen je binnen 24 uur") rests on this default
// until an admin changes it: pin it, independently of the code that uses it.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";

describe("the default settings", () => {
  it("give the first human contact 24 hours, counting every day", () => {
    expect(DEFAULT_SETTINGS.slaHours).toBe(24);
    expect(DEFAULT_SETTINGS.slaWorkingDaysOnly).toBe(false);
  });

  it("keep personal data 24 months after closing, 3 after help was declined", () => {
    expect(DEFAULT_SETTINGS.retentionMonths).toBe(24);
    expect(DEFAULT_SETTINGS.declinedRetentionMonths).toBe(3);
  });
});
