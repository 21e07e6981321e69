import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { HELP_REQUEST_CONSENT_VERSION } from "@/lib/help-requests/consent";
import { isReference } from "@/lib/help-requests/reference";
import { submitHelpRequest } from "@/lib/help-requests/submit-help-request";
import { helpRequestSchema, type HelpRequestInput } from "@/lib/validation/help-request-schema";

const db = createPrismaClient();
const unreachable = createPrismaClient("postgresql://tezamen:x@127.0.0.1:1/none");

// Data is shared with other test files: everything here uses unique values.
const run = randomBytes(4).toString("hex");
const neighbourhoodSlug = `test-help-${run}`;
const token = () => randomBytes(16).toString("base64url");
const client = () => `test-client-${randomUUID()}`;
const HOUR = 3_600_000;

const forSelf: HelpRequestInput = helpRequestSchema.parse({
  requestFor: "SELF",
  needs: ["CHAT_OR_CALL", "MEETING_PEOPLE"],
  message: "Sinds mijn man gestorven is, zie ik bijna niemand.",
  firstName: "Maria",
  phone: "0470 12 34 56",
  email: "Maria@Voorbeeld.be",
  neighbourhood: neighbourhoodSlug,
  streetAddress: "Bruul 1",
  postalCode: "2800",
  bestTimeToCall: "MORNING",
  language: "nl",
  ageGroup: "AGE_75_PLUS",
  consent: "yes",
});

const forSomeoneElse: HelpRequestInput = helpRequestSchema.parse({
  requestFor: "SOMEONE_ELSE",
  subjectAwareness: "NOT_SURE",
  reporterFirstName: "Jan",
  reporterPhone: "015 12 34 56",
  reporterRelation: "buurman",
  needs: ["VISIT_OR_WALK"],
  firstName: "Georges",
  neighbourhood: "",
  language: "fr",
  consent: "yes",
});

// Settings rows this file created, removed again afterwards: other files load
// the demo content (settings included) into an empty settings table.
const createdSettings: string[] = [];

beforeAll(async () => {
  await db.neighbourhood.create({
    data: { slug: neighbourhoodSlug, name: `Testwijk ${run}`, kind: "DISTRICT", sortOrder: 1000 },
  });
  // The deadline rule under test: 24 hours, every day counts (the defaults, set explicitly).
  for (const [key, value] of [
    ["slaHours", 24],
    ["slaWorkingDaysOnly", false],
  ] as const) {
    const existing = await db.setting.findUnique({ where: { key } });
    if (existing) await db.setting.update({ where: { key }, data: { value } });
    else {
      await db.setting.create({ data: { key, value } });
      createdSettings.push(key);
    }
  }
});

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: { in: createdSettings } } });
  await db.$disconnect();
  await unreachable.$disconnect();
});

