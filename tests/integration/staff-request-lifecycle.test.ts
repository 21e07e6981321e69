// The whole life of a request through the staff use cases, against the real
// database: every step's timeline and audit rows, refusals that write
// nothing, and transactions that leave nothing behind when a step fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { assessRequest } from "@/lib/help-requests/assess-request";
import { assignRequest, INVALID_ASSIGNEE } from "@/lib/help-requests/assign-request";
import { closeRequest } from "@/lib/help-requests/close-request";
import { completeFollowUp, FOLLOW_UP_ALREADY_DONE } from "@/lib/help-requests/complete-follow-up";
import { DomainError } from "@/lib/help-requests/domain-error";
import { MESSAGES } from "@/lib/help-requests/lifecycle";
import { logContactAttempt } from "@/lib/help-requests/log-contact-attempt";
import { logFirstContact } from "@/lib/help-requests/log-first-contact";
import { planFollowUp } from "@/lib/help-requests/plan-follow-up";
import { recordSubjectConsent } from "@/lib/help-requests/record-subject-consent";
import { OFFER_NOT_OF_ORGANISATION, referRequest } from "@/lib/help-requests/refer-request";
import { withdrawRequest } from "@/lib/help-requests/withdraw-request";
import { addRequestNote } from "@/lib/help-requests/add-request-note";
import { actorOf, makeStaff, refusal } from "./staff-fixtures";
import {
  auditOf,
  ensureContent,
  failInsertsInto,
  HOUR,
  makeRequest,
  timelineOf,
  useSettings,
} from "./staff-request-fixtures";

const db = createPrismaClient();
let restoreSettings: () => Promise<void>;
let coordinator: ReturnType<typeof actorOf>;
let colleague: { id: string; name: string };
let organisation: { id: string; name: string };
let offer: { id: string; title: string };

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, {
    slaHours: 24,
    slaWorkingDaysOnly: false,
    retentionMonths: 24,
    declinedRetentionMonths: 3,
  });
  coordinator = actorOf(await makeStaff(db, "COORDINATOR", { name: "Sofie Test" }), "hash-of-10.0.0.7");
  colleague = await makeStaff(db, "VOLUNTEER_COORDINATOR", { name: "Karim Test" });
  const org = await db.organisation.findUniqueOrThrow({
    where: { slug: "de-keeting" },
    include: { offers: { where: { status: "PUBLISHED" } } },
  });
  organisation = org;
  offer = org.offers[0]!;
});

afterAll(async () => {
  await restoreSettings();
  await db.$disconnect();
});

const ANSWERS_BEFORE = {
  lonelinessItem1: "YES",
  lonelinessItem2: "YES",
  lonelinessItem3: "MORE_OR_LESS",
  lonelinessItem4: "NO",
  lonelinessItem5: "NO",
  lonelinessItem6: "MORE_OR_LESS",
} as const;
const ANSWERS_AFTER = {
  lonelinessItem1: "NO",
  lonelinessItem2: "MORE_OR_LESS",
  lonelinessItem3: "NO",
  lonelinessItem4: "YES",
  lonelinessItem5: "NO",
  lonelinessItem6: "YES",
} as const;

