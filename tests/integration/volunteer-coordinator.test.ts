// The volunteer coordinator's use cases against a real database: every step
// of the lifecycle with its history and audit rows, and the refusals (no
// ACTIVE without a certificate, one intake per slot, no stop with open links).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import type { z } from "zod";
import { createPrismaClient } from "@/lib/db";
import type { updateVolunteerProfileSchema, VolunteerView } from "@/lib/validation/staff-volunteer-schemas";
import { addVolunteerNote } from "@/lib/volunteers/add-volunteer-note";
import { cancelIntake } from "@/lib/volunteers/cancel-intake";
import { getVolunteerDetail } from "@/lib/volunteers/get-volunteer-detail";
import { listVolunteers } from "@/lib/volunteers/list-volunteers";
import { pauseVolunteer } from "@/lib/volunteers/pause-volunteer";
import { planIntake, SLOT_TAKEN } from "@/lib/volunteers/plan-intake";
import { recordIntakeOutcome } from "@/lib/volunteers/record-intake-outcome";
import { recordScreening } from "@/lib/volunteers/record-screening";
import { resumeVolunteer } from "@/lib/volunteers/resume-volunteer";
import { stopVolunteer } from "@/lib/volunteers/stop-volunteer";
import { updateVolunteerProfile } from "@/lib/volunteers/update-volunteer-profile";
import { actorOf, makeStaff, refusal } from "./staff-fixtures";
import { ensureContent, makeRequest, useSettings } from "./staff-request-fixtures";
import {
  intakeWeek,
  makeVolunteer,
  TEST_INTAKE_SLOTS,
  volunteerAuditOf,
  volunteerEventsOf,
} from "./volunteer-fixtures";

const db = createPrismaClient();
let coordinator: StaffActor;
let restoreSettings: () => Promise<void>;

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, { volunteerIntakeSlots: TEST_INTAKE_SLOTS });
  coordinator = actorOf(await makeStaff(db, "VOLUNTEER_COORDINATOR"));
});

afterAll(async () => {
  await restoreSettings();
  await db.$disconnect();
});

