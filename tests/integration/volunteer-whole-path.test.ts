// The whole path of a caring neighbour as one story, against the real
// database and through the use cases the pages and forms call, in order:
// sign-up at /ik-wil-helpen → intake planned in a slot → intake outcome →
// screening (model 2) makes them active → suggested for a request about
// someone who agreed → proposed (mail without personal data) → signs in with
// the mailed code → sees only what the link needs → accepts → logs "Gebeld"
// → raises a concern → the coordinator's Vandaag shows it, and the mail to
// the volunteer coordinators names only the reference and the category.
// Each step checks the state, the request's timeline and the audit rows.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import { getRequestDetail } from "@/lib/help-requests/get-request-detail";
import { getToday } from "@/lib/help-requests/get-today";
import { recordSubjectConsent } from "@/lib/help-requests/record-subject-consent";
import { MATCH_REFUSALS } from "@/lib/matching/link-refusal";
import { suggestVolunteers } from "@/lib/matching/suggest-volunteers";
import { volunteerApplicationSchema } from "@/lib/validation/volunteer-application-schema";
import {
  logContactSchema,
  raiseConcernSchema,
  respondToLinkSchema,
} from "@/lib/validation/volunteer-portal-schemas";
import { proposeLink } from "@/lib/volunteer-links/propose-link";
import { getMyLink } from "@/lib/volunteer-portal/get-my-link";
import { listMyLinks } from "@/lib/volunteer-portal/list-my-links";
import { logMyLinkContact } from "@/lib/volunteer-portal/log-my-link-contact";
import { raiseConcern } from "@/lib/volunteer-portal/raise-concern";
import { requestVolunteerLoginCode } from "@/lib/volunteer-portal/request-volunteer-login-code";
import { respondToMyLink } from "@/lib/volunteer-portal/respond-to-my-link";
import { verifyVolunteerLoginCode } from "@/lib/volunteer-portal/verify-volunteer-login-code";
import { validateVolunteerSession } from "@/lib/volunteer-portal/volunteer-sessions";
import { getVolunteerDetail } from "@/lib/volunteers/get-volunteer-detail";
import { planIntake } from "@/lib/volunteers/plan-intake";
import { recordIntakeOutcome } from "@/lib/volunteers/record-intake-outcome";
import { recordScreening } from "@/lib/volunteers/record-screening";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-volunteer-application";
import { actorOf, makeStaff } from "./staff-fixtures";
import { ensureContent, HOUR, MINUTE, uniquePhone, useSettings } from "./staff-request-fixtures";
import { TEST_INTAKE_SLOTS, volunteerAuditOf, volunteerEventsOf } from "./volunteer-fixtures";
import { latestLoginMail, volunteerActor } from "./volunteer-portal-fixtures";
import { makeLeestRequest } from "./whole-path-fixtures";

const db = createPrismaClient();
const run = randomBytes(3).toString("hex");
const DAY = 24 * HOUR;
// Monday 1 March 2032, 10.00 in Brussels (UTC+1): a week no other test books intakes in
// (volunteer-demo-data.test.ts plans its intakes from 3 March 2031).
const T0 = new Date("2032-03-01T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const PLAN = "Twee keer per week bellen";

let volunteerCoordinator: StaffActor & { email: string };
let coordinator: StaffActor;
let restoreSettings: () => Promise<void>;

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, { volunteerIntakeSlots: TEST_INTAKE_SLOTS });
  const vc = await makeStaff(db, "VOLUNTEER_COORDINATOR");
  volunteerCoordinator = { ...actorOf(vc), email: vc.email };
  coordinator = actorOf(await makeStaff(db, "COORDINATOR"));
});

afterAll(async () => {
  await restoreSettings();
  await db.$disconnect();
});

/** The audit actions on one entity, oldest first. */
async function auditActions(entityType: string, entityId: string) {
  const rows = await db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => r.action);
}

