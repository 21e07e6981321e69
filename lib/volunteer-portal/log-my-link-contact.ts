// TEMPORARY: a thin stand-in for lib/volunteer-links/log-link-contact.ts (helper
// V-LINKS); the lead points the pages at that function when merging.
import type { VolunteerActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { LinkContactKind } from "@/lib/generated/prisma/enums";
import { canLinkTransition, FIRST_CHECK_IN_AFTER_DAYS } from "@/lib/volunteer-links/lifecycle";
import { lockMyLink, recordVolunteerStep } from "./my-link-for-change";
import { PortalRefusal } from "./portal-refusal";

const DAY_MS = 24 * 3_600_000;

/**
 * One tap: "gebeld", "bezocht", "samen boodschappen" or something else with a
 * note. The first contact on an accepted link starts it (ACTIVE).
 */
export async function logMyLinkContact(
  actor: VolunteerActor,
  linkId: string,
  contact: { kind: LinkContactKind; note?: string | null },
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await lockMyLink(tx, actor, linkId, now);
    if (link.status !== "ACCEPTED" && link.status !== "ACTIVE") {
      throw new PortalRefusal(
        "transition-refused",
        link.status === "PROPOSED"
          ? "Aanvaard eerst het voorstel. Daarna kun je een contact noteren."
          : "Deze koppeling is afgelopen. Je kunt geen contact meer noteren.",
      );
    }
    const starts = link.status === "ACCEPTED" && canLinkTransition("ACCEPTED", "ACTIVE");
    const note = contact.note?.trim() || null;
    await tx.linkContact.create({ data: { linkId: link.id, kind: contact.kind, note, occurredAt: now } });
    await tx.volunteerLink.update({
      where: { id: link.id },
      data: {
        lastContactAt: now,
        noContactAlertedAt: null,
        ...(starts
          ? {
              status: "ACTIVE",
              startedAt: now,
              nextCheckInAt: new Date(now.getTime() + FIRST_CHECK_IN_AFTER_DAYS * DAY_MS),
            }
          : {}),
      },
    });
    if (starts) {
      await recordVolunteerStep(tx, actor, {
        type: "LINK_STARTED",
        action: "volunteer-link.start",
        helpRequestId: link.helpRequestId,
        entityType: "VolunteerLink",
        entityId: link.id,
        now,
      });
    }
    await recordVolunteerStep(tx, actor, {
      type: "LINK_CONTACT",
      action: "volunteer-link.log-contact",
      helpRequestId: link.helpRequestId,
      entityType: "VolunteerLink",
      entityId: link.id,
      data: { kind: contact.kind },
      now,
    });
  });
}
