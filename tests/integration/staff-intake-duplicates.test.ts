// Registering a call or a partner's referral, and spotting a second open
// request of the same person by phone (written any way) or e-mail (any case).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { findOpenDuplicates } from "@/lib/help-requests/find-open-duplicates";
import { INTAKE_CONSENT_VERSION, registerIntake } from "@/lib/help-requests/register-intake";
import { submitHelpRequest } from "@/lib/help-requests/submit-help-request";
import { helpRequestSchema } from "@/lib/validation/help-request-schema";
import type { StaffIntakeFormInput } from "@/lib/validation/staff-intake-schema";
import { actorOf, makeStaff, refusal } from "./staff-fixtures";
import {
  auditOf,
  ensureContent,
  HOUR,
  makeRequest,
  timelineOf,
  uniquePhone,
  useSettings,
} from "./staff-request-fixtures";

const db = createPrismaClient();
let restoreSettings: () => Promise<void>;
let coordinator: ReturnType<typeof actorOf>;

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, { slaHours: 24, slaWorkingDaysOnly: false });
  coordinator = actorOf(await makeStaff(db, "COORDINATOR"));
});

afterAll(async () => {
  await restoreSettings();
  await db.$disconnect();
});

const call = (over: Partial<StaffIntakeFormInput> = {}): StaffIntakeFormInput => ({
  channel: "PHONE_LINE",
  requestFor: "SELF",
  firstName: "Jeanine",
  lastName: "Peeters",
  needs: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
  message: "Ze belt omdat ze zich alleen voelt sinds haar man overleed.",
  neighbourhood: "nekkerspoel",
  ageGroup: "AGE_75_PLUS",
  consent: "yes",
  ...over,
});

describe("registerIntake", () => {
  it("stores a call with person, needs, channel, deadline, who registered it, timeline and audit", async () => {
    const phone = uniquePhone();
    const now = new Date("2026-11-23T10:15:00Z");
    const result = await registerIntake(coordinator, call({ phone: phone.written }), { db, now });
    if (result.status !== "created") throw new Error("not created");
    expect(result).toMatchObject({ duplicates: [], repeated: false });
    expect(result.dueAt).toEqual(new Date(now.getTime() + 24 * HOUR));

    const request = await db.helpRequest.findUniqueOrThrow({
      where: { id: result.id },
      include: { person: true, neighbourhood: true },
    });
    expect(request).toMatchObject({
      channel: "PHONE_LINE",
      status: "NEW",
      requestFor: "SELF",
      subjectConsent: "NOT_APPLICABLE",
      needs: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
      ageGroup: "AGE_75_PLUS",
      createdById: coordinator.id,
      consentTextVersion: INTAKE_CONSENT_VERSION,
      firstContactAt: null,
    });
    expect(request.receivedAt).toEqual(now);
    expect(request.consentGivenAt).toEqual(now);
    expect(request.person).toMatchObject({
      firstName: "Jeanine",
      lastName: "Peeters",
      phoneE164: phone.e164,
    });
    expect(request.neighbourhood?.slug).toBe("nekkerspoel");

    const timeline = await timelineOf(db, request.id);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({
      type: "RECEIVED",
      toStatus: "NEW",
      actorStaffId: coordinator.id,
      note: "Binnengekomen via gratis nummer (0800).",
    });
    const audit = await auditOf(db, request.id);
    expect(audit.map((a) => a.action)).toEqual(["help-request.create"]);
    expect(audit[0]).toMatchObject({ actorStaffId: coordinator.id, ipHash: "test-ip-hash" });
    expect(JSON.stringify(audit[0]!.data)).not.toContain("Jeanine");
  });

  it("logs the first contact at once when the person was on the line", async () => {
    const now = new Date("2026-11-23T11:00:00Z");
    const result = await registerIntake(
      coordinator,
      call({ phone: uniquePhone().written, contactMade: "yes" }),
      { db, now },
    );
    if (result.status !== "created") throw new Error("not created");
    const request = await db.helpRequest.findUniqueOrThrow({ where: { id: result.id } });
    expect(request.status).toBe("CONTACTED");
    expect(request.firstContactAt).toEqual(now);
    expect((await timelineOf(db, request.id)).map((e) => e.type)).toEqual(["RECEIVED", "FIRST_CONTACT"]);
    expect((await auditOf(db, request.id)).map((a) => a.action)).toEqual([
      "help-request.create",
      "help-request.log-first-contact",
    ]);
  });

  it("stores a partner's referral about someone else with the contact person and organisation", async () => {
    const ldc = await db.organisation.findUniqueOrThrow({ where: { slug: "ldc-de-schijf" } });
    const result = await registerIntake(
      coordinator,
      {
        channel: "LOCAL_SERVICE_CENTRE",
        requestFor: "SOMEONE_ELSE",
        subjectAwareness: "YES",
        firstName: "Georges",
        streetAddress: "Oud-Oefenplein 3",
        needs: ["MEETING_PEOPLE"],
        reporterFirstName: "Els",
        reporterEmail: "Els.Test@LDC.example",
        reporterRelation: "maatschappelijk werker",
        reporterOrganisationId: ldc.id,
      },
      { db },
    );
    if (result.status !== "created") throw new Error("not created");
    const request = await db.helpRequest.findUniqueOrThrow({
      where: { id: result.id },
      include: { reporter: true },
    });
    expect(request).toMatchObject({
      requestFor: "SOMEONE_ELSE",
      subjectConsent: "REPORTED",
      consentGivenAt: null,
    });
    expect(request.reporter).toMatchObject({
      firstName: "Els",
      email: "els.test@ldc.example",
      organisationId: ldc.id,
    });
    expect((await timelineOf(db, request.id))[0]!.note).toBe(
      `Binnengekomen via lokaal dienstencentrum (${ldc.name}), gevraagd door iemand anders.`,
    );
  });

  it("refuses an unknown organisation and invalid input in Dutch, storing nothing", async () => {
    const before = await db.helpRequest.count();
    const unknown = await refusal(
      registerIntake(
        coordinator,
        call({
          channel: "CARE_COACH",
          requestFor: "SOMEONE_ELSE",
          subjectAwareness: "NO",
          reporterFirstName: "Tom",
          reporterPhone: "015 00 00 00",
          reporterOrganisationId: "clgeenorganisatie",
        }),
        { db },
      ),
    );
    expect(unknown).toMatchObject({ code: "invalid-input", message: "Kies een organisatie uit de lijst." });
    const invalid = await refusal(
      registerIntake(coordinator, { channel: "WEBSITE" } as unknown as StaffIntakeFormInput, { db }),
    );
    expect(invalid).toMatchObject({ code: "invalid-input" });
    expect(invalid.fieldErrors).toMatchObject({ channel: "Kies hoe de vraag binnenkwam." });
    expect(await db.helpRequest.count()).toBe(before);
  });

  it("yields one request for a double submit with the same token", async () => {
    const submissionToken = `intake-${randomUUID()}`;
    const input = call({ phone: uniquePhone().written });
    const [a, b] = await Promise.all([
      registerIntake(coordinator, input, { db, submissionToken }),
      registerIntake(coordinator, input, { db: createPrismaClient(), submissionToken }),
    ]);
    if (a.status !== "created" || b.status !== "created") throw new Error("not created");
    expect(a.id).toBe(b.id);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    expect(await db.helpRequest.count({ where: { submissionToken } })).toBe(1);
  });
});