describe("the way in: intake and screening", () => {
  it("takes a volunteer from APPLIED to ACTIVE, with history and audit rows", async () => {
    const v = await makeVolunteer(db);
    const { now, slot } = intakeWeek(0);
    await planIntake(coordinator, { volunteerId: v.id, intakeAt: slot.toISOString() }, { db, now });
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "INTAKE_PLANNED",
      intakeAt: slot,
    });
    const later = new Date(slot.getTime() + 3_600_000);
    await recordIntakeOutcome(
      coordinator,
      { volunteerId: v.id, outcome: "SCREENING", note: "Fijn gesprek, wil graag bellen." },
      { db, now: later },
    );
    await recordScreening(
      coordinator,
      { volunteerId: v.id, certificateDate: "2030-01-02" },
      { db, now: later },
    );
    const row = await db.volunteer.findUniqueOrThrow({ where: { id: v.id } });
    expect(row).toMatchObject({
      status: "ACTIVE",
      intakeDoneAt: later,
      intakeOutcome: "Fijn gesprek, wil graag bellen.",
      conductCertificateOn: new Date("2030-01-02T12:00:00Z"),
      screenedAt: later,
      activatedAt: later,
    });
    const events = await volunteerEventsOf(db, v.id);
    expect(events.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorStaffId])).toEqual([
      ["INTAKE_PLANNED", "APPLIED", "INTAKE_PLANNED", coordinator.id],
      ["INTAKE_DONE", "INTAKE_PLANNED", "SCREENING", coordinator.id],
      ["SCREENED", "SCREENING", "ACTIVE", coordinator.id],
    ]);
    const audit = await volunteerAuditOf(db, v.id);
    expect(audit.map((a) => a.action)).toEqual([
      "volunteer.plan-intake",
      "volunteer.record-intake-outcome",
      "volunteer.record-screening",
    ]);
    expect(audit.every((a) => a.actorStaffId === coordinator.id && a.ipHash === "test-ip-hash")).toBe(true);
  });

  it("refuses ACTIVE without a certificate, with a future one, or one older than a year", async () => {
    const v = await makeVolunteer(db, { status: "SCREENING" });
    const now = new Date("2030-01-10T10:00:00Z");
    const missing = await refusal(recordScreening(coordinator, { volunteerId: v.id }, { db, now }));
    expect(missing.fieldErrors).toEqual({ certificateDate: expect.stringMatching(/model 2/) });
    const future = await refusal(
      recordScreening(coordinator, { volunteerId: v.id, certificateDate: "2030-01-11" }, { db, now }),
    );
    expect(future.message).toMatch(/toekomst/);
    const old = await refusal(
      recordScreening(coordinator, { volunteerId: v.id, certificateDate: "2028-12-31" }, { db, now }),
    );
    expect(old.message).toMatch(/ouder dan een jaar/);
    expect((await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("SCREENING");
    expect(await volunteerAuditOf(db, v.id)).toEqual([]);
  });

  it("refuses screening for someone who had no intake (lifecycle)", async () => {
    const v = await makeVolunteer(db);
    const error = await refusal(
      recordScreening(
        coordinator,
        { volunteerId: v.id, certificateDate: "2030-01-02" },
        { db, now: intakeWeek(1).now },
      ),
    );
    expect(error).toMatchObject({ code: "transition-refused" });
    expect((await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("APPLIED");
  });

  it("refuses a second intake in a booked slot, and a time that is not a slot", async () => {
    const { now, slot, nextSlot } = intakeWeek(2);
    const a = await makeVolunteer(db);
    const b = await makeVolunteer(db);
    await planIntake(coordinator, { volunteerId: a.id, intakeAt: slot.toISOString() }, { db, now });
    const taken = await refusal(
      planIntake(coordinator, { volunteerId: b.id, intakeAt: slot.toISOString() }, { db, now }),
    );
    expect(taken.message).toBe(SLOT_TAKEN);
    expect(taken.fieldErrors).toEqual({ intakeAt: SLOT_TAKEN });
    const odd = new Date(slot.getTime() + 10 * 60_000);
    const notASlot = await refusal(
      planIntake(coordinator, { volunteerId: b.id, intakeAt: odd.toISOString() }, { db, now }),
    );
    expect(notASlot.message).toMatch(/intakemomenten/);
    await planIntake(coordinator, { volunteerId: b.id, intakeAt: nextSlot.toISOString() }, { db, now });
    expect((await db.volunteer.findUniqueOrThrow({ where: { id: b.id } })).intakeAt).toEqual(nextSlot);
  });

  it("lets only one of two coordinators booking the same slot at once succeed (unique index)", async () => {
    const { now, slot } = intakeWeek(3);
    const [a, b] = [await makeVolunteer(db), await makeVolunteer(db)];
    const other = actorOf(await makeStaff(db, "ADMIN"));
    const results = await Promise.allSettled([
      planIntake(coordinator, { volunteerId: a.id, intakeAt: slot.toISOString() }, { db, now }),
      planIntake(other, { volunteerId: b.id, intakeAt: slot.toISOString() }, { db, now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as Error).message).toBe(SLOT_TAKEN);
    expect(await db.volunteer.count({ where: { status: "INTAKE_PLANNED", intakeAt: slot } })).toBe(1);
  });

  it("frees the slot when the intake is cancelled, and stops a volunteer after a bad intake", async () => {
    const { now, slot } = intakeWeek(4);
    const a = await makeVolunteer(db);
    await planIntake(coordinator, { volunteerId: a.id, intakeAt: slot.toISOString() }, { db, now });
    await cancelIntake(coordinator, { volunteerId: a.id, note: "Ziek." }, { db, now });
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "APPLIED",
      intakeAt: null,
    });
    const b = await makeVolunteer(db);
    await planIntake(coordinator, { volunteerId: b.id, intakeAt: slot.toISOString() }, { db, now });
    await recordIntakeOutcome(
      coordinator,
      { volunteerId: b.id, outcome: "STOPPED", note: "Zoekt eigenlijk betaald werk." },
      { db, now },
    );
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: "STOPPED",
      stopReason: "Zoekt eigenlijk betaald werk.",
    });
    const missing = await refusal(recordIntakeOutcome(coordinator, { volunteerId: a.id }, { db, now }));
    expect(Object.keys(missing.fieldErrors ?? {})).toEqual(["outcome", "note"]);
  });
});

