// Loads what a caring-neighbour coordinator meets on a working day, through
// the real use cases (so the timeline, audit log and outbox are as the app
// writes them): a proposal waiting for the volunteer's answer (Claire, who has
// an e-mail address, so a newcomer can sign in at /vrijwilliger with the code
// from /beheer/outbox and answer it), and a volunteer's concern on Vandaag.
// Runs after loadDemoRequests and loadDemoVolunteers; the seed runs with the
// react-server condition, so these "server-only" modules load outside Next.
import type { StaffActor, VolunteerActor } from "../../lib/auth/actor";
import type { Db } from "../../lib/db";
import { normalizePhone } from "../../lib/phone/normalize-phone";
import { proposeLink } from "../../lib/volunteer-links/propose-link";
import { raiseConcern } from "../../lib/volunteer-portal/raise-concern";

const HOUR = 3_600_000;

/** Who proposes to whom, and which link the concern is about (by phone numbers in the demo data). */
export const DEMO_LINK_ACTIVITY = {
  proposal: {
    volunteerPhone: "0470 00 50 02", // Koen Verbist: arsenaal borders nekkerspoel, one of three places taken
    personPhone: "0470 00 10 15", // Willy Janssens, assessed: "zoekt een vaste babbel"
    hoursAgo: 20,
    plan: "Elke dinsdagnamiddag een telefoontje, om te beginnen zes weken.",
  },
  concern: {
    volunteerPhone: "0470 00 50 01", // Hilde Wouters
    personPhone: "0470 00 10 18", // Paula, linked to Hilde
    hoursAgo: 3,
    body: "Paula wist deze week niet meer dat we hadden afgesproken, en ze had nog niet gegeten om drie uur.",
  },
} as const;

export async function loadDemoLinkActivity(
  db: Db,
  now = new Date(),
): Promise<{ links: number; concerns: number }> {
  const coordinator = await db.staffUser.findFirst({
    where: { role: "VOLUNTEER_COORDINATOR", isActive: true },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true },
  });
  if (!coordinator) return { links: 0, concerns: 0 };
  const staff: StaffActor = { kind: "staff", id: coordinator.id, role: coordinator.role };
  const { proposal, concern } = DEMO_LINK_ACTIVITY;

  const koen = await db.volunteer.findFirstOrThrow({
    where: { phoneE164: normalizePhone(proposal.volunteerPhone) },
    select: { id: true },
  });
  const willy = await db.helpRequest.findFirstOrThrow({
    where: { person: { phoneE164: normalizePhone(proposal.personPhone) }, status: "ASSESSED" },
    select: { id: true },
  });
  await proposeLink(
    staff,
    {
      requestId: willy.id,
      volunteerId: koen.id,
      activity: "CHAT_OR_CALL",
      kind: "RECURRING",
      plan: proposal.plan,
      timesPerWeek: "1",
      durationWeeks: "6",
    },
    { db, now: new Date(now.getTime() - proposal.hoursAgo * HOUR) },
  );

  const hildesLink = await db.volunteerLink.findFirstOrThrow({
    where: {
      status: "ACTIVE",
      volunteer: { phoneE164: normalizePhone(concern.volunteerPhone) },
      helpRequest: { person: { phoneE164: normalizePhone(concern.personPhone) } },
    },
    select: { id: true, volunteerId: true },
  });
  const hilde: VolunteerActor = { kind: "volunteer", volunteerId: hildesLink.volunteerId };
  await raiseConcern(
    hilde,
    hildesLink.id,
    { category: "CONFUSED_OR_FORGETFUL", body: concern.body },
    { db, now: new Date(now.getTime() - concern.hoursAgo * HOUR) },
  );
  return { links: 1, concerns: 1 };
}
