// Volunteers and links in a given state, written straight to the (shared)
// test database, for the link follow-up tests.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { makeRequest } from "./staff-request-fixtures";

export async function makeVolunteer(db: Db, extra: Partial<Prisma.VolunteerUncheckedCreateInput> = {}) {
  return db.volunteer.create({
    data: {
      status: "ACTIVE",
      firstName: "Vera",
      lastName: `Vrijwilliger-${randomUUID().slice(0, 6)}`,
      email: `vrijwilliger-${randomUUID()}@example.org`,
      activities: ["CHAT_OR_CALL"],
      screenedAt: new Date("2026-01-01T00:00:00Z"),
      conductCertificateOn: new Date("2025-12-01T00:00:00Z"),
      activatedAt: new Date("2026-01-02T00:00:00Z"),
      ...extra,
    },
  });
}

/** A request (LINKED unless told otherwise) with a link to a (new) volunteer in the given state. */
export async function makeLink(
  db: Db,
  link: Partial<Prisma.VolunteerLinkUncheckedCreateInput> = {},
  requestStatus: HelpRequestStatus = "LINKED",
) {
  const request = await makeRequest(db, { status: requestStatus });
  const volunteerId = link.volunteerId ?? (await makeVolunteer(db)).id;
  const created = await db.volunteerLink.create({
    data: { activity: "CHAT_OR_CALL", status: "PROPOSED", ...link, helpRequestId: request.id, volunteerId },
  });
  return { link: created, request, volunteerId };
}