describe("a request from NEW to CLOSED", () => {
  it("goes through every step, each with its timeline event and audit event in the same transaction", async () => {
    const t0 = new Date("2026-11-23T09:00:00Z");
    const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);
    const request = await makeRequest(db, { receivedAt: t0, person: { firstName: "Maria" } });
    const requestId = request.id;

    await logContactAttempt(coordinator, { requestId, result: "VOICEMAIL" }, { db, now: at(1) });
    const contact = await logFirstContact(
      coordinator,
      { requestId, note: "Fijn gesprek." },
      { db, now: at(2) },
    );
    expect(contact).toMatchObject({ onTime: true, referrerNotified: false });

    const assessed = await assessRequest(
      coordinator,
      {
        requestId,
        needs: ["CHAT_OR_CALL", "MEETING_PEOPLE"],
        lonelinessTypes: ["EMOTIONAL_LONELINESS", "SOCIAL_ISOLATION"],
        urgency: "NORMAL",
        ageGroup: "AGE_75_PLUS",
        ...ANSWERS_BEFORE,
      },
      { db, now: at(3) },
    );
    expect(assessed).toMatchObject({
      status: "ASSESSED",
      measurement: { emotional: 3, social: 3, total: 6 },
    });

    await assignRequest(coordinator, { requestId, assigneeId: colleague.id }, { db, now: at(4) });
    const referred = await referRequest(
      coordinator,
      { requestId, organisationId: organisation.id, offerId: offer.id, note: "Eerste keer samen gaan." },
      { db, now: at(5) },
    );
    expect(referred.status).toBe("REFERRED");

    const planned = await planFollowUp(coordinator, { requestId, dueAt: "2026-12-07" }, { db, now: at(6) });
    expect(planned.status).toBe("FOLLOW_UP");
    const followUp = await db.followUp.findUniqueOrThrow({ where: { id: planned.followUpId } });
    expect(followUp).toMatchObject({ assigneeId: coordinator.id, doneAt: null });
    expect(followUp.dueAt).toEqual(new Date("2026-12-07T08:00:00Z"));
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: requestId } })).followUpAt).toEqual(
      followUp.dueAt,
    );

    const done = await completeFollowUp(
      coordinator,
      { followUpId: planned.followUpId, note: "Gaat elke week naar De Keeting.", ...ANSWERS_AFTER },
      { db, now: new Date("2026-12-07T10:00:00Z") },
    );
    expect(done.measurement).toEqual({ emotional: 1, social: 1, total: 2 });
    expect(done.changeSinceFirst).toEqual({ emotional: -2, social: -2, total: -4 });

    await addRequestNote(
      coordinator,
      { requestId, note: "Dochter is op de hoogte." },
      { db, now: new Date("2026-12-07T10:05:00Z") },
    );
    const closedAt = new Date("2026-12-08T09:00:00Z");
    const closed = await closeRequest(
      coordinator,
      { requestId, outcome: "REFERRED_TO_SERVICE" },
      { db, now: closedAt },
    );
    expect(closed.retainUntil).toEqual(new Date("2028-12-08T09:00:00Z"));

    const stored = await db.helpRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { referrals: true, measurements: { orderBy: { takenAt: "asc" } }, followUps: true },
    });
    expect(stored).toMatchObject({
      status: "CLOSED",
      closeOutcome: "REFERRED_TO_SERVICE",
      needs: ["CHAT_OR_CALL", "MEETING_PEOPLE"],
      lonelinessTypes: ["EMOTIONAL_LONELINESS", "SOCIAL_ISOLATION"],
      urgency: "NORMAL",
      ageGroup: "AGE_75_PLUS",
      assigneeId: colleague.id,
      followUpAt: null,
    });
    expect(stored.firstContactAt).toEqual(at(2));
    expect(stored.assessedAt).toEqual(at(3));
    expect(stored.closedAt).toEqual(closedAt);
    expect(stored.referrals).toHaveLength(1);
    expect(stored.referrals[0]).toMatchObject({
      organisationId: organisation.id,
      offerId: offer.id,
      createdById: coordinator.id,
    });
    expect(stored.measurements.map((m) => [m.emotionalScore, m.socialScore])).toEqual([
      [3, 3],
      [1, 1],
    ]);
    expect(stored.measurements[0]!.answers).toEqual([
      "YES",
      "YES",
      "MORE_OR_LESS",
      "NO",
      "NO",
      "MORE_OR_LESS",
    ]);
    expect(stored.followUps[0]!.doneAt).toEqual(new Date("2026-12-07T10:00:00Z"));

    const timeline = await timelineOf(db, requestId);
    expect(timeline.map((e) => [e.type, e.fromStatus, e.toStatus])).toEqual([
      ["RECEIVED", null, "NEW"],
      ["CONTACT_ATTEMPT", null, null],
      ["FIRST_CONTACT", "NEW", "CONTACTED"],
      ["ASSESSED", "CONTACTED", "ASSESSED"],
      ["ASSIGNED", null, null],
      ["REFERRED", "ASSESSED", "REFERRED"],
      ["FOLLOW_UP_PLANNED", "REFERRED", "FOLLOW_UP"],
      ["FOLLOW_UP_DONE", null, null],
      ["NOTE", null, null],
      ["CLOSED", "FOLLOW_UP", "CLOSED"],
    ]);
    // Every staff event says who did it.
    expect(timeline.slice(1).every((e) => e.actorStaffId === coordinator.id)).toBe(true);
    expect(timeline[1]!.note).toBe("Voicemail ingesproken");
    expect(timeline[5]!.note).toBe(
      `Doorverwezen naar ${organisation.name} (${offer.title}): Eerste keer samen gaan.`,
    );
    expect(timeline[4]!.note).toBe("Toegewezen aan Karim Test.");

    const audit = await auditOf(db, requestId);
    expect(audit.map((a) => a.action)).toEqual([
      "help-request.log-contact-attempt",
      "help-request.log-first-contact",
      "help-request.assess",
      "help-request.assign",
      "help-request.refer",
      "help-request.plan-follow-up",
      "help-request.complete-follow-up",
      "help-request.add-note",
      "help-request.close",
    ]);
    for (const event of audit) {
      expect(event).toMatchObject({
        actorStaffId: coordinator.id,
        ipHash: "hash-of-10.0.0.7",
        entityType: "HelpRequest",
      });
      expect(JSON.stringify(event.data)).not.toMatch(/Maria|Keeting\.|Dochter/);
    }
    // The audit row and the change carry the same moment: written together.
    expect(audit.find((a) => a.action === "help-request.close")!.occurredAt).toEqual(closedAt);
    expect(audit.find((a) => a.action === "help-request.close")!.data).toMatchObject({
      reference: request.reference,
      from: "FOLLOW_UP",
      to: "CLOSED",
      outcome: "REFERRED_TO_SERVICE",
    });
  });
});

