import type { VolunteerActor } from "@/lib/auth/actor";
import { volunteerActorLabel } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import { myLinksWhere } from "./my-link-view";
import { linkNotFound } from "./portal-refusal";

/**
 * Locks one of the volunteer's own links for a change (FOR UPDATE, so two taps
 * at once are applied one after the other). Someone else's link is refused
 * like one that doesn't exist.
 */
export async function lockMyLink(
  tx: Prisma.TransactionClient,
  actor: VolunteerActor,
  linkId: string,
  now: Date,
) {
  await tx.$queryRaw`SELECT "id" FROM "VolunteerLink" WHERE "id" = ${linkId} FOR UPDATE`;
  const link = await tx.volunteerLink.findFirst({
    where: { id: linkId, ...myLinksWhere(actor.volunteerId, now) },
    select: { id: true, status: true, helpRequestId: true, volunteerId: true },
  });
  if (!link) throw linkNotFound();
  return link;
}

/** The timeline entry on the request and the audit row of a volunteer's step, in the caller's transaction. */
export async function recordVolunteerStep(
  tx: Prisma.TransactionClient,
  actor: VolunteerActor,
  step: {
    type: Prisma.TimelineEventCreateManyInput["type"];
    action: string;
    helpRequestId: string;
    entityType: string;
    entityId: string;
    note?: string | null;
    data?: Prisma.InputJsonValue;
    now: Date;
  },
): Promise<void> {
  await tx.timelineEvent.create({
    data: {
      type: step.type,
      helpRequestId: step.helpRequestId,
      actorVolunteerId: actor.volunteerId,
      note: step.note ?? null,
      data: step.data,
      occurredAt: step.now,
    },
  });
  await recordAuditEvent(tx, {
    action: step.action,
    entityType: step.entityType,
    entityId: step.entityId,
    actorLabel: volunteerActorLabel(actor),
    ipHash: actor.ipHash,
    data: step.data,
    occurredAt: step.now,
  });
}
