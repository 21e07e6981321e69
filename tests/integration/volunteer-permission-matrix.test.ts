// Every use case of the volunteer coordinator × every staff role: a role
// holding the permission succeeds, every other role gets ForbiddenError —
// exactly as ROLE_PERMISSIONS says — before its input is even looked at, and
// nothing is written.
import { afterAll, beforeAll } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { createPrismaClient, type Db } from "@/lib/db";
import type { StaffRole, VolunteerStatus } from "@/lib/generated/prisma/enums";
import { addVolunteerNote } from "@/lib/volunteers/add-volunteer-note";
import { cancelIntake } from "@/lib/volunteers/cancel-intake";
import { getVolunteerDetail } from "@/lib/volunteers/get-volunteer-detail";
import { listVolunteers } from "@/lib/volunteers/list-volunteers";
import { pauseVolunteer } from "@/lib/volunteers/pause-volunteer";
import { planIntake } from "@/lib/volunteers/plan-intake";
import { recordIntakeOutcome } from "@/lib/volunteers/record-intake-outcome";
import { recordScreening } from "@/lib/volunteers/record-screening";
import { resumeVolunteer } from "@/lib/volunteers/resume-volunteer";
import { stopVolunteer } from "@/lib/volunteers/stop-volunteer";
import { updateVolunteerProfile } from "@/lib/volunteers/update-volunteer-profile";
import { describePermissionMatrix, type PermissionCase } from "./permission-matrix";
import { actorOf, makeStaff, ROLES } from "./staff-fixtures";
import { ensureContent, useSettings } from "./staff-request-fixtures";
import { intakeWeek, makeVolunteer, TEST_INTAKE_SLOTS, volunteerAuditOf } from "./volunteer-fixtures";

const db = createPrismaClient();
const actors = new Map<StaffRole, StaffActor>();
let restoreSettings: () => Promise<void>;
// Each planned intake gets its own week, far from the other test file's weeks.
let week = 40;

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, { volunteerIntakeSlots: TEST_INTAKE_SLOTS });
  for (const role of ROLES) actors.set(role, actorOf(await makeStaff(db, role)));
});

afterAll(async () => {
  await restoreSettings();
  await db.$disconnect();
});

/** A case on one volunteer in `status`. */
function on(status: VolunteerStatus, run: (volunteerId: string, actor: StaffActor) => Promise<unknown>) {
  return async (db: Db) => {
    const v = await makeVolunteer(db, { status, ...(status === "INTAKE_PLANNED" ? { intakeAt: null } : {}) });
    return { subjectId: v.id, call: (actor: StaffActor) => run(v.id, actor) };
  };
}

const CASES: PermissionCase[] = [
  {
    name: "planIntake",
    permission: "volunteer:manage",
    setup: on("APPLIED", (volunteerId, actor) => {
      const { now, slot } = intakeWeek(week++);
      return planIntake(actor, { volunteerId, intakeAt: slot.toISOString() }, { db, now });
    }),
    invalid: (actor) => planIntake(actor, {}, { db }),
  },
  {
    name: "cancelIntake",
    permission: "volunteer:manage",
    setup: on("INTAKE_PLANNED", (volunteerId, actor) => cancelIntake(actor, { volunteerId }, { db })),
    invalid: (actor) => cancelIntake(actor, {}, { db }),
  },
  {
    name: "recordIntakeOutcome",
    permission: "volunteer:manage",
    setup: on("INTAKE_PLANNED", (volunteerId, actor) =>
      recordIntakeOutcome(actor, { volunteerId, outcome: "SCREENING", note: "Goed gesprek." }, { db }),
    ),
    invalid: (actor) => recordIntakeOutcome(actor, {}, { db }),
  },
  {
    name: "recordScreening",
    permission: "volunteer:manage",
    setup: on("SCREENING", (volunteerId, actor) =>
      recordScreening(actor, { volunteerId, certificateDate: "2030-01-02" }, { db, now: intakeWeek(0).now }),
    ),
    invalid: (actor) => recordScreening(actor, {}, { db }),
  },
  {
    name: "pauseVolunteer",
    permission: "volunteer:manage",
    setup: on("ACTIVE", (volunteerId, actor) => pauseVolunteer(actor, { volunteerId }, { db })),
    invalid: (actor) => pauseVolunteer(actor, {}, { db }),
  },
  {
    name: "resumeVolunteer",
    permission: "volunteer:manage",
    setup: on("PAUSED", (volunteerId, actor) => resumeVolunteer(actor, { volunteerId }, { db })),
    invalid: (actor) => resumeVolunteer(actor, {}, { db }),
  },
  {
    name: "stopVolunteer",
    permission: "volunteer:manage",
    setup: on("ACTIVE", (volunteerId, actor) =>
      stopVolunteer(actor, { volunteerId, reason: "Verhuist." }, { db }),
    ),
    invalid: (actor) => stopVolunteer(actor, {}, { db }),
  },
  {
    name: "updateVolunteerProfile",
    permission: "volunteer:manage",
    setup: on("ACTIVE", (volunteerId, actor) =>
      updateVolunteerProfile(
        actor,
        {
          volunteerId,
          activities: ["CHAT_OR_CALL"],
          travelRange: "SAME_NEIGHBOURHOOD",
          languages: ["nl"],
          maxActiveLinks: "2",
        },
        { db },
      ),
    ),
    invalid: (actor) => updateVolunteerProfile(actor, {}, { db }),
  },
  {
    name: "addVolunteerNote",
    permission: "volunteer:manage",
    setup: on("ACTIVE", (volunteerId, actor) =>
      addVolunteerNote(actor, { volunteerId, note: "Een notitie." }, { db }),
    ),
    invalid: (actor) => addVolunteerNote(actor, {}, { db }),
  },
  {
    name: "getVolunteerDetail",
    permission: "volunteer:read",
    setup: on("ACTIVE", (volunteerId, actor) => getVolunteerDetail(actor, { volunteerId }, { db })),
    invalid: (actor) => getVolunteerDetail(actor, {}, { db }),
  },
  {
    name: "listVolunteers",
    permission: "volunteer:read",
    setup: async () => ({ call: (actor) => listVolunteers(actor, { view: "wachtend" }, { db }) }),
    invalid: (actor) => listVolunteers(actor, { view: 42 as unknown as "alle" }, { db }),
  },
];

describePermissionMatrix("permissions of the volunteer domain", CASES, {
  db,
  actors,
  auditCount: async (db, volunteerId) => (await volunteerAuditOf(db, volunteerId)).length,
  auditsSuccess: () => true,
});
