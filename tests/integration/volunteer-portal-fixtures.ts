// Volunteers and their links for the volunteer page's tests (integration and
// e2e), written straight to the database with unique values, and the sign-in
// code and link read from the mail in the outbox (from its secrets column: the
// text holds only markers), as a volunteer reads them in the mail.
import { randomUUID } from "node:crypto";
import type { VolunteerActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";
import { makeRequest, type RequestSeed } from "./staff-request-fixtures";

export async function makeVolunteer(
  db: Db,
  extra: Partial<Prisma.VolunteerUncheckedCreateInput> & { status?: VolunteerStatus } = {},
) {
  const tag = randomUUID().slice(0, 8);
  return db.volunteer.create({
    data: {
      firstName: `Vera${tag}`,
      lastName: `Vrijwilliger${tag}`,
      email: `vera-${tag}@buren.example`,
      status: "ACTIVE",
      activities: ["CHAT_OR_CALL"],
      languages: ["nl"],
      activatedAt: new Date(),
      ...extra,
    },
  });
}

/** A link of `volunteerId` to a new request whose person has a surname, address and e-mail the volunteer must never see. */
export async function makeLink(
  db: Db,
  volunteerId: string,
  {
    status = "PROPOSED",
    request = {},
    plan = "Twee keer per week bellen",
  }: { status?: Prisma.VolunteerLinkCreateInput["status"]; request?: RequestSeed; plan?: string } = {},
) {
  const tag = randomUUID().slice(0, 8);
  const neighbourhood = await db.neighbourhood.findFirst({ orderBy: { sortOrder: "asc" } });
  const helpRequest = await makeRequest(db, {
    status: "LINKED",
    neighbourhoodId: neighbourhood?.id ?? null,
    message: `Geheim bericht ${tag}`,
    ...request,
    person: {
      firstName: `Rosa${tag}`,
      lastName: `Achternaam${tag}`,
      phoneE164: "+32470123456",
      email: `rosa-${tag}@thuis.example`,
      streetAddress: `Geheimstraat ${tag}`,
      ...request.person,
    },
  });
  const link = await db.volunteerLink.create({
    data: {
      volunteerId,
      helpRequestId: helpRequest.id,
      activity: "CHAT_OR_CALL",
      kind: "RECURRING",
      plan,
      status,
      acceptedAt: status === "ACCEPTED" || status === "ACTIVE" ? new Date() : null,
      startedAt: status === "ACTIVE" ? new Date() : null,
    },
  });
  return { link, helpRequest, person: helpRequest.person, neighbourhood };
}

export function volunteerActor(volunteerId: string): VolunteerActor {
  return { kind: "volunteer", volunteerId, ipHash: "test-ip-hash", userAgent: "vitest" };
}

/** The code and link token of the newest sign-in mail to this address. */
export async function latestLoginMail(
  db: Db,
  email: string,
): Promise<{ code: string; token: string } | null> {
  const mail = await db.outboxMessage.findFirst({
    // A new code clears the copy in the earlier mails: the one still holding it is the latest.
    where: { to: email, subject: { startsWith: "Je code om aan te melden" }, secretsExpireAt: { not: null } },
    orderBy: { createdAt: "desc" },
  });
  if (!mail) return null;
  if (!mail.textBody.includes("is: {{geheim:inlogcode}}"))
    throw new Error("sign-in mail without code marker");
  const secrets = (mail.secrets ?? {}) as { inlogcode?: string; inloglink?: string };
  const code = /^(\d{6})$/.exec(secrets.inlogcode ?? "")?.[1];
  const token = /\/vrijwilliger\/aanmelden\/([A-Za-z0-9_-]+)$/.exec(secrets.inloglink ?? "")?.[1];
  if (!code || !token) throw new Error("sign-in mail without code or link");
  return { code, token };
}
