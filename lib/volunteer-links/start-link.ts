import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { linkRefSchema, type LinkRefInput } from "@/lib/validation/link-follow-up-schemas";
import { activateLink, assertLinkTransition, changeLink, type LinkOptions } from "./change-link";
import { FIRST_CHECK_IN_AFTER_DAYS } from "./lifecycle";

/**
 * ACCEPTED → ACTIVE, after the introduction: the start date, the first
 * check-in a week later, and the volunteer's "last linked" moment (the
 * fairness order of the suggestions reads it).
 */
export async function startLink(
  actor: StaffActor,
  input: LinkRefInput,
  options: LinkOptions = {},
): Promise<{ id: string; reference: string; nextCheckInAt: Date }> {
  const { linkId } = parseStaffInput(linkRefSchema, input);
  return changeLink(actor, linkId, { action: "start", staffOnly: true, ...options }, async (ctx) => {
    assertLinkTransition(ctx.link.status, "ACTIVE");
    const { nextCheckInAt } = await activateLink(ctx.tx, ctx.link, ctx.now, FIRST_CHECK_IN_AFTER_DAYS);
    await ctx.addTimelineEvent({ type: "LINK_STARTED", note: "De koppeling is gestart." });
    return { result: { nextCheckInAt }, audit: {} };
  });
}
