import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { volunteerApplicationSchema } from "@/lib/validation/volunteer-application-schema";
import { VOLUNTEER_CONSENT_VERSION } from "@/lib/volunteers/consent";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-volunteer-application";

const db = createPrismaClient();
const unreachable = createPrismaClient("postgresql://tezamen:x@127.0.0.1:1/none");
const run = randomBytes(4).toString("hex");
const neighbourhoodSlug = `test-volunteer-${run}`;
const token = () => randomBytes(16).toString("base64url");
const client = () => `test-client-${randomUUID()}`;

const application = volunteerApplicationSchema.parse({
  firstName: "Fatima",
  lastName: `El Amrani ${run}`,
  phone: "0486 11 22 33",
  email: "fatima@voorbeeld.be",
  neighbourhood: neighbourhoodSlug,
  activities: ["CHAT_OR_CALL", "DIGITAL_HELP"],
  languages: ["nl", "ar"],
  availability: ["MONDAY_MORNING", "WEDNESDAY_EVENING"],
  maxActiveLinks: "3",
  motivation: "Ik heb tijd sinds mijn pensioen.",
  consent: "yes",
});

beforeAll(async () => {
  await db.neighbourhood.create({
    data: {
      slug: neighbourhoodSlug,
      name: `Vrijwilligerswijk ${run}`,
      kind: "SUB_MUNICIPALITY",
      sortOrder: 1000,
    },
  });
});

afterAll(async () => {
  await db.$disconnect();
  await unreachable.$disconnect();
});

describe("submitVolunteerApplication", () => {
  it("stores a volunteer in status APPLIED with what they offer, consent and an audit event", async () => {
    const submissionToken = token();
    const clientKey = client();
    const now = new Date("2026-11-23T10:00:00.000Z");
    const result = await submitVolunteerApplication(application, { clientKey, submissionToken, now, db });
    if (!result.ok) throw new Error("not stored");
    expect(result.duplicate).toBe(false);

    const volunteer = await db.volunteer.findUniqueOrThrow({
      where: { id: result.volunteerId },
      include: { neighbourhood: true },
    });
    expect(volunteer).toMatchObject({
      status: "APPLIED",
      firstName: "Fatima",
      lastName: `El Amrani ${run}`,
      phoneE164: "+32486112233",
      email: "fatima@voorbeeld.be",
      activities: ["CHAT_OR_CALL", "DIGITAL_HELP"],
      languages: ["nl", "ar"],
      availability: ["MONDAY_MORNING", "WEDNESDAY_EVENING"],
      maxActiveLinks: 3,
      motivation: "Ik heb tijd sinds mijn pensioen.",
      consentTextVersion: VOLUNTEER_CONSENT_VERSION,
      submissionToken,
    });
    expect(volunteer.consentGivenAt).toEqual(now);
    expect(volunteer.createdAt).toEqual(now);
    const history = await db.volunteerEvent.findMany({ where: { volunteerId: volunteer.id } });
    expect(history.map((e) => [e.type, e.toStatus, e.occurredAt, e.actorStaffId])).toEqual([
      ["APPLIED", "APPLIED", now, null],
    ]);
    expect(volunteer.neighbourhood?.slug).toBe(neighbourhoodSlug);

    const audit = await db.auditEvent.findMany({
      where: { entityType: "Volunteer", entityId: volunteer.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "volunteer.apply", ipHash: clientKey });
  });

  it("yields one volunteer for a repeated or concurrent submission of the same form", async () => {
    const submissionToken = token();
    const clientKey = client();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        submitVolunteerApplication(application, { clientKey, submissionToken, db }),
      ),
    );
    const again = await submitVolunteerApplication(application, { clientKey, submissionToken, db });
    const ids = new Set([...results, again].map((r) => (r.ok ? r.volunteerId : r.reason)));
    expect(ids.size).toBe(1);
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(await db.volunteer.count({ where: { submissionToken } })).toBe(1);
  });

  it("limits sign-ups per client, separately from help requests", async () => {
    const clientKey = client();
    for (let i = 0; i < 5; i++) {
      expect(
        await submitVolunteerApplication(application, { clientKey, submissionToken: token(), db }),
      ).toMatchObject({ ok: true });
    }
    const sixth = token();
    expect(await submitVolunteerApplication(application, { clientKey, submissionToken: sixth, db })).toEqual({
      ok: false,
      reason: "rate-limited",
    });
    expect(await db.volunteer.count({ where: { submissionToken: sixth } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: `help-form:${clientKey}` } })).toBe(0);
  });

  it("answers 'unavailable' and stores nothing when the database is unreachable", async () => {
    const submissionToken = token();
    expect(
      await submitVolunteerApplication(application, {
        clientKey: client(),
        submissionToken,
        db: unreachable,
      }),
    ).toEqual({
      ok: false,
      reason: "unavailable",
    });
    expect(await db.volunteer.count({ where: { submissionToken } })).toBe(0);
  });
});