describe("impossible transitions", () => {
  it("are refused with a clear message and write nothing", async () => {
    const closed = await makeRequest(db, { status: "CLOSED" });
    const before = {
      timeline: (await timelineOf(db, closed.id)).length,
      audit: (await auditOf(db, closed.id)).length,
    };
    const error = await refusal(withdrawRequest(coordinator, { requestId: closed.id }, { db }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "transition-refused", message: "Deze aanvraag is al afgesloten." });
    expect((await refusal(logFirstContact(coordinator, { requestId: closed.id }, { db }))).message).toBe(
      MESSAGES.closed,
    );
    expect((await timelineOf(db, closed.id)).length).toBe(before.timeline);
    expect((await auditOf(db, closed.id)).length).toBe(before.audit);
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: closed.id } })).status).toBe("CLOSED");
  });

  it("refuses each step out of order", async () => {
    const fresh = await makeRequest(db);
    const assess = {
      requestId: fresh.id,
      needs: ["CHAT_OR_CALL" as const],
      lonelinessTypes: ["UNCLEAR" as const],
      urgency: "LOW" as const,
    };
    expect((await refusal(assessRequest(coordinator, assess, { db }))).message).toBe(MESSAGES.contactFirst);
    expect(
      (
        await refusal(
          referRequest(coordinator, { requestId: fresh.id, organisationId: organisation.id }, { db }),
        )
      ).message,
    ).toBe(MESSAGES.assessFirst);
    expect(
      (await refusal(planFollowUp(coordinator, { requestId: fresh.id, dueAt: "2099-01-01" }, { db })))
        .message,
    ).toBe(MESSAGES.contactFirst);
    expect(
      (await refusal(closeRequest(coordinator, { requestId: fresh.id, outcome: "ADVICE_GIVEN" }, { db })))
        .message,
    ).toBe(MESSAGES.adviceNeedsContact);
    expect(
      (await refusal(closeRequest(coordinator, { requestId: fresh.id, outcome: "UNREACHABLE" }, { db })))
        .message,
    ).toBe(MESSAGES.unreachableNeedsAttempts);

    await logFirstContact(coordinator, { requestId: fresh.id }, { db });
    const again = await refusal(logFirstContact(coordinator, { requestId: fresh.id }, { db }));
    expect(again).toMatchObject({
      code: "transition-refused",
      message: "Het eerste contact is al geregistreerd.",
    });
    expect(
      (
        await refusal(
          closeRequest(coordinator, { requestId: fresh.id, outcome: "LINKED_TO_VOLUNTEER" }, { db }),
        )
      ).message,
    ).toBe(MESSAGES.noLink);
    expect((await timelineOf(db, fresh.id)).map((e) => e.type)).toEqual(["RECEIVED", "FIRST_CONTACT"]);
  });

  it("refuses an unknown request, a bad input and an unknown follow-up with Dutch messages", async () => {
    const missing = await refusal(
      withdrawRequest(coordinator, { requestId: "clbestaatniet000000000000" }, { db }),
    );
    expect(missing).toMatchObject({ code: "not-found", message: "Deze aanvraag bestaat niet (meer)." });
    const invalid = await refusal(closeRequest(coordinator, { requestId: "clx", outcome: "OTHER" }, { db }));
    expect(invalid).toMatchObject({
      code: "invalid-input",
      fieldErrors: { note: "Schrijf kort waarom je de aanvraag afsluit." },
    });
    expect((await refusal(completeFollowUp(coordinator, { followUpId: "clgeen" }, { db }))).code).toBe(
      "not-found",
    );
  });

  it("closes an unreachable request once attempts were logged, and completes a follow-up only once", async () => {
    const request = await makeRequest(db);
    await logContactAttempt(coordinator, { requestId: request.id, result: "NO_ANSWER" }, { db });
    await closeRequest(coordinator, { requestId: request.id, outcome: "UNREACHABLE" }, { db });
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).closeOutcome).toBe(
      "UNREACHABLE",
    );

    const linked = await makeRequest(db, { status: "CONTACTED" });
    const { followUpId } = await planFollowUp(
      coordinator,
      { requestId: linked.id, dueAt: "2099-01-01" },
      { db },
    );
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: linked.id } })).status).toBe("CONTACTED");
    await completeFollowUp(coordinator, { followUpId }, { db });
    expect((await refusal(completeFollowUp(coordinator, { followUpId }, { db }))).message).toBe(
      FOLLOW_UP_ALREADY_DONE,
    );
  });

  it("lets only one of two simultaneous first contacts through", async () => {
    const request = await makeRequest(db);
    const results = await Promise.allSettled([
      logFirstContact(coordinator, { requestId: request.id }, { db }),
      logFirstContact(coordinator, { requestId: request.id }, { db: createPrismaClient() }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(DomainError);
    expect((await timelineOf(db, request.id)).filter((e) => e.type === "FIRST_CONTACT")).toHaveLength(1);
  });
});

describe("assigning, referring, planning", () => {
  it("assigns only to active staff who can follow requests up, and takes an assignment away", async () => {
    const request = await makeRequest(db);
    const editor = await makeStaff(db, "EDITOR");
    const gone = await makeStaff(db, "COORDINATOR", { isActive: false });
    for (const assigneeId of [editor.id, gone.id, "clonbekend"]) {
      const error = await refusal(assignRequest(coordinator, { requestId: request.id, assigneeId }, { db }));
      expect(error).toMatchObject({ code: "invalid-assignee", message: INVALID_ASSIGNEE });
    }
    await assignRequest(coordinator, { requestId: request.id, assigneeId: colleague.id }, { db });
    await assignRequest(coordinator, { requestId: request.id, assigneeId: colleague.id }, { db }); // no change
    await assignRequest(coordinator, { requestId: request.id, assigneeId: "" }, { db });
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).assigneeId).toBeNull();
    expect(
      (await timelineOf(db, request.id)).filter((e) => e.type === "ASSIGNED").map((e) => e.note),
    ).toEqual(["Toegewezen aan Karim Test.", "Niet meer toegewezen."]);
  });

  it("refers only to an offer of the chosen organisation, and a second referral keeps the status", async () => {
    const request = await makeRequest(db, { status: "ASSESSED" });
    const other = await db.organisation.findUniqueOrThrow({ where: { slug: "tele-onthaal" } });
    const error = await refusal(
      referRequest(
        coordinator,
        { requestId: request.id, organisationId: other.id, offerId: offer.id },
        { db },
      ),
    );
    expect(error).toMatchObject({ code: "invalid-input", message: OFFER_NOT_OF_ORGANISATION });
    expect(await db.referral.count({ where: { helpRequestId: request.id } })).toBe(0);

    await referRequest(coordinator, { requestId: request.id, organisationId: organisation.id }, { db });
    const second = await referRequest(
      coordinator,
      { requestId: request.id, organisationId: other.id },
      { db },
    );
    expect(second.status).toBe("REFERRED");
    expect(await db.referral.count({ where: { helpRequestId: request.id } })).toBe(2);
  });

  it("refuses a follow-up in the past", async () => {
    const request = await makeRequest(db, { status: "REFERRED" });
    const error = await refusal(
      planFollowUp(
        coordinator,
        { requestId: request.id, dueAt: "2026-11-01" },
        { db, now: new Date("2026-11-23T12:00:00Z") },
      ),
    );
    expect(error).toMatchObject({
      code: "invalid-input",
      fieldErrors: { dueAt: "Kies een datum vanaf vandaag." },
    });
  });
});

