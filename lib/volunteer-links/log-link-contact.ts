import "server-only";
import { DomainError } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { labelledNote } from "@/lib/help-requests/timeline-note";
import { labelFor } from "@/lib/validation/options";
import {
  LINK_CONTACT_KIND_OPTIONS,
  logLinkContactSchema,
  type LogLinkContactInput,
} from "@/lib/validation/link-follow-up-schemas";
import { activateLink, changeLink, type LinkActor, type LinkOptions } from "./change-link";
import { FIRST_CHECK_IN_AFTER_DAYS } from "./lifecycle";

export const CONTACT_NEEDS_ACCEPTED_LINK =
  "Een contact kan je pas noteren als de koppeling aanvaard is, en zolang ze loopt.";

/**
 * A contact on a link ("gebeld", "bezocht", "samen boodschappen"), logged
 * by the volunteer for their own link or by staff. An ACCEPTED link starts
 * with its first contact. The contact resets the 14-day alert.
 */
export async function logLinkContact(
  actor: LinkActor,
  input: LogLinkContactInput,
  options: LinkOptions = {},
): Promise<{ id: string; reference: string; started: boolean }> {
  const { linkId, kind, note } = parseStaffInput(logLinkContactSchema, input);
  return changeLink(actor, linkId, { action: "log-contact", ...options }, async (ctx) => {
    const { tx, link, now } = ctx;
    if (link.status !== "ACTIVE" && link.status !== "ACCEPTED") {
      throw new DomainError("transition-refused", CONTACT_NEEDS_ACCEPTED_LINK);
    }
    const started = link.status === "ACCEPTED";
    if (started) {
      await activateLink(tx, link, now, FIRST_CHECK_IN_AFTER_DAYS);
      await ctx.addTimelineEvent({
        type: "LINK_STARTED",
        note: "De koppeling is gestart met het eerste contact.",
      });
    }
    await tx.linkContact.create({ data: { linkId: link.id, kind, note, occurredAt: now } });
    await tx.volunteerLink.update({
      where: { id: link.id },
      data: { lastContactAt: now, noContactAlertedAt: null },
    });
    const label = labelFor(LINK_CONTACT_KIND_OPTIONS, kind) ?? kind;
    await ctx.addTimelineEvent({ type: "LINK_CONTACT", note: labelledNote(label, note), data: { kind } });
    return { result: { started }, audit: { kind, by: actor.kind, started } };
  });
}
