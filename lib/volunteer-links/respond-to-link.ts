import "server-only";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { labelledNote } from "@/lib/help-requests/timeline-note";
import { respondToLinkSchema, type RespondToLinkInput } from "@/lib/validation/link-follow-up-schemas";
import {
  assertLinkTransition,
  changeLink,
  releaseRequestIfUnlinked,
  type LinkActor,
  type LinkOptions,
} from "./change-link";

/**
 * The volunteer's answer to a proposal: accepted or declined. Given by the
 * volunteer on their own page (only for their own link), or recorded by
 * staff who heard it by phone. A declined link frees the volunteer's place;
 * when the request has no other link left, it waits to be linked again.
 */
export async function respondToLink(
  actor: LinkActor,
  input: RespondToLinkInput,
  options: LinkOptions = {},
): Promise<{ id: string; reference: string; status: "ACCEPTED" | "DECLINED" }> {
  const { linkId, answer, note } = parseStaffInput(respondToLinkSchema, input);
  return changeLink(actor, linkId, { action: "respond", ...options }, async (ctx) => {
    const { tx, link, request, now } = ctx;
    assertLinkTransition(link.status, answer);
    // Staff record an answer they heard by phone; the timeline says so.
    const via = actor.kind === "staff" ? " (doorgegeven aan een medewerker)" : "";
    if (answer === "ACCEPTED") {
      await tx.volunteerLink.update({
        where: { id: link.id },
        data: { status: "ACCEPTED", acceptedAt: now },
      });
      await ctx.addTimelineEvent({
        type: "LINK_ACCEPTED",
        note: labelledNote(`De vrijwilliger heeft de koppeling aanvaard${via}`, note),
      });
    } else {
      await tx.volunteerLink.update({
        where: { id: link.id },
        // The reason stays with the link, where the coordinator looks for it.
        data: { status: "DECLINED", declinedAt: now, endReason: note },
      });
      const status = await releaseRequestIfUnlinked(tx, request, link.id, now);
      await ctx.addTimelineEvent({
        type: "LINK_DECLINED",
        note: labelledNote(`De vrijwilliger heeft de koppeling geweigerd${via}`, note),
        ...status,
      });
    }
    return { result: { status: answer }, audit: { answer, by: actor.kind } };
  });
}