describe("submitHelpRequest", () => {
  it("stores a request for oneself with its person, needs, consent, deadline, timeline and audit event", async () => {
    const submissionToken = token();
    const clientKey = client();
    const now = new Date("2026-11-23T13:30:00.000Z");
    const result = await submitHelpRequest(forSelf, { clientKey, submissionToken, now, db });

    expect(result).toEqual({
      ok: true,
      reference: expect.any(String),
      dueAt: new Date("2026-11-24T13:30:00.000Z"),
      duplicate: false,
    });
    if (!result.ok) throw new Error("not stored");
    expect(isReference(result.reference)).toBe(true);

    const request = await db.helpRequest.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { person: true, reporter: true, timeline: true, neighbourhood: true },
    });
    expect(request).toMatchObject({
      channel: "WEBSITE",
      status: "NEW",
      requestFor: "SELF",
      subjectAwareness: null,
      subjectConsent: "NOT_APPLICABLE",
      needs: ["CHAT_OR_CALL", "MEETING_PEOPLE"],
      message: "Sinds mijn man gestorven is, zie ik bijna niemand.",
      bestTimeToCall: "MORNING",
      language: "nl",
      ageGroup: "AGE_75_PLUS",
      consentTextVersion: HELP_REQUEST_CONSENT_VERSION,
      submissionToken,
      reporter: null,
    });
    expect(request.receivedAt).toEqual(now);
    expect(request.consentGivenAt).toEqual(now);
    expect(request.dueAt.getTime() - request.receivedAt.getTime()).toBe(24 * HOUR);
    expect(request.neighbourhood?.slug).toBe(neighbourhoodSlug);
    expect(request.person).toMatchObject({
      firstName: "Maria",
      phoneE164: "+32470123456",
      email: "maria@voorbeeld.be",
      streetAddress: "Bruul 1",
      postalCode: "2800",
      neighbourhoodId: request.neighbourhoodId,
    });
    expect(request.timeline).toHaveLength(1);
    expect(request.timeline[0]).toMatchObject({ type: "RECEIVED", toStatus: "NEW", occurredAt: now });

    const audit = await db.auditEvent.findMany({
      where: { entityType: "HelpRequest", entityId: request.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "help-request.create",
      actorLabel: "inwoner via website",
      ipHash: clientKey,
    });
    // The audit event carries no personal data.
    expect(JSON.stringify(audit[0]?.data)).not.toMatch(/Maria|0470|voorbeeld/);
  });

  it("stores a request for someone else with the reporter kept apart and consent REPORTED", async () => {
    const now = new Date();
    const result = await submitHelpRequest(forSomeoneElse, {
      clientKey: client(),
      submissionToken: token(),
      now,
      db,
    });
    if (!result.ok) throw new Error("not stored");
    expect(result.duplicate).toBe(false);

    const request = await db.helpRequest.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { person: true, reporter: true, timeline: true },
    });
    expect(request).toMatchObject({
      requestFor: "SOMEONE_ELSE",
      subjectAwareness: "NOT_SURE",
      subjectConsent: "REPORTED",
      language: "fr",
      neighbourhoodId: null,
    });
    expect(request.subjectConsentAt).toEqual(now);
    expect(request.person).toMatchObject({ firstName: "Georges", phoneE164: null, email: null });
    expect(request.reporter).toMatchObject({
      firstName: "Jan",
      phoneE164: "+3215123456",
      email: null,
      relation: "buurman",
    });
    expect(request.reporterId).not.toBe(request.personId);
    expect(request.timeline.map((e) => e.type)).toEqual(["RECEIVED"]);
  });

  it("stores the request without a neighbourhood when the slug is unknown", async () => {
    const result = await submitHelpRequest(
      { ...forSelf, neighbourhoodSlug: `does-not-exist-${run}` },
      { clientKey: client(), submissionToken: token(), db },
    );
    if (!result.ok) throw new Error("not stored");
    const request = await db.helpRequest.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { person: true },
    });
    expect(request.neighbourhoodId).toBeNull();
    expect(request.person.neighbourhoodId).toBeNull();
  });

  it("takes the deadline from the settings", async () => {
    await db.setting.update({ where: { key: "slaHours" }, data: { value: 48 } });
    try {
      const now = new Date("2026-11-23T08:00:00.000Z");
      const result = await submitHelpRequest(forSelf, {
        clientKey: client(),
        submissionToken: token(),
        now,
        db,
      });
      expect(result).toMatchObject({ ok: true, dueAt: new Date("2026-11-25T08:00:00.000Z") });

      await db.setting.update({ where: { key: "slaWorkingDaysOnly" }, data: { value: true } });
      // Friday 27 November 2026 20:00 Brussels, 48 working hours → Tuesday 1 December 20:00 Brussels.
      const friday = await submitHelpRequest(forSelf, {
        clientKey: client(),
        submissionToken: token(),
        now: new Date("2026-11-27T19:00:00.000Z"),
        db,
      });
      expect(friday).toMatchObject({ ok: true, dueAt: new Date("2026-12-01T19:00:00.000Z") });
    } finally {
      await db.setting.update({ where: { key: "slaHours" }, data: { value: 24 } });
      await db.setting.update({ where: { key: "slaWorkingDaysOnly" }, data: { value: false } });
    }
  });
});

