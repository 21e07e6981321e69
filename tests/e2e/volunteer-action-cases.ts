// The server actions of a volunteer's page (/beheer/vrijwilligers/[id]) for
// the action matrix (staff-action-matrix.spec.ts, via staff-action-cases.ts):
// a fresh volunteer in the right status for each call, the fields, and a
// snapshot of what the action changes.
import { randomUUID } from "node:crypto";
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";
import { parseIntakeWindows, upcomingIntakeSlots } from "@/lib/volunteers/intake-slots";
import type { Fields } from "./action-forms";
import type { ActionCase, Target } from "./staff-action-cases";
import { testDb } from "./staff-fixtures";

async function makeVolunteer(status: VolunteerStatus) {
  const active = status === "ACTIVE" || status === "PAUSED";
  return testDb().volunteer.create({
    data: {
      status,
      firstName: "Matrix",
      lastName: `Vrijwilliger ${randomUUID().slice(0, 8)}`,
      activities: ["CHAT_OR_CALL"],
      languages: ["nl"],
      ...(active
        ? { conductCertificateOn: new Date(), screenedAt: new Date(), activatedAt: new Date() }
        : {}),
    },
  });
}

/** What any action on a volunteer changes: the row, the history or the notes. */
function volunteerState(id: string) {
  return () =>
    testDb().volunteer.findUniqueOrThrow({
      where: { id },
      select: { updatedAt: true, _count: { select: { events: true, notes: true } } },
    });
}

/** The first intake slot no volunteer has yet (the server uses the default intake hours in the tests). */
async function freeSlot(): Promise<string> {
  const setting = await testDb().setting.findUnique({ where: { key: "volunteerIntakeSlots" } });
  const hours = typeof setting?.value === "string" ? setting.value : DEFAULT_SETTINGS.volunteerIntakeSlots;
  const slots = upcomingIntakeSlots(parseIntakeWindows(hours).windows, new Date(Date.now() + 3_600_000), 8);
  const taken = await testDb().volunteer.findMany({
    where: { status: "INTAKE_PLANNED", intakeAt: { in: slots } },
    select: { intakeAt: true },
  });
  const free = slots.find((s) => !taken.some((t) => t.intakeAt?.getTime() === s.getTime()));
  if (!free) throw new Error("no free intake slot left");
  return free.toISOString();
}

function onVolunteer(
  action: string,
  status: VolunteerStatus,
  fields: () => Promise<Fields> | Fields = () => [],
): ActionCase {
  const target = async (): Promise<Target> => {
    const v = await makeVolunteer(status);
    return {
      url: `/beheer/vrijwilligers/${v.id}`,
      fields: [["volunteerId", v.id], ...(await fields())],
      state: volunteerState(v.id),
    };
  };
  return { action, permission: "volunteer:manage", formPage: async () => (await target()).url, target };
}

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());

export const VOLUNTEER_CASES: ActionCase[] = [
  onVolunteer("planIntakeAction", "APPLIED", async () => [["intakeAt", await freeSlot()]]),
  onVolunteer("cancelIntakeAction", "INTAKE_PLANNED"),
  onVolunteer("recordIntakeOutcomeAction", "INTAKE_PLANNED", () => [
    ["outcome", "SCREENING"],
    ["note", "Goed gesprek."],
  ]),
  onVolunteer("recordScreeningAction", "SCREENING", () => [["certificateDate", today()]]),
  onVolunteer("pauseVolunteerAction", "ACTIVE"),
  onVolunteer("resumeVolunteerAction", "PAUSED"),
  onVolunteer("stopVolunteerAction", "ACTIVE", () => [["reason", "Verhuist."]]),
  onVolunteer("updateVolunteerProfileAction", "ACTIVE", () => [
    ["activities", "VISIT_OR_WALK"],
    ["travelRange", "WHOLE_CITY"],
    ["languages", "nl"],
    ["maxActiveLinks", "3"],
  ]),
  onVolunteer("addVolunteerNoteAction", "ACTIVE", () => [["note", "Een notitie."]]),
];