describe("a request about someone else", () => {
  it("passes nothing on before the person agreed; agreeing opens the referral", async () => {
    const request = await makeRequest(db, {
      status: "ASSESSED",
      requestFor: "SOMEONE_ELSE",
      reporter: { firstName: "Jan", relation: "buurman" },
    });
    const refer = () =>
      referRequest(coordinator, { requestId: request.id, organisationId: organisation.id }, { db });
    expect((await refusal(refer())).message).toBe(MESSAGES.consentRequired);

    expect(
      (
        await refusal(
          recordSubjectConsent(coordinator, { requestId: request.id, consent: "CONSENTED" }, { db }),
        )
      ).message,
    ).toBe("Registreer eerst dat je het de persoon gevraagd hebt.");
    await recordSubjectConsent(coordinator, { requestId: request.id, consent: "ASKED" }, { db });
    expect(await refusal(refer())).toMatchObject({
      code: "consent-required",
      message: MESSAGES.consentRequired,
    });
    await recordSubjectConsent(coordinator, { requestId: request.id, consent: "CONSENTED" }, { db });
    expect((await refer()).status).toBe("REFERRED");
    const consentEvents = (await timelineOf(db, request.id)).filter(
      (e) => e.type === "SUBJECT_CONSENT_CHANGED",
    );
    expect(consentEvents.map((e) => e.data)).toEqual([
      { from: "REPORTED", to: "ASKED" },
      { from: "ASKED", to: "CONSENTED" },
    ]);
  });

  it("closes the request when the person declines, kept only for the short period", async () => {
    const request = await makeRequest(db, {
      status: "CONTACTED",
      requestFor: "SOMEONE_ELSE",
      subjectConsent: "ASKED",
      reporter: { firstName: "Lies", relation: "dochter" },
      receivedAt: new Date("2026-11-22T10:00:00Z"),
    });
    const now = new Date("2026-11-23T10:00:00Z");
    const result = await recordSubjectConsent(
      coordinator,
      { requestId: request.id, consent: "DECLINED", note: "Wil het zelf oplossen." },
      { db, now },
    );
    expect(result).toMatchObject({ subjectConsent: "DECLINED", status: "CLOSED" });
    const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({
      status: "CLOSED",
      closeOutcome: "DECLINED_HELP",
      subjectConsent: "DECLINED",
    });
    expect(stored.retainUntil).toEqual(new Date("2027-02-23T10:00:00Z"));
    expect((await timelineOf(db, request.id)).slice(-2).map((e) => [e.type, e.toStatus])).toEqual([
      ["SUBJECT_CONSENT_CHANGED", null],
      ["CLOSED", "CLOSED"],
    ]);
    expect(
      (
        await refusal(
          recordSubjectConsent(coordinator, { requestId: request.id, consent: "CONSENTED" }, { db }),
        )
      ).message,
    ).toBe(MESSAGES.closed);
  });

  it("refuses consent on a request for oneself", async () => {
    const request = await makeRequest(db, { status: "CONTACTED" });
    const error = await refusal(
      recordSubjectConsent(coordinator, { requestId: request.id, consent: "ASKED" }, { db }),
    );
    expect(error.message).toBe(MESSAGES.notForSomeoneElse);
  });
});

