import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { labelledNote } from "@/lib/help-requests/timeline-note";
import { endLinkSchema, type EndLinkInput } from "@/lib/validation/link-follow-up-schemas";
import { assertLinkTransition, changeLink, releaseRequestIfUnlinked, type LinkOptions } from "./change-link";

/**
 * Ends a link, with a reason: from PROPOSED, ACCEPTED or ACTIVE. Also
 * possible on a request that was closed meanwhile (tidying up). A link that
 * ends before it started is like a declined one: when nothing else is left,
 * the request waits to be linked again.
 */
export async function endLink(
  actor: StaffActor,
  input: EndLinkInput,
  options: LinkOptions = {},
): Promise<{ id: string; reference: string }> {
  const { linkId, reason } = parseStaffInput(endLinkSchema, input);
  return changeLink(
    actor,
    linkId,
    { action: "end", staffOnly: true, allowOnEndedRequest: true, ...options },
    async ({ tx, link, request, now, addTimelineEvent }) => {
      assertLinkTransition(link.status, "ENDED");
      await tx.volunteerLink.update({
        where: { id: link.id },
        data: { status: "ENDED", endedAt: now, endReason: reason, endedById: actor.id },
      });
      const status =
        link.status === "ACTIVE" ? {} : await releaseRequestIfUnlinked(tx, request, link.id, now);
      await addTimelineEvent({
        type: "LINK_ENDED",
        note: labelledNote("De koppeling is beëindigd", reason),
        ...status,
      });
      return { result: {}, audit: { from: link.status } };
    },
  );
}
