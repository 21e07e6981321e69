import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/help-requests/domain-error";
import {
  addTimelineEvent,
  auditRequestAction,
  lockHelpRequest,
  parseStaffInput,
  statusChange,
  type Tx,
} from "@/lib/help-requests/staff-action";
import { staffAreaUrl } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue-mail";
import { linkRefusal, MATCH_REFUSALS, statusAfterLink } from "@/lib/matching/link-refusal";
import { distanceBetween, isScreened, withinRange } from "@/lib/matching/rank-volunteers";
import { loadAdjacency } from "@/lib/matching/load-adjacency";
import { CANDIDATE_FIELDS } from "@/lib/matching/load-candidates";
import { getSettings } from "@/lib/settings/get-settings";
import { proposeLinkSchema, type ProposeLinkInput } from "@/lib/validation/propose-link-schema";
import { LOAD_STATUSES } from "./lifecycle";

export const PROPOSE_REFUSALS = {
  volunteerMissing: "Deze vrijwilliger bestaat niet (meer). Laad de pagina opnieuw.",
  notActive: "Deze vrijwilliger is niet actief. Kies iemand anders uit de lijst.",
  notScreened: "Deze vrijwilliger is nog niet gescreend. Kies iemand anders uit de lijst.",
  full: "Deze vrijwilliger heeft net geen plaats meer: iemand anders koppelde intussen. Kies iemand anders uit de lijst.",
  activityNotOffered: "Deze vrijwilliger doet dat niet. Kies een activiteit die de vrijwilliger aanbiedt.",
  activityNotNeeded: "Kies een activiteit die bij deze vraag hoort.",
  outOfRange:
    "Deze vrijwilliger gaat niet tot in de wijk van deze aanvraag. Kies iemand anders uit de lijst.",
  alreadyLinked: "Deze vrijwilliger is al aan deze aanvraag gekoppeld.",
} as const;

/** To the volunteer: there is a new request for you. No name, no place, no need: they read it signed in. */
export function newLinkProposalMail(input: { firstName: string; cityName: string }) {
  return {
    subject: "Er is een nieuwe vraag voor jou",
    text: [
      `Dag ${input.firstName},`,
      "",
      "Er is een nieuwe vraag voor jou als zorgzame buur.",
      `Meld je aan op ${staffAreaUrl("/vrijwilliger")} om te lezen wat er gevraagd wordt, en zeg ja of nee.`,
      "",
      "Om de privacy te beschermen, staat in deze e-mail niets over de persoon of de vraag.",
      "",
      "Bedankt!",
      `Tezamen, stad ${input.cityName}`,
    ].join("\n"),
  };
}

function refuse(message: string, field?: string): never {
  throw new DomainError("transition-refused", message, field ? { [field]: message } : {});
}

/** Locks the volunteer's row (so two proposals for one volunteer are serialised) and reads what decides. */
async function lockVolunteer(tx: Tx, volunteerId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Volunteer" WHERE "id" = ${volunteerId} FOR UPDATE`;
  if (locked.length === 0) refuse(PROPOSE_REFUSALS.volunteerMissing, "volunteerId");
  const volunteer = await tx.volunteer.findUniqueOrThrow({
    where: { id: volunteerId },
    // What the ranking decides on, so a proposal is checked by the same facts.
    select: { ...CANDIDATE_FIELDS, email: true },
  });
  // Counted after the lock: a proposal committed meanwhile is seen here.
  const load = await tx.volunteerLink.count({
    where: { volunteerId, status: { in: [...LOAD_STATUSES] } },
  });
  return { ...volunteer, load };
}

export interface ProposeLinkResult {
  id: string;
  reference: string;
  linkId: string;
  status: HelpRequestStatus;
}

