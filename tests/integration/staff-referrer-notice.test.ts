// "Contact gelegd": a partner who passed a request on hears that the person
// was reached — only the reference, no personal data, once, and only for
// partner channels with a contact person of an organisation and an e-mail.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { Channel } from "@/lib/generated/prisma/enums";
import { logFirstContact } from "@/lib/help-requests/log-first-contact";
import { actorOf, makeStaff } from "./staff-fixtures";
import { ensureContent, makeRequest, timelineOf } from "./staff-request-fixtures";

const db = createPrismaClient();
let coordinator: ReturnType<typeof actorOf>;
let police: { id: string; name: string; email: string | null };
let cityService: { id: string; name: string; email: string | null };

beforeAll(async () => {
  await ensureContent(db);
  coordinator = actorOf(await makeStaff(db, "COORDINATOR"));
  police = await db.organisation.findUniqueOrThrow({ where: { slug: "politie-wijkagenten" } });
  cityService = await db.organisation.findUniqueOrThrow({ where: { slug: "sociaal-huis" } });
});

afterAll(() => db.$disconnect());

const contactEmail = () => `contact-${randomUUID().slice(0, 8)}@partner.example`;

async function referral(
  channel: Channel,
  reporter: { email?: string | null; organisationId?: string | null },
) {
  return makeRequest(db, {
    channel,
    requestFor: "SOMEONE_ELSE",
    person: {
      firstName: "Albertine",
      lastName: "Van Dyck",
      phoneE164: "+32470001199",
      email: "albertine@voorbeeld.example",
      streetAddress: "Korenmarkt 12",
    },
    message: "Mevrouw komt niet meer buiten sinds haar val.",
    reporter: { firstName: "Wim", lastName: "Janssens", relation: "wijkagent", ...reporter },
  });
}

function mailsTo(to: string) {
  return db.outboxMessage.findMany({ where: { to } });
}

describe("the referrer's notice", () => {
  it("tells the partner's contact person 'contact gelegd' with the reference and nothing else", async () => {
    const to = contactEmail();
    const request = await referral("NEIGHBOURHOOD_POLICE", { email: to, organisationId: police.id });
    // A second after the request came in (makeRequest dates it now): a fixed date would lie before it.
    const now = new Date(request.receivedAt.getTime() + 1000);
    const result = await logFirstContact(coordinator, { requestId: request.id }, { db, now });
    expect(result.referrerNotified).toBe(true);

    const mails = await mailsTo(to);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe(`Contact gelegd (${request.reference})`);
    expect(mail.textBody).toContain(request.reference);
    expect(mail.textBody).toContain("We hebben intussen contact gelegd.");
    // No personal data of the person, of the request, or even of the reporter.
    for (const secret of [
      "Albertine",
      "Van Dyck",
      "0470",
      "001199",
      "albertine@",
      "Korenmarkt",
      "val",
      "Wim",
      "Janssens",
    ]) {
      expect(mail.textBody, secret).not.toContain(secret);
      expect(mail.subject, secret).not.toContain(secret);
    }
    expect(mail.status).toBe("PENDING");
    expect(mail.createdAt).toEqual(now);

    const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.referrerNotifiedAt).toEqual(now);
    const events = await timelineOf(db, request.id);
    expect(events.map((e) => e.type)).toEqual(["RECEIVED", "FIRST_CONTACT", "REFERRER_NOTIFIED"]);
    expect(events[2]).toMatchObject({ actorStaffId: coordinator.id });
    expect(events[2]!.note).toContain(police.name);
  });

  it("uses the organisation's address when the contact person has none", async () => {
    const request = await referral("CARE_COACH", { email: null, organisationId: cityService.id });
    const before = (await mailsTo(cityService.email!)).length;
    expect((await logFirstContact(coordinator, { requestId: request.id }, { db })).referrerNotified).toBe(
      true,
    );
    expect(await mailsTo(cityService.email!)).toHaveLength(before + 1);
  });

  it.each(["LOCAL_SERVICE_CENTRE", "NEIGHBOURHOOD_POLICE", "OUTREACH", "CARE_COACH", "PARTNER"] as const)(
    "is sent for the partner channel %s",
    async (channel) => {
      const to = contactEmail();
      const request = await referral(channel, { email: to, organisationId: police.id });
      await logFirstContact(coordinator, { requestId: request.id }, { db });
      expect(await mailsTo(to)).toHaveLength(1);
    },
  );

  it.each(["WEBSITE", "PHONE_LINE", "OTHER"] as const)("is not sent for the channel %s", async (channel) => {
    const to = contactEmail();
    const request = await referral(channel, { email: to, organisationId: police.id });
    expect((await logFirstContact(coordinator, { requestId: request.id }, { db })).referrerNotified).toBe(
      false,
    );
    expect(await mailsTo(to)).toEqual([]);
    expect((await timelineOf(db, request.id)).map((e) => e.type)).not.toContain("REFERRER_NOTIFIED");
  });

  it("is not sent for a reporter without an organisation, or without any address", async () => {
    const neighbour = contactEmail();
    const noOrganisation = await referral("OUTREACH", { email: neighbour, organisationId: null });
    expect(
      (await logFirstContact(coordinator, { requestId: noOrganisation.id }, { db })).referrerNotified,
    ).toBe(false);
    expect(await mailsTo(neighbour)).toEqual([]);

    const tele = await db.organisation.findUniqueOrThrow({ where: { slug: "tele-onthaal" } });
    expect(tele.email).toBeNull();
    const noAddress = await referral("PARTNER", { email: null, organisationId: tele.id });
    expect((await logFirstContact(coordinator, { requestId: noAddress.id }, { db })).referrerNotified).toBe(
      false,
    );
    expect(
      (await db.helpRequest.findUniqueOrThrow({ where: { id: noAddress.id } })).referrerNotifiedAt,
    ).toBeNull();
  });

  it("is not sent when staff only spoke to the contact person, not to the person", async () => {
    const to = contactEmail();
    const request = await referral("LOCAL_SERVICE_CENTRE", { email: to, organisationId: police.id });
    const result = await logFirstContact(
      coordinator,
      { requestId: request.id, contactWith: "REPORTER" },
      { db },
    );
    expect(result.referrerNotified).toBe(false);
    expect(await mailsTo(to)).toEqual([]);
  });
});
