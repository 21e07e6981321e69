import type { VolunteerActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { volunteerActorLabel } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { volunteerLinksWhere } from "@/lib/volunteer-links/visible-to-volunteer";
import { MY_LINK_SELECT, toMyLink, type MyLink } from "./my-link-view";
import { linkNotFound } from "./portal-refusal";

/**
 * One of the volunteer's own links. Someone else's link, or one whose person
 * did not consent, is refused exactly like a link that doesn't exist.
 */
export async function getMyLink(
  actor: VolunteerActor,
  linkId: string,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<MyLink> {
  const row = await db.volunteerLink.findFirst({
    where: { id: linkId, ...volunteerLinksWhere(actor.volunteerId, now) },
    select: MY_LINK_SELECT,
  });
  if (!row) throw linkNotFound();
  // Reading a person's phone number is a read of personal data: logged.
  await recordAuditEvent(db, {
    action: "volunteer-link.view",
    entityType: "VolunteerLink",
    entityId: row.id,
    actorLabel: volunteerActorLabel(actor),
    ipHash: actor.ipHash,
    occurredAt: now,
  });
  return toMyLink(row);
}
