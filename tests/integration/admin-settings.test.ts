import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";
import { AdminError } from "@/lib/staff-users/admin-error";
import { SETTINGS_MESSAGES } from "@/lib/validation/settings-schema";
import { actorOf, makeStaff, refusal } from "./staff-fixtures";

const db = createPrismaClient();

// Settings are shared by every test file: put back exactly what was there
// (other files expect an empty table or their own values).
let before: { key: string; value: Prisma.JsonValue }[] = [];
beforeAll(async () => {
  before = await db.setting.findMany({ select: { key: true, value: true } });
});
afterAll(async () => {
  await db.setting.deleteMany({ where: { key: { notIn: before.map((b) => b.key) } } });
  for (const row of before) {
    await db.setting.update({ where: { key: row.key }, data: { value: row.value as Prisma.InputJsonValue } });
  }
  await db.$disconnect();
});

const valid = {
  cityName: "Mechelen",
  phoneNumber: "0800 12 345",
  slaHours: "24",
  slaWorkingDaysOnly: "no",
  retentionMonths: "24",
  declinedRetentionMonths: "3",
  volunteerIntakeSlots: "di 14:00-16:00, do 18:00-20:00",
};

describe("updating the settings", () => {
  it("saves what changed and audits the old and the new values", async () => {
    const admin = await makeStaff(db, "ADMIN");
    const actor = actorOf(admin);
    // Start from known values.
    await updateSettings(actor, valid, { db });
    const now = new Date("2026-11-23T10:00:00Z");

    const { changes } = await updateSettings(
      actor,
      {
        ...valid,
        cityName: " Sint-Katelijne-Waver ",
        phoneNumber: "+32 800 12 346",
        slaHours: "48",
        slaWorkingDaysOnly: "yes",
        volunteerIntakeSlots: "wo 9:30-11:00",
      },
      { db, now },
    );
    expect(changes).toEqual({
      cityName: { from: "Mechelen", to: "Sint-Katelijne-Waver" },
      phoneNumber: { from: "0800 12 345", to: "+32 800 12 346" },
      slaHours: { from: 24, to: 48 },
      slaWorkingDaysOnly: { from: false, to: true },
      volunteerIntakeSlots: { from: "di 14:00-16:00, do 18:00-20:00", to: "wo 9:30-11:00" },
    });
    expect(await getSettings(db)).toMatchObject({
      cityName: "Sint-Katelijne-Waver",
      // Kept as typed: this is how the site shows it.
      phoneNumber: "+32 800 12 346",
      slaHours: 48,
      slaWorkingDaysOnly: true,
      retentionMonths: 24,
      declinedRetentionMonths: 3,
      contactEmail: DEFAULT_SETTINGS.contactEmail,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.update", actorStaffId: admin.id, occurredAt: now },
    });
    expect(event).toMatchObject({ entityType: "Setting", entityId: null, ipHash: "test-ip-hash" });
    expect(event.data).toEqual({ changes });
  });

  it("writes nothing, and no audit event, when nothing changed", async () => {
    const admin = await makeStaff(db, "ADMIN");
    await updateSettings(actorOf(admin), valid, { db });
    const count = await db.auditEvent.count({ where: { action: "settings.update", actorStaffId: admin.id } });
    expect(await updateSettings(actorOf(admin), { ...valid, slaHours: " 24 " }, { db })).toEqual({
      changes: {},
    });
    expect(await db.auditEvent.count({ where: { action: "settings.update", actorStaffId: admin.id } })).toBe(
      count,
    );
  });

  it("refuses wrong values with a Dutch message per field, and changes nothing", async () => {
    const admin = await makeStaff(db, "ADMIN");
    await updateSettings(actorOf(admin), valid, { db });
    const error = await refusal(
      updateSettings(
        actorOf(admin),
        {
          cityName: "",
          phoneNumber: "+31 6 12345678",
          slaHours: "0",
          slaWorkingDaysOnly: "soms",
          retentionMonths: "121",
          declinedRetentionMonths: "2,5",
          volunteerIntakeSlots: "dinsdagnamiddag, do 18:00-20:00",
        },
        { db },
      ),
    );
    expect(error).toBeInstanceOf(AdminError);
    expect(error.fieldErrors).toEqual({
      cityName: SETTINGS_MESSAGES.cityNameMissing,
      phoneNumber: SETTINGS_MESSAGES.phoneInvalid,
      slaHours: "Vul een heel getal in van 1 tot 168.",
      slaWorkingDaysOnly: SETTINGS_MESSAGES.slaWorkingDaysMissing,
      retentionMonths: "Vul een heel getal in van 1 tot 120.",
      declinedRetentionMonths: "Vul een heel getal in van 1 tot 24.",
      volunteerIntakeSlots: SETTINGS_MESSAGES.intakeSlotsInvalid("dinsdagnamiddag"),
    });
    expect(await getSettings(db)).toMatchObject({ cityName: "Mechelen", slaHours: 24, retentionMonths: 24 });
  });

  it("accepts the limits and the usual ways of writing a Belgian number", async () => {
    const actor = actorOf(await makeStaff(db, "ADMIN"));
    for (const [slaHours, retentionMonths, declinedRetentionMonths] of [
      ["1", "1", "1"],
      ["168", "120", "24"],
    ] as const) {
      await updateSettings(actor, { ...valid, slaHours, retentionMonths, declinedRetentionMonths }, { db });
    }
    for (const phoneNumber of ["0800/12.345", "015 12 34 56", "+32 (0)800 12 345", "0470 12 34 56"]) {
      await expect(updateSettings(actor, { ...valid, phoneNumber }, { db })).resolves.toBeDefined();
    }
    for (const [field, value] of [
      ["slaHours", "169"],
      ["slaHours", "-1"],
      ["slaHours", "12.5"],
      ["retentionMonths", "0"],
      ["declinedRetentionMonths", "25"],
      ["phoneNumber", "0800 12 34"],
      ["phoneNumber", "bel ons"],
    ] as const) {
      const error = await refusal(updateSettings(actor, { ...valid, [field]: value }, { db }));
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
  });
});