describe("a caring neighbour's whole path", () => {
  it("goes from the sign-up form to a concern on the coordinator's Vandaag", async () => {
    const leest = await db.neighbourhood.findUniqueOrThrow({ where: { slug: "leest" } });
    const email = `amina-${run}@buren.example`;
    const lastName = `Bouzid${run}`;

    // 1. The sign-up form, read by its own schema and stored by the use case its action calls.
    const form = volunteerApplicationSchema.parse({
      firstName: "Amina",
      lastName,
      phone: uniquePhone().written,
      email,
      neighbourhood: "leest",
      activities: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
      languages: ["nl", "ber"],
      availability: ["SUNDAY_EVENING", "WEDNESDAY_EVENING"],
      maxActiveLinks: "2",
      motivation: "Ik spreek Tamazight en heb 's avonds tijd.",
      consent: "yes",
    });
    const submitted = await submitVolunteerApplication(form, {
      clientKey: `path-${run}`,
      submissionToken: randomBytes(16).toString("base64url"),
      db,
      now: T0,
    });
    if (!submitted.ok) throw new Error(`sign-up refused: ${submitted.reason}`);
    const volunteerId = submitted.volunteerId;
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: volunteerId } })).toMatchObject({
      status: "APPLIED",
      firstName: "Amina",
      email,
      neighbourhoodId: leest.id,
      languages: ["nl", "ber"],
      availability: ["WEDNESDAY_EVENING", "SUNDAY_EVENING"],
      maxActiveLinks: 2,
    });
    const waiting = await getToday(volunteerCoordinator, {}, { db, now: at(HOUR), limit: 1000 });
    expect(waiting.volunteersAwaitingIntake?.items.map((v) => v.id)).toContain(volunteerId);

    // 2. The volunteer coordinator opens them and plans the intake in the first free slot.
    const detail = await getVolunteerDetail(volunteerCoordinator, { volunteerId }, { db, now: at(HOUR) });
    // Tuesday 2 March, 14.00 in Brussels.
    const slot = new Date("2032-03-02T13:00:00.000Z");
    expect(detail.freeIntakeSlots[0]).toEqual(slot);
    await planIntake(
      volunteerCoordinator,
      { volunteerId, intakeAt: slot.toISOString() },
      { db, now: at(HOUR) },
    );

    // 3. After the interview: on to screening, with what was agreed.
    const intakeNote = "Warm gesprek. Belt graag 's avonds, ook in het Tamazight.";
    await recordIntakeOutcome(
      volunteerCoordinator,
      { volunteerId, outcome: "SCREENING", note: intakeNote },
      { db, now: new Date(slot.getTime() + 45 * MINUTE) },
    );

    // 4. Screening: the certificate of good conduct (model 2) with its date makes them ACTIVE.
    const activatedAt = new Date(slot.getTime() + 2 * HOUR);
    await recordScreening(
      volunteerCoordinator,
      { volunteerId, certificateDate: "2032-02-23" },
      { db, now: activatedAt },
    );
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: volunteerId } })).toMatchObject({
      status: "ACTIVE",
      intakeAt: slot,
      intakeOutcome: intakeNote,
      conductCertificateOn: new Date("2032-02-23T12:00:00.000Z"),
      screenedAt: activatedAt,
      activatedAt,
    });
    const history = await volunteerEventsOf(db, volunteerId);
    expect(history.map((e) => [e.type, e.fromStatus, e.toStatus, e.actorStaffId])).toEqual([
      ["APPLIED", null, "APPLIED", null],
      ["INTAKE_PLANNED", "APPLIED", "INTAKE_PLANNED", volunteerCoordinator.id],
      ["INTAKE_DONE", "INTAKE_PLANNED", "SCREENING", volunteerCoordinator.id],
      ["SCREENED", "SCREENING", "ACTIVE", volunteerCoordinator.id],
    ]);

    // 5. A request about someone else, assessed: no suggestions before the person agreed.
    const { request, person, secrets } = await makeLeestRequest(db, run, {
      subjectConsent: "ASKED",
      receivedAt: at(DAY),
    });
    const t1 = at(2 * DAY);
    expect(await suggestVolunteers(coordinator, request.id, { db, now: t1 })).toEqual({
      allowed: false,
      reason: MATCH_REFUSALS.consent,
    });
    await recordSubjectConsent(
      coordinator,
      { requestId: request.id, consent: "CONSENTED", note: "Ze wil graag gebeld worden." },
      { db, now: t1 },
    );

    // 6. Now the new volunteer is among the suggestions (the first page of them), and says why.
    const suggested = await suggestVolunteers(coordinator, request.id, { db, now: t1 });
    if (!suggested.allowed) throw new Error(suggested.reason);
    const mine = suggested.suggestions.find((s) => s.volunteer.id === volunteerId);
    expect(mine?.explanation).toBe(
      "zelfde wijk · spreekt Berbers (Tamazight) · beschikbaar: woensdagavond, zondagavond · " +
        "0 van 2 koppelingen · nog nooit gekoppeld, wacht al minder dan een dag op een koppeling · " +
        "kan: een babbel of telefoontje",
    );

    // 7. The coordinator proposes the link; the volunteer's mail says nothing about the person.
    const proposedAt = new Date(t1.getTime() + 10 * MINUTE);
    const proposed = await proposeLink(
      coordinator,
      {
        requestId: request.id,
        volunteerId,
        activity: "CHAT_OR_CALL",
        kind: "RECURRING",
        plan: PLAN,
        timesPerWeek: "2",
        durationWeeks: "6",
        startsOn: "2032-03-08",
      },
      { db, now: proposedAt },
    );
    expect(proposed.status).toBe("LINKED");
    const linkId = proposed.linkId;
    const planned = {
      activity: "CHAT_OR_CALL",
      kind: "RECURRING",
      plan: PLAN,
      timesPerWeek: 2,
      durationWeeks: 6,
      // The start date is kept as 9.00 in Brussels on that day.
      startsOn: new Date("2032-03-08T08:00:00.000Z"),
    };
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({
      status: "PROPOSED",
      ...planned,
      volunteerId,
      proposedById: coordinator.id,
    });
    const proposalMail = await db.outboxMessage.findFirstOrThrow({
      where: { to: email, subject: "Er is een nieuwe vraag voor jou" },
    });
    expect(proposalMail.textBody).toContain("Dag Amina");
    for (const secret of [...secrets, person.firstName, person.phoneE164.slice(-6), "Leest", "babbel"]) {
      expect(proposalMail.textBody).not.toContain(secret);
      expect(proposalMail.subject).not.toContain(secret);
    }

    // 8. The volunteer signs in with the code from the mail.
    const t2 = at(2 * DAY + 3 * HOUR);
    const clientKey = `path-phone-${run}`;
    expect(await requestVolunteerLoginCode({ email }, { clientKey, db, now: t2 })).toEqual({ ok: true });
    const loginMail = await latestLoginMail(db, email);
    if (!loginMail) throw new Error("no sign-in mail");
    const verified = await verifyVolunteerLoginCode(
      { email, code: loginMail.code },
      { clientKey, db, now: new Date(t2.getTime() + MINUTE) },
    );
    if (!verified.ok) throw new Error(`sign-in refused: ${verified.reason}`);
    const session = await validateVolunteerSession(verified.sessionToken, {
      db,
      now: new Date(t2.getTime() + 2 * MINUTE),
    });
    expect(session).toMatchObject({ volunteerId, firstName: "Amina", status: "ACTIVE" });
    const me = volunteerActor(session!.volunteerId);

    // 9. Of the link they see the person's first name, phone and neighbourhood, and the agreed activity; nothing else.
    const seenAt = new Date(t2.getTime() + 3 * MINUTE);
    const shown = {
      id: linkId,
      status: "PROPOSED",
      ...planned,
      endedAt: null,
      lastContactAt: null,
      // The phone number only once they said yes.
      person: { firstName: person.firstName, phoneE164: null, neighbourhood: "Leest" },
    };
    expect(await listMyLinks(me, { db, now: seenAt })).toEqual([shown]);
    const opened = await getMyLink(me, linkId, { db, now: seenAt });
    expect(opened).toEqual(shown);
    const everything = JSON.stringify(opened);
    for (const secret of secrets) {
      expect(everything).not.toContain(secret);
    }

    // 10. They accept on their own page.
    const acceptedAt = new Date(t2.getTime() + 5 * MINUTE);
    await respondToMyLink(me, linkId, respondToLinkSchema.parse({ linkId, answer: "accept" }), {
      db,
      now: acceptedAt,
    });
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({
      status: "ACCEPTED",
      acceptedAt,
    });
    // Now they see the number to call.
    const [accepted] = await listMyLinks(me, { db, now: acceptedAt });
    expect(accepted!.person.phoneE164).toBe(person.phoneE164);

    // 11. One tap, "Gebeld": the first contact starts the link.
    const calledAt = at(3 * DAY);
    await logMyLinkContact(me, linkId, logContactSchema.parse({ linkId, kind: "CALLED" }), {
      db,
      now: calledAt,
    });
    const started = await db.volunteerLink.findUniqueOrThrow({
      where: { id: linkId },
      include: { contacts: true, volunteer: { select: { lastLinkedAt: true } } },
    });
    expect(started).toMatchObject({
      status: "ACTIVE",
      startedAt: calledAt,
      lastContactAt: calledAt,
      nextCheckInAt: new Date(calledAt.getTime() + 7 * DAY),
      volunteer: { lastLinkedAt: calledAt },
    });
    expect(started.contacts.map((c) => [c.kind, c.occurredAt])).toEqual([["CALLED", calledAt]]);

    // 12. "Ik maak me zorgen": a category and a short text.
    const concernText = `Ze wist niet meer wie ik was ${run}`;
    const raisedAt = at(5 * DAY);
    const { concernId } = await raiseConcern(
      me,
      linkId,
      raiseConcernSchema.parse({ linkId, category: "CONFUSED_OR_FORGETFUL", body: concernText }),
      { db, now: raisedAt },
    );

    // 13. The volunteer coordinator's Vandaag shows it at once, with the text behind the login.
    const today = await getToday(
      volunteerCoordinator,
      {},
      { db, now: new Date(raisedAt.getTime() + MINUTE), limit: 1000 },
    );
    expect(today.linkFollowUp?.concerns.items.find((c) => c.id === concernId)).toEqual({
      id: concernId,
      category: "CONFUSED_OR_FORGETFUL",
      body: concernText,
      createdAt: raisedAt,
      volunteer: { id: volunteerId, firstName: "Amina", lastName },
      helpRequest: { id: request.id, reference: request.reference },
    });
    const concernMail = await db.outboxMessage.findFirstOrThrow({
      where: { to: volunteerCoordinator.email, subject: { contains: request.reference } },
    });
    expect(concernMail.subject).toBe(`Zorg gemeld bij ${request.reference}`);
    expect(concernMail.textBody).toContain("Soort zorg: Lijkt verward of vergeetachtig.");
    for (const secret of [concernText, person.firstName, person.lastName, "Amina", lastName]) {
      expect(concernMail.textBody).not.toContain(secret);
    }

    // The request's timeline shows every step, by whom.
    const page = await getRequestDetail(coordinator, { requestId: request.id }, { db, now: raisedAt });
    expect(
      page.timeline.map((e) => [
        e.type,
        e.fromStatus,
        e.toStatus,
        e.actorStaff?.id ?? e.actorVolunteer?.id ?? null,
      ]),
    ).toEqual([
      ["RECEIVED", null, "NEW", null],
      ["SUBJECT_CONSENT_CHANGED", null, null, coordinator.id],
      ["LINK_PROPOSED", "ASSESSED", "LINKED", coordinator.id],
      ["LINK_ACCEPTED", null, null, volunteerId],
      ["LINK_STARTED", null, null, volunteerId],
      ["LINK_CONTACT", null, null, volunteerId],
      ["CONCERN_RAISED", null, null, volunteerId],
    ]);
    expect(page.status).toBe("LINKED");
    expect(page.links.map((l) => [l.id, l.status, l.volunteer.firstName])).toEqual([
      [linkId, "ACTIVE", "Amina"],
    ]);

    // And each change left its audit row, staff by id, the volunteer by label only.
    expect(await volunteerAuditOf(db, volunteerId).then((rows) => rows.map((r) => r.action))).toEqual([
      "volunteer.apply",
      "volunteer.view",
      "volunteer.plan-intake",
      "volunteer.record-intake-outcome",
      "volunteer.record-screening",
      "volunteer.login-code-sent",
      "volunteer.login",
    ]);
    expect(await auditActions("HelpRequest", request.id)).toEqual([
      "help-request.record-subject-consent",
      "help-request.propose-link",
      "help-request.view",
    ]);
    // One view (the volunteer opened the link once); the steps themselves don't count as views.
    expect(await auditActions("VolunteerLink", linkId)).toEqual([
      "volunteer-link.view",
      "volunteer-link.respond",
      "volunteer-link.log-contact",
      "volunteer-link.raise-concern",
    ]);
    const concernAudit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: linkId, action: "volunteer-link.raise-concern" },
    });
    expect(concernAudit.data).toMatchObject({ concernId, category: "CONFUSED_OR_FORGETFUL" });
    const byVolunteer = await db.auditEvent.findMany({
      where: { entityId: { in: [linkId, concernId] } },
    });
    expect(new Set(byVolunteer.map((a) => [a.actorLabel, a.actorStaffId].join("|")))).toEqual(
      new Set([`vrijwilliger ${volunteerId}|`]),
    );
  });
});