describe("withdrawing", () => {
  it("is possible from every open status, sets the retention, and is final", async () => {
    for (const status of ["NEW", "CONTACTED", "ASSESSED", "LINKED", "REFERRED", "FOLLOW_UP"] as const) {
      const request = await makeRequest(db, { status });
      const now = new Date("2026-11-23T10:00:00Z");
      const { retainUntil } = await withdrawRequest(
        coordinator,
        { requestId: request.id, note: "Belde af." },
        { db, now },
      );
      expect(retainUntil).toEqual(new Date("2028-11-23T10:00:00Z"));
      const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(stored).toMatchObject({ status: "WITHDRAWN", closeOutcome: null, closeNote: "Belde af." });
      expect(stored.closedAt).toEqual(now);
      expect((await refusal(withdrawRequest(coordinator, { requestId: request.id }, { db }))).message).toBe(
        MESSAGES.withdrawn,
      );
    }
  });
});

describe("the database itself", () => {
  it("refuses an ended request without closedAt, and an open one with it", async () => {
    const open = await makeRequest(db, { status: "CONTACTED" });
    const closed = await makeRequest(db, { status: "CLOSED" });
    const noDate = await refusal(
      db.helpRequest.update({ where: { id: open.id }, data: { status: "CLOSED" } }),
    );
    expect(noDate.message).toMatch(/HelpRequest_closedAt_iff_ended/);
    const reopened = await refusal(
      db.helpRequest.update({ where: { id: closed.id }, data: { status: "NEW" } }),
    );
    expect(reopened.message).toMatch(/HelpRequest_closedAt_iff_ended/);
  });
});

