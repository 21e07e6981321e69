import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/help-requests/domain-error";
import { addMonths } from "@/lib/help-requests/retention";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { labelledNote } from "@/lib/help-requests/timeline-note";
import { recordCheckInSchema, type RecordCheckInInput } from "@/lib/validation/link-follow-up-schemas";
import { changeLink, type LinkOptions } from "./change-link";
import { CHECK_IN_EVERY_MONTHS } from "./lifecycle";

export const CHECK_IN_NEEDS_ACTIVE_LINK = "Een opvolggesprek kan alleen bij een koppeling die loopt.";

/**
 * The coordinator's check-in with volunteer and person: a short note on how
 * it goes; the next one is due a month later and will be reminded again.
 */
export async function recordCheckIn(
  actor: StaffActor,
  input: RecordCheckInInput,
  options: LinkOptions = {},
): Promise<{ id: string; reference: string; nextCheckInAt: Date }> {
  const { linkId, note } = parseStaffInput(recordCheckInSchema, input);
  return changeLink(actor, linkId, { action: "check-in", staffOnly: true, ...options }, async (ctx) => {
    if (ctx.link.status !== "ACTIVE") throw new DomainError("transition-refused", CHECK_IN_NEEDS_ACTIVE_LINK);
    const nextCheckInAt = addMonths(ctx.now, CHECK_IN_EVERY_MONTHS);
    await ctx.tx.volunteerLink.update({
      where: { id: ctx.link.id },
      data: { nextCheckInAt, checkInRemindedAt: null },
    });
    await ctx.addTimelineEvent({ type: "LINK_CHECK_IN", note: labelledNote("Opvolggesprek", note) });
    return { result: { nextCheckInAt }, audit: {} };
  });
}