describe("active, paused, stopped", () => {
  it("pauses (answering a pause request) and resumes", async () => {
    const v = await makeVolunteer(db, {
      status: "ACTIVE",
      pauseRequestedAt: new Date(),
      pauseRequestNote: "Even op reis.",
    });
    await pauseVolunteer(coordinator, { volunteerId: v.id }, { db });
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "PAUSED",
      pauseRequestedAt: null,
      pauseRequestNote: null,
    });
    await resumeVolunteer(coordinator, { volunteerId: v.id }, { db });
    expect((await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("ACTIVE");
    expect((await volunteerAuditOf(db, v.id)).map((a) => a.action)).toEqual([
      "volunteer.pause",
      "volunteer.resume",
    ]);
  });

  it("refuses to stop without a reason, and while links are open (naming them)", async () => {
    const v = await makeVolunteer(db, { status: "ACTIVE" });
    const noReason = await refusal(stopVolunteer(coordinator, { volunteerId: v.id }, { db }));
    expect(noReason.fieldErrors).toEqual({ reason: "Schrijf kort waarom." });
    const request = await makeRequest(db, { status: "LINKED" });
    const link = await db.volunteerLink.create({
      data: { helpRequestId: request.id, volunteerId: v.id, activity: "CHAT_OR_CALL", status: "ACTIVE" },
    });
    const open = await refusal(
      stopVolunteer(coordinator, { volunteerId: v.id, reason: "Verhuist." }, { db }),
    );
    expect(open.message).toContain(request.reference);
    expect((await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("ACTIVE");
    await db.volunteerLink.update({ where: { id: link.id }, data: { status: "ENDED", endedAt: new Date() } });
    await stopVolunteer(coordinator, { volunteerId: v.id, reason: "Verhuist." }, { db });
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      status: "STOPPED",
      stopReason: "Verhuist.",
    });
    const again = await refusal(resumeVolunteer(coordinator, { volunteerId: v.id }, { db }));
    expect(again).toMatchObject({ code: "transition-refused" });
  });
});