describe("atomicity", () => {
  it("leaves no status, timeline or audit row when the audit insert fails", async () => {
    const request = await makeRequest(db, { status: "ASSESSED" });
    const restore = await failInsertsInto(
      db,
      "AuditEvent",
      `NEW."entityId" = '${request.id}' AND NEW."action" = 'help-request.close'`,
    );
    try {
      const error = await refusal(
        closeRequest(coordinator, { requestId: request.id, outcome: "ADVICE_GIVEN" }, { db }),
      );
      expect(error.message).toMatch(/refused insert into AuditEvent/);
    } finally {
      await restore();
    }
    const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({
      status: "ASSESSED",
      closeOutcome: null,
      closedAt: null,
      retainUntil: null,
    });
    expect((await timelineOf(db, request.id)).map((e) => e.type)).toEqual(["RECEIVED"]);
    expect(await auditOf(db, request.id)).toEqual([]);
    // Without the failure the same step goes through.
    await closeRequest(coordinator, { requestId: request.id, outcome: "ADVICE_GIVEN" }, { db });
    expect((await auditOf(db, request.id)).map((a) => a.action)).toEqual(["help-request.close"]);
  });

  it("leaves no first contact behind when queueing the referrer's mail fails", async () => {
    const police = await db.organisation.findUniqueOrThrow({ where: { slug: "politie-wijkagenten" } });
    const request = await makeRequest(db, {
      channel: "NEIGHBOURHOOD_POLICE",
      requestFor: "SOMEONE_ELSE",
      reporter: { firstName: "Wim", email: "wim.atomic@politie.example", organisationId: police.id },
    });
    const restore = await failInsertsInto(db, "OutboxMessage", `NEW."to" = 'wim.atomic@politie.example'`);
    try {
      await refusal(logFirstContact(coordinator, { requestId: request.id }, { db }));
    } finally {
      await restore();
    }
    const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ status: "NEW", firstContactAt: null, referrerNotifiedAt: null });
    expect((await timelineOf(db, request.id)).map((e) => e.type)).toEqual(["RECEIVED"]);
    expect(await auditOf(db, request.id)).toEqual([]);
  });
});