describe("idempotency: the same form token yields the same request", () => {
  it("returns the existing request for a repeated submission, without a second row", async () => {
    const submissionToken = token();
    const clientKey = client();
    const first = await submitHelpRequest(forSelf, { clientKey, submissionToken, db });
    const second = await submitHelpRequest(forSelf, { clientKey, submissionToken, db });
    if (!first.ok || !second.ok) throw new Error("not stored");
    expect(second).toEqual({ ...first, duplicate: true });
    expect(await db.helpRequest.count({ where: { submissionToken } })).toBe(1);
    const request = await db.helpRequest.findUniqueOrThrow({ where: { submissionToken } });
    expect(await db.auditEvent.count({ where: { entityId: request.id } })).toBe(1);
    expect(await db.timelineEvent.count({ where: { helpRequestId: request.id } })).toBe(1);
  });

  it("ends concurrent submissions with the same token as one request", async () => {
    const submissionToken = token();
    const clientKey = client();
    const personsBefore = await db.person.count({ where: { firstName: "Gelijktijdig" } });
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        submitHelpRequest(
          { ...forSelf, person: { ...forSelf.person, firstName: "Gelijktijdig" } },
          { clientKey, submissionToken, db },
        ),
      ),
    );
    const references = new Set(results.map((r) => (r.ok ? r.reference : r.reason)));
    expect(references.size).toBe(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    expect(await db.helpRequest.count({ where: { submissionToken } })).toBe(1);
    // The losers' person rows were rolled back with their transactions.
    expect((await db.person.count({ where: { firstName: "Gelijktijdig" } })) - personsBefore).toBe(1);
    // And only the stored request counts against the rate limit.
    const buckets = await db.rateLimitBucket.findMany({ where: { key: `help-form:${clientKey}` } });
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(1);
  });
});

describe("the rate limit per client", () => {
  it("blocks the 6th submission in an hour from one client, not another client, and not a retry", async () => {
    const clientA = client();
    const now = new Date();
    const tokens = Array.from({ length: 5 }, () => token());
    const firstFive = [];
    for (const submissionToken of tokens) {
      firstFive.push(await submitHelpRequest(forSelf, { clientKey: clientA, submissionToken, now, db }));
    }
    expect(firstFive.every((r) => r.ok && !r.duplicate)).toBe(true);

    const sixthToken = token();
    expect(
      await submitHelpRequest(forSelf, { clientKey: clientA, submissionToken: sixthToken, now, db }),
    ).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    expect(await db.helpRequest.count({ where: { submissionToken: sixthToken } })).toBe(0);

    // Another client is not affected.
    expect(
      await submitHelpRequest(forSelf, { clientKey: client(), submissionToken: token(), now, db }),
    ).toMatchObject({ ok: true });

    // A retry of an earlier form is not counted and still gets its reference.
    const retry = await submitHelpRequest(forSelf, {
      clientKey: clientA,
      submissionToken: tokens[2] as string,
      now,
      db,
    });
    expect(retry).toEqual({ ...firstFive[2], duplicate: true });

    // The next hour, the client may send again.
    const nextHour = new Date(now.getTime() + HOUR);
    expect(
      await submitHelpRequest(forSelf, { clientKey: clientA, submissionToken: token(), now: nextHour, db }),
    ).toMatchObject({
      ok: true,
      duplicate: false,
    });
  });
});

describe("when the database is unreachable", () => {
  it("answers 'unavailable' and stores nothing", async () => {
    const submissionToken = token();
    const started = Date.now();
    const result = await submitHelpRequest(forSelf, {
      clientKey: client(),
      submissionToken,
      db: unreachable,
    });
    expect(result).toEqual({ ok: false, reason: "unavailable" });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await db.helpRequest.count({ where: { submissionToken } })).toBe(0);

    // A retry with the same token once the database is back stores it, once.
    const retry = await submitHelpRequest(forSelf, { clientKey: client(), submissionToken, db });
    expect(retry).toMatchObject({ ok: true, duplicate: false });
    expect(await db.helpRequest.count({ where: { submissionToken } })).toBe(1);
  });
});