describe("duplicate detection", () => {
  it("finds an open request with the same phone written differently, or the same e-mail in another case", async () => {
    const phone = uniquePhone();
    const email = `marie.${randomUUID().slice(0, 8)}@voorbeeld.example`;
    const byPhone = await makeRequest(db, {
      status: "CONTACTED",
      person: { firstName: "Marie", phoneE164: phone.e164 },
    });
    const byEmail = await makeRequest(db, { person: { firstName: "Marie", email } });

    const phoneHits = await findOpenDuplicates(coordinator, { phone: phone.written }, { db });
    expect(phoneHits).toEqual([
      {
        id: byPhone.id,
        reference: byPhone.reference,
        status: "CONTACTED",
        receivedAt: byPhone.receivedAt,
        matchedOn: ["phone"],
      },
    ]);
    const international = `+32 ${phone.e164.slice(3, 6)} ${phone.e164.slice(6)}`;
    expect(
      (await findOpenDuplicates(coordinator, { phone: international }, { db })).map((d) => d.id),
    ).toEqual([byPhone.id]);
    const emailHits = await findOpenDuplicates(coordinator, { email: email.toUpperCase() }, { db });
    expect(emailHits.map((d) => [d.id, d.matchedOn])).toEqual([[byEmail.id, ["email"]]]);
    const both = await findOpenDuplicates(coordinator, { phone: phone.written, email }, { db });
    expect(both.map((d) => d.id).sort()).toEqual([byPhone.id, byEmail.id].sort());
    expect(await findOpenDuplicates(coordinator, {}, { db })).toEqual([]);
  });

  it("ignores closed and withdrawn requests", async () => {
    const phone = uniquePhone();
    await makeRequest(db, { status: "CLOSED", person: { firstName: "Paul", phoneE164: phone.e164 } });
    await makeRequest(db, { status: "WITHDRAWN", person: { firstName: "Paul", phoneE164: phone.e164 } });
    expect(await findOpenDuplicates(coordinator, { phone: phone.written }, { db })).toEqual([]);
    const result = await registerIntake(coordinator, call({ phone: phone.written }), { db });
    expect(result.status).toBe("created");
  });

  it("finds a request from the website too, and the intake warns before storing a second one", async () => {
    const phone = uniquePhone();
    const web = await submitHelpRequest(
      helpRequestSchema.parse({
        requestFor: "SELF",
        needs: ["CHAT_OR_CALL"],
        firstName: "Lucienne",
        phone: phone.written.replace(/\//, " "),
        language: "nl",
        consent: "yes",
      }),
      { db, clientKey: `test-${randomUUID()}`, submissionToken: randomUUID() },
    );
    if (!web.ok) throw new Error("web request not stored");
    const before = await db.helpRequest.count();

    const warned = await registerIntake(coordinator, call({ firstName: "Lucienne", phone: phone.written }), {
      db,
    });
    expect(warned).toEqual({
      status: "duplicates-found",
      duplicates: [
        expect.objectContaining({ reference: web.reference, status: "NEW", matchedOn: ["phone"] }),
      ],
    });
    expect(await db.helpRequest.count()).toBe(before);

    const confirmed = await registerIntake(
      coordinator,
      call({ firstName: "Lucienne", phone: phone.written, confirmDuplicate: "yes" }),
      { db },
    );
    if (confirmed.status !== "created") throw new Error("not created");
    expect(confirmed.duplicates.map((d) => d.reference)).toEqual([web.reference]);
    const audit = await auditOf(db, confirmed.id);
    expect(audit[0]!.data).toMatchObject({ duplicatesConfirmed: [web.reference] });
    expect(await db.helpRequest.count()).toBe(before + 1);
  });
});