/**
 * Proposes a caring neighbour for a request: a PROPOSED link (one-off, or
 * recurring with its plan), in one transaction that locks the request and
 * then the volunteer, checks again that the volunteer may take it (active,
 * screened, offers the activity, travels this far, and a place left below
 * their maximum, counting every link in LOAD_STATUSES), writes the link, the
 * timeline event, the audit event, ASSESSED → LINKED, and the mail to the
 * volunteer ("sign in to read it"). Two coordinators proposing the last
 * place of one volunteer at once: the second waits for the lock, sees the
 * place taken and is refused in Dutch.
 */
export async function proposeLink(
  actor: StaffActor,
  input: ProposeLinkInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<ProposeLinkResult> {
  assertCan(actor, "link:manage");
  const parsed = parseStaffInput(proposeLinkSchema, input);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, parsed.requestId);
    const facts = await tx.helpRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { needs: true, neighbourhoodId: true, person: { select: { neighbourhoodId: true } } },
    });
    const refusal = linkRefusal({ ...request, needs: facts.needs });
    if (refusal) {
      throw new DomainError(
        refusal === MATCH_REFUSALS.consent ? "consent-required" : "transition-refused",
        refusal,
      );
    }
    if (!facts.needs.includes(parsed.activity)) refuse(PROPOSE_REFUSALS.activityNotNeeded, "activity");

    const volunteer = await lockVolunteer(tx, parsed.volunteerId);
    if (volunteer.status !== "ACTIVE") refuse(PROPOSE_REFUSALS.notActive, "volunteerId");
    if (!isScreened(volunteer)) refuse(PROPOSE_REFUSALS.notScreened, "volunteerId");
    if (!volunteer.activities.includes(parsed.activity))
      refuse(PROPOSE_REFUSALS.activityNotOffered, "activity");
    const hood = facts.neighbourhoodId ?? facts.person.neighbourhoodId;
    const distance = distanceBetween(volunteer.neighbourhoodId, hood, await loadAdjacency(tx));
    if (!withinRange(volunteer.travelRange, distance, hood))
      refuse(PROPOSE_REFUSALS.outOfRange, "volunteerId");
    if (volunteer.load >= volunteer.maxActiveLinks) refuse(PROPOSE_REFUSALS.full, "volunteerId");
    const twice = await tx.volunteerLink.count({
      where: { helpRequestId: request.id, volunteerId: volunteer.id, status: { in: [...LOAD_STATUSES] } },
    });
    if (twice > 0) refuse(PROPOSE_REFUSALS.alreadyLinked, "volunteerId");

    const link = await tx.volunteerLink.create({
      data: {
        status: "PROPOSED",
        kind: parsed.kind,
        activity: parsed.activity,
        plan: parsed.plan,
        timesPerWeek: parsed.timesPerWeek,
        durationWeeks: parsed.durationWeeks,
        startsOn: parsed.startsOn,
        helpRequestId: request.id,
        volunteerId: volunteer.id,
        proposedById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    const to = statusAfterLink(request.status);
    if (to !== request.status)
      await tx.helpRequest.update({ where: { id: request.id }, data: { status: to } });
    await addTimelineEvent(tx, actor, request.id, now, {
      type: "LINK_PROPOSED",
      ...statusChange(request.status, to),
      note: `Voorgesteld aan zorgzame buur ${volunteer.firstName}.${parsed.plan ? ` Plan: ${parsed.plan}` : ""}`,
      data: { linkId: link.id, volunteerId: volunteer.id, kind: parsed.kind, activity: parsed.activity },
    });
    await auditRequestAction(tx, actor, "help-request.propose-link", request, now, {
      from: request.status,
      to,
      linkId: link.id,
      volunteerId: volunteer.id,
      kind: parsed.kind,
      activity: parsed.activity,
    });
    if (volunteer.email) {
      const { cityName } = await getSettings(tx);
      await queueMail(
        tx,
        { to: volunteer.email, ...newLinkProposalMail({ firstName: volunteer.firstName, cityName }) },
        { now },
      );
    }
    return { id: request.id, reference: request.reference, linkId: link.id, status: to };
  });
}