describe("profile, notes, lists and detail", () => {
  it("updates the profile and refuses an unknown neighbourhood or a maximum above 10", async () => {
    const v = await makeVolunteer(db, { status: "ACTIVE" });
    const input: z.input<typeof updateVolunteerProfileSchema> = {
      volunteerId: v.id,
      activities: ["VISIT_OR_WALK", "DIGITAL_HELP"],
      neighbourhood: "nekkerspoel",
      travelRange: "WHOLE_CITY",
      languages: ["nl", "tr"],
      availability: ["SATURDAY_MORNING", "MONDAY_EVENING"],
      maxActiveLinks: "4",
    };
    await updateVolunteerProfile(coordinator, input, { db });
    const row = await db.volunteer.findUniqueOrThrow({
      where: { id: v.id },
      include: { neighbourhood: true },
    });
    expect(row).toMatchObject({
      activities: ["VISIT_OR_WALK", "DIGITAL_HELP"],
      travelRange: "WHOLE_CITY",
      languages: ["nl", "tr"],
      availability: ["MONDAY_EVENING", "SATURDAY_MORNING"],
      maxActiveLinks: 4,
    });
    expect(row.neighbourhood?.slug).toBe("nekkerspoel");
    const hood = await refusal(
      updateVolunteerProfile(coordinator, { ...input, neighbourhood: "atlantis" }, { db }),
    );
    expect(hood.fieldErrors).toEqual({ neighbourhood: "Kies een wijk uit de lijst." });
    const max = await refusal(
      updateVolunteerProfile(coordinator, { ...input, maxActiveLinks: "11" }, { db }),
    );
    expect(max.fieldErrors).toEqual({ maxActiveLinks: "Kies een aantal van 1 tot 10." });
    expect((await volunteerEventsOf(db, v.id)).map((e) => e.type)).toEqual(["PROFILE_UPDATED"]);
  });

  it("adds a coaching note and shows it, the load, links and history in the detail (audited view)", async () => {
    const v = await makeVolunteer(db, { status: "ACTIVE", maxActiveLinks: 2 });
    const request = await makeRequest(db, { status: "LINKED" });
    await db.volunteerLink.create({
      data: { helpRequestId: request.id, volunteerId: v.id, activity: "CHAT_OR_CALL", status: "ACCEPTED" },
    });
    await addVolunteerNote(coordinator, { volunteerId: v.id, note: "Belt graag in de voormiddag." }, { db });
    const detail = await getVolunteerDetail(coordinator, { volunteerId: v.id }, { db });
    expect(detail.load).toBe(1);
    expect(detail.next).toEqual(["PAUSED", "STOPPED"]);
    expect(detail.links.map((l) => [l.helpRequest.reference, l.status])).toEqual([
      [request.reference, "ACCEPTED"],
    ]);
    expect(detail.notes.map((n) => [n.body, n.authorId])).toEqual([
      ["Belt graag in de voormiddag.", coordinator.id],
    ]);
    expect(detail.events.map((e) => e.type)).toEqual(["NOTE"]);
    expect((await volunteerAuditOf(db, v.id)).map((a) => a.action)).toEqual([
      "volunteer.add-note",
      "volunteer.view",
    ]);
    const unknown = await refusal(getVolunteerDetail(coordinator, { volunteerId: "nope" }, { db }));
    expect(unknown).toMatchObject({ code: "not-found" });
  });

  it("offers only free intake slots for an applied volunteer", async () => {
    const { now, slot, nextSlot } = intakeWeek(5);
    const [a, b] = [await makeVolunteer(db), await makeVolunteer(db)];
    await planIntake(coordinator, { volunteerId: a.id, intakeAt: slot.toISOString() }, { db, now });
    const detail = await getVolunteerDetail(coordinator, { volunteerId: b.id }, { db, now });
    expect(detail.freeIntakeSlots[0]).toEqual(nextSlot);
    expect(detail.freeIntakeSlots.some((s) => s.getTime() === slot.getTime())).toBe(false);
  });

  it("lists the overloaded, the idle (longest since last link first) and the waiting (longest first)", async () => {
    const tag = `Lijst${Date.now()}`;
    const mk = (data: Parameters<typeof makeVolunteer>[1]) => makeVolunteer(db, { lastName: tag, ...data });
    const full = await mk({ status: "ACTIVE", maxActiveLinks: 1, firstName: "Vol" });
    const request = await makeRequest(db, { status: "LINKED" });
    await db.volunteerLink.create({
      data: { helpRequestId: request.id, volunteerId: full.id, activity: "CHAT_OR_CALL", status: "PROPOSED" },
    });
    await mk({
      status: "ACTIVE",
      firstName: "Recent",
      lastLinkedAt: new Date("2029-06-01"),
    });
    await mk({ status: "ACTIVE", firstName: "Nooit" });
    const idleOld = await mk({ status: "ACTIVE", firstName: "Oud", lastLinkedAt: new Date("2028-06-01") });
    const waitNew = await mk({ status: "APPLIED", firstName: "Nieuw", createdAt: new Date("2029-12-20") });
    await mk({ status: "SCREENING", firstName: "Lang", createdAt: new Date("2029-10-01") });
    await mk({ status: "STOPPED", firstName: "Weg" });

    const names = async (view: VolunteerView) =>
      (await listVolunteers(coordinator, { view, q: tag }, { db })).rows.map((r) => r.firstName);
    expect(await names("overbelast")).toEqual(["Vol"]);
    expect(await names("zonder-koppeling")).toEqual(["Nooit", "Oud", "Recent"]);
    expect(await names("wachtend")).toEqual(["Lang", "Nieuw"]);
    const all = await listVolunteers(coordinator, { q: tag }, { db });
    expect(all.total).toBe(7);
    expect(all.rows.find((r) => r.id === full.id)?.load).toBe(1);
    const filtered = await listVolunteers(coordinator, { q: tag, status: "APPLIED" }, { db });
    expect(filtered.rows.map((r) => r.id)).toEqual([waitNew.id]);
    const byPhone = await listVolunteers(coordinator, { q: idleOld.phoneE164!.slice(-6) }, { db });
    expect(byPhone.rows.map((r) => r.id)).toContain(idleOld.id);
  });
});
