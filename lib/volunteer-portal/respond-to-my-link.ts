// TEMPORARY: a thin stand-in for lib/volunteer-links/respond-to-link.ts (helper
// V-LINKS); the lead points the pages at that function when merging.
import type { VolunteerActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { canLinkTransition } from "@/lib/volunteer-links/lifecycle";
import { lockMyLink, recordVolunteerStep } from "./my-link-for-change";
import { PortalRefusal } from "./portal-refusal";

export type LinkResponse = { answer: "accept" } | { answer: "decline"; reason?: string | null };

/** The volunteer accepts or declines a proposed link of their own. */
export async function respondToMyLink(
  actor: VolunteerActor,
  linkId: string,
  response: LinkResponse,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await lockMyLink(tx, actor, linkId, now);
    const to = response.answer === "accept" ? "ACCEPTED" : "DECLINED";
    if (!canLinkTransition(link.status, to)) {
      throw new PortalRefusal("transition-refused", "Je hebt op dit voorstel al geantwoord.");
    }
    const reason = response.answer === "decline" ? response.reason?.trim() || null : null;
    await tx.volunteerLink.update({
      where: { id: link.id },
      data:
        to === "ACCEPTED"
          ? { status: to, acceptedAt: now }
          : { status: to, declinedAt: now, endReason: reason },
    });
    await recordVolunteerStep(tx, actor, {
      type: to === "ACCEPTED" ? "LINK_ACCEPTED" : "LINK_DECLINED",
      action: to === "ACCEPTED" ? "volunteer-link.accept" : "volunteer-link.decline",
      helpRequestId: link.helpRequestId,
      entityType: "VolunteerLink",
      entityId: link.id,
      note: reason,
      now,
    });
  });
}
