// Which links a volunteer may see and act on: their own, current or recently
// ended, and only while the person may be known to them (not anonymised; for
// a request about someone else, only with that person's consent). The
// volunteer's page lists by it and changeLink refuses anything outside it.
import type { Prisma } from "@/lib/generated/prisma/client";

/** Ended links stay on the page this long, so a volunteer sees how it ended. */
export const ENDED_SHOWN_DAYS = 30;

export function volunteerLinksWhere(volunteerId: string, now: Date): Prisma.VolunteerLinkWhereInput {
  const endedSince = new Date(now.getTime() - ENDED_SHOWN_DAYS * 24 * 3_600_000);
  return {
    volunteerId,
    OR: [
      { status: { in: ["PROPOSED", "ACCEPTED", "ACTIVE"] } },
      { status: "ENDED", endedAt: { gte: endedSince } },
    ],
    helpRequest: {
      person: { anonymisedAt: null },
      OR: [{ requestFor: "SELF" }, { subjectConsent: "CONSENTED" }],
    },
  };
}
