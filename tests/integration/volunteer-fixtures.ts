// Volunteers in a given state for the volunteer tests, as if they got there
// through the use cases, and fixed moments in the weekly intake slots.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The intake hours the volunteer tests use (Brussels time). */
export const TEST_INTAKE_SLOTS = "di 14:00-16:00, do 18:00-20:00";

const WEEK = 7 * 24 * 3_600_000;
// Monday 7 January 2030, 10.00 in Brussels (winter time, UTC+1): far from any other test's data.
const BASE_MONDAY = Date.parse("2030-01-07T09:00:00.000Z");

/** "Now" on the Monday of week `k` after the base, and that week's Tuesday 14.00 and 14.30 slots. */
export function intakeWeek(k: number) {
  const now = new Date(BASE_MONDAY + k * WEEK);
  const tuesday14 = new Date(now.getTime() + 28 * 3_600_000);
  return { now, slot: tuesday14, nextSlot: new Date(tuesday14.getTime() + 30 * 60_000) };
}

export async function makeVolunteer(db: Db, data: Partial<Prisma.VolunteerUncheckedCreateInput> = {}) {
  const status = data.status ?? "APPLIED";
  const active = status === "ACTIVE" || status === "PAUSED";
  return db.volunteer.create({
    data: {
      firstName: "Vrijwilliger",
      lastName: `Test ${randomUUID().slice(0, 8)}`,
      phoneE164: `+32471${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`,
      activities: ["CHAT_OR_CALL"],
      languages: ["nl"],
      consentGivenAt: new Date(),
      consentTextVersion: "test",
      ...(active
        ? {
            conductCertificateOn: new Date("2029-12-01T12:00:00Z"),
            screenedAt: new Date("2029-12-02T12:00:00Z"),
            activatedAt: new Date("2029-12-02T12:00:00Z"),
          }
        : {}),
      ...data,
      status,
    },
  });
}

/** The audit events of one volunteer, oldest first. */
export function volunteerAuditOf(db: Db, volunteerId: string) {
  return db.auditEvent.findMany({
    where: { entityType: "Volunteer", entityId: volunteerId },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
  });
}

export function volunteerEventsOf(db: Db, volunteerId: string) {
  return db.volunteerEvent.findMany({
    where: { volunteerId },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
  });
}
