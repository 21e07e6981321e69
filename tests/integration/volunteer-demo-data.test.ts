// The demo volunteers (demo database only): every status of the intake, a
// certificate for whoever is active, planned intakes in free intake slots,
// and no links (those come with the demo requests).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { parseIntakeWindows, isIntakeSlot } from "@/lib/volunteers/intake-slots";
import { loadDemoVolunteers } from "../../prisma/seed/demo-volunteers";
import { DEMO_VOLUNTEERS_IN_TAKE } from "../../prisma/seed/data/demo-volunteers";
import { ensureContent, useSettings } from "./staff-request-fixtures";
import { TEST_INTAKE_SLOTS } from "./volunteer-fixtures";

const db = createPrismaClient();
let restoreSettings: () => Promise<void>;
// A Monday far from the other files' intake weeks.
const now = new Date("2031-03-03T09:00:00.000Z");
const phones = DEMO_VOLUNTEERS_IN_TAKE.map((v) => `+32${v.phone.replace(/\D/g, "").slice(1)}`);

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, { volunteerIntakeSlots: TEST_INTAKE_SLOTS });
  await db.volunteer.deleteMany({ where: { phoneE164: { in: phones } } });
  await loadDemoVolunteers(db, now);
});

afterAll(async () => {
  await restoreSettings();
  await db.$disconnect();
});

describe("loadDemoVolunteers", () => {
  it("covers every status after sign-up, with history and no links", async () => {
    const rows = await db.volunteer.findMany({
      where: { phoneE164: { in: phones } },
      include: { events: true, _count: { select: { links: true } } },
    });
    expect(rows).toHaveLength(DEMO_VOLUNTEERS_IN_TAKE.length);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["INTAKE_PLANNED", "SCREENING", "ACTIVE", "PAUSED", "STOPPED"]),
    );
    expect(rows.every((r) => r._count.links === 0 && r.events.some((e) => e.type === "APPLIED"))).toBe(true);
    for (const r of rows.filter((x) => x.status === "ACTIVE" || x.status === "PAUSED")) {
      expect(r.conductCertificateOn, r.firstName).not.toBeNull();
    }
    expect(rows.some((r) => r.pauseRequestedAt !== null)).toBe(true);
    const languages = new Set(rows.flatMap((r) => r.languages));
    for (const code of ["fr", "ar", "tr", "en"]) expect(languages.has(code), code).toBe(true);
  });

  it("plans the intakes in distinct intake slots after now", async () => {
    const planned = await db.volunteer.findMany({
      where: { phoneE164: { in: phones }, status: "INTAKE_PLANNED" },
      select: { intakeAt: true },
    });
    expect(planned).toHaveLength(2);
    const { windows } = parseIntakeWindows(TEST_INTAKE_SLOTS);
    for (const p of planned) {
      expect(p.intakeAt!.getTime()).toBeGreaterThan(now.getTime());
      expect(isIntakeSlot(windows, p.intakeAt!)).toBe(true);
    }
    expect(new Set(planned.map((p) => p.intakeAt!.getTime())).size).toBe(2);
  });
});
