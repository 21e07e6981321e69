// Every use case of the volunteer coordinator × every staff role: a role
// holding the permission succeeds, every other role gets ForbiddenError —
// exactly as ROLE_PERMISSIONS says — before its input is even looked at, and
// nothing is written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type StaffActor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
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

type Call = (actor: StaffActor) => Promise<unknown>;

interface Case {
  name: string;
  permission: Permission;
  /** Makes a volunteer in the right state and returns the call that should succeed. */
  setup: (db: Db) => Promise<{ volunteerId?: string; call: Call }>;
  /** Nonsense input: a role without the permission is refused before the input is read. */
  invalid: Call;
}

/** A case on one volunteer in `status`. */
function on(status: VolunteerStatus, run: (volunteerId: string, actor: StaffActor) => Promise<unknown>) {
  return async (db: Db) => {
    const v = await makeVolunteer(db, { status, ...(status === "INTAKE_PLANNED" ? { intakeAt: null } : {}) });
    return { volunteerId: v.id, call: (actor: StaffActor) => run(v.id, actor) };
  };
}

const CASES: Case[] = [
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

const MATRIX = CASES.flatMap((c) => ROLES.map((role) => [c.name, role, c] as const));

describe("permissions of the volunteer domain", () => {
  it("covers every role, and each permission is held by some roles only", () => {
    expect(actors.size).toBe(5);
    for (const c of CASES) {
      expect(ROLES.some((r) => can(r, c.permission))).toBe(true);
      expect(ROLES.some((r) => !can(r, c.permission))).toBe(true);
    }
  });

  it.each(MATRIX)("%s as %s follows ROLE_PERMISSIONS", async (_name, role, c) => {
    const actor = actors.get(role)!;
    const { volunteerId, call } = await c.setup(db);
    const auditBefore = volunteerId ? (await volunteerAuditOf(db, volunteerId)).length : 0;
    if (can(role, c.permission)) {
      await expect(call(actor)).resolves.toBeDefined();
      if (volunteerId) expect((await volunteerAuditOf(db, volunteerId)).length).toBe(auditBefore + 1);
    } else {
      const error = await call(actor).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).permission).toBe(c.permission);
      await expect(c.invalid(actor)).rejects.toBeInstanceOf(ForbiddenError);
      if (volunteerId) expect((await volunteerAuditOf(db, volunteerId)).length).toBe(auditBefore);
    }
  });
});
