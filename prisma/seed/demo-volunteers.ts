// Loads the demo volunteers in every status of the intake (prisma/seed/data/
// demo-volunteers.ts) with their history, dated relative to `now`. The two
// planned intakes take the first free intake slots of the setting.
import type { Db } from "../../lib/db";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { VolunteerEventType, VolunteerStatus } from "../../lib/generated/prisma/enums";
import { normalizePhone } from "../../lib/phone/normalize-phone";
import { DEFAULT_SETTINGS } from "../../lib/settings/defaults";
import { parseIntakeWindows, upcomingIntakeSlots } from "../../lib/volunteers/intake-slots";
import { DEMO_VOLUNTEERS_IN_TAKE, type DemoVolunteerInTake } from "./data/demo-volunteers";

const DAY = 24 * 3_600_000;

type Event = {
  type: VolunteerEventType;
  at: Date;
  from?: VolunteerStatus;
  to?: VolunteerStatus;
  note?: string;
};

/** The volunteer's fields and history for its status: each step a few days after the last. */
function lifecycle(v: DemoVolunteerInTake, appliedAt: Date, intakeAt: Date | null, now: Date) {
  const day = (n: number) => new Date(appliedAt.getTime() + n * DAY);
  const events: Event[] = [{ type: "APPLIED", at: appliedAt, to: "APPLIED" }];
  const data: Partial<Prisma.VolunteerUncheckedCreateInput> = {};
  if (v.status === "INTAKE_PLANNED") {
    data.intakeAt = intakeAt;
    events.push({ type: "INTAKE_PLANNED", at: day(2), from: "APPLIED", to: "INTAKE_PLANNED" });
    return { data, events };
  }
  data.intakeAt = day(7);
  data.intakeDoneAt = day(7);
  data.intakeOutcome = v.intakeOutcome ?? "Goed gesprek. Weet wat we verwachten.";
  events.push(
    { type: "INTAKE_PLANNED", at: day(2), from: "APPLIED", to: "INTAKE_PLANNED" },
    { type: "INTAKE_DONE", at: day(7), from: "INTAKE_PLANNED", to: "SCREENING", note: data.intakeOutcome },
  );
  if (v.status === "SCREENING") return { data, events };
  data.conductCertificateOn = day(10);
  data.screenedAt = day(12);
  data.activatedAt = day(12);
  events.push({ type: "SCREENED", at: day(12), from: "SCREENING", to: "ACTIVE" });
  if (v.lastLinkedDaysAgo !== undefined)
    data.lastLinkedAt = new Date(now.getTime() - v.lastLinkedDaysAgo * DAY);
  if (v.pauseRequestNote) {
    data.pauseRequestedAt = new Date(now.getTime() - DAY);
    data.pauseRequestNote = v.pauseRequestNote;
    events.push({ type: "PAUSE_REQUESTED", at: data.pauseRequestedAt, note: v.pauseRequestNote });
  }
  if (v.status === "PAUSED") {
    data.pausedAt = new Date(now.getTime() - 20 * DAY);
    events.push({ type: "STATUS_CHANGED", at: data.pausedAt, from: "ACTIVE", to: "PAUSED" });
  }
  if (v.status === "STOPPED") {
    data.stoppedAt = new Date(now.getTime() - 10 * DAY);
    data.stopReason = v.stopReason ?? null;
    events.push({
      type: "STATUS_CHANGED",
      at: data.stoppedAt,
      from: "ACTIVE",
      to: "STOPPED",
      note: v.stopReason,
    });
  }
  return { data, events };
}

/** Creates the volunteers; the coordinator's steps are by the first volunteer coordinator, if any. */
export async function loadDemoVolunteers(db: Db, now = new Date()): Promise<{ volunteers: number }> {
  return db.$transaction(async (tx) => {
    const coordinator = await tx.staffUser.findFirst({
      where: { role: "VOLUNTEER_COORDINATOR", isActive: true },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const hoods = new Map(
      (await tx.neighbourhood.findMany({ select: { slug: true, id: true } })).map((n) => [n.slug, n.id]),
    );
    // Read here, not with getSettings: that module is server-only, and the seed runs in plain Node.
    const setting = await tx.setting.findUnique({ where: { key: "volunteerIntakeSlots" } });
    const hours = typeof setting?.value === "string" ? setting.value : DEFAULT_SETTINGS.volunteerIntakeSlots;
    const { windows } = parseIntakeWindows(hours);
    const slots = upcomingIntakeSlots(windows, now);
    const taken = await tx.volunteer.findMany({
      where: { status: "INTAKE_PLANNED" },
      select: { intakeAt: true },
    });
    // Every other free slot, so the coordinator sees free places between them.
    const free = slots
      .filter((s) => !taken.some((t) => t.intakeAt?.getTime() === s.getTime()))
      .filter((_, i) => i % 2 === 0);

    for (const v of DEMO_VOLUNTEERS_IN_TAKE) {
      const appliedAt = new Date(now.getTime() - v.appliedDaysAgo * DAY);
      const intakeAt = v.status === "INTAKE_PLANNED" ? (free.shift() ?? null) : null;
      const { data, events } = lifecycle(v, appliedAt, intakeAt, now);
      await tx.volunteer.create({
        data: {
          ...data,
          // Without a free slot the intake can't be planned: the volunteer waits as APPLIED.
          status: v.status === "INTAKE_PLANNED" && !intakeAt ? "APPLIED" : v.status,
          firstName: v.firstName,
          lastName: v.lastName,
          phoneE164: normalizePhone(v.phone),
          email: v.email ?? null,
          activities: v.activities,
          languages: v.languages,
          availability: v.availability,
          travelRange: v.travelRange ?? "ADJACENT_NEIGHBOURHOODS",
          maxActiveLinks: v.maxActiveLinks,
          motivation: v.motivation ?? null,
          consentGivenAt: appliedAt,
          consentTextVersion: "demo",
          neighbourhoodId: hoods.get(v.neighbourhood) ?? null,
          createdAt: appliedAt,
          events: {
            create: events.map((e) => ({
              type: e.type,
              occurredAt: e.at,
              fromStatus: e.from ?? null,
              toStatus: e.to ?? null,
              note: e.note ?? null,
              actorStaffId:
                e.type === "APPLIED" || e.type === "PAUSE_REQUESTED" ? null : (coordinator?.id ?? null),
            })),
          },
          notes: v.coachingNote
            ? {
                create: {
                  body: v.coachingNote,
                  authorId: coordinator?.id ?? null,
                  createdAt: new Date(now.getTime() - 5 * DAY),
                },
              }
            : undefined,
        },
      });
    }
    return { volunteers: DEMO_VOLUNTEERS_IN_TAKE.length };
  });
}
