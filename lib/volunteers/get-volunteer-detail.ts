import "server-only";
import { z } from "@/lib/validation/zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordStaffView } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { getSettings } from "@/lib/settings/get-settings";
import { id } from "@/lib/validation/staff-fields";
import { takesAPlace } from "@/lib/volunteer-links/lifecycle";
import { VOLUNTEER_NOT_FOUND } from "./change-volunteer";
import { parseIntakeWindows, upcomingIntakeSlots } from "./intake-slots";
import { VOLUNTEER_TRANSITIONS } from "./lifecycle";

const volunteerRefSchema = z.object({ volunteerId: id() });

const DETAIL_INCLUDE = {
  neighbourhood: { select: { id: true, slug: true, name: true } },
  links: {
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      kind: true,
      activity: true,
      plan: true,
      createdAt: true,
      endedAt: true,
      endReason: true,
      helpRequest: { select: { id: true, reference: true } },
    },
  },
  events: {
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    include: { actorStaff: { select: { id: true, name: true } } },
  },
  notes: { orderBy: { createdAt: "desc" }, include: { author: { select: { id: true, name: true } } } },
} as const satisfies Prisma.VolunteerInclude;

export type VolunteerDetail = Prisma.VolunteerGetPayload<{ include: typeof DETAIL_INCLUDE }> & {
  /** Links that take one of their places now (proposed, accepted, running). */
  load: number;
  /** The statuses this volunteer can move to now (lib/volunteers/lifecycle.ts). */
  next: readonly VolunteerStatus[];
  /** Free intake slots of the coming weeks (only while the volunteer waits for an intake). */
  freeIntakeSlots: Date[];
};

/**
 * One volunteer for the coordinator: profile, load, links, history and
 * coaching notes. It shows personal data, so the view is written to the
 * audit log (volunteer.view) before the data is returned.
 */
export async function getVolunteerDetail(
  actor: StaffActor,
  input: z.input<typeof volunteerRefSchema>,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<VolunteerDetail> {
  assertCan(actor, "volunteer:read");
  const { volunteerId } = parseStaffInput(volunteerRefSchema, input);
  const volunteer = await db.volunteer.findUnique({ where: { id: volunteerId }, include: DETAIL_INCLUDE });
  if (!volunteer) throw new DomainError("not-found", VOLUNTEER_NOT_FOUND);
  await recordStaffView(db, actor, {
    action: "volunteer.view",
    entityType: "Volunteer",
    entityId: volunteer.id,
    occurredAt: now,
  });
  let freeIntakeSlots: Date[] = [];
  if (volunteer.status === "APPLIED") {
    const { windows } = parseIntakeWindows((await getSettings(db)).volunteerIntakeSlots);
    const slots = upcomingIntakeSlots(windows, now);
    const taken = await db.volunteer.findMany({
      where: { status: "INTAKE_PLANNED", intakeAt: { in: slots } },
      select: { intakeAt: true },
    });
    const takenTimes = new Set(taken.map((t) => t.intakeAt?.getTime()));
    freeIntakeSlots = slots.filter((s) => !takenTimes.has(s.getTime()));
  }
  return {
    ...volunteer,
    load: volunteer.links.filter((l) => takesAPlace(l.status)).length,
    next: VOLUNTEER_TRANSITIONS[volunteer.status],
    freeIntakeSlots,
  };
}
