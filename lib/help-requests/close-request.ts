import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { getSettings } from "@/lib/settings/get-settings";
import { closeSchema, type CloseInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { DomainError } from "./domain-error";
import { endRequest } from "./end-request";
import { closeRefusal } from "./lifecycle";
import { parseStaffInput } from "./staff-action";

/**
 * Closes a request with an outcome and an optional note (required for
 * "anders"). The outcome must fit what happened (see closeRefusal): advice
 * needs a conversation, "gekoppeld" a volunteer link, "doorverwezen" a
 * referral, "niet bereikbaar" at least one logged attempt. Sets closedAt and
 * retainUntil (closedAt + the retention period from the settings).
 */
export async function closeRequest(
  actor: StaffActor,
  input: CloseInput,
  options: RequestOptions = {},
): Promise<{ id: string; reference: string; retainUntil: Date }> {
  assertCan(actor, "request:update");
  const { requestId, outcome, note } = parseStaffInput(closeSchema, input);
  const settings = await getSettings(options.db);
  return changeRequest(actor, requestId, { action: "close", ...options }, async ({ tx, request, now }) => {
    // One after the other: a transaction has one connection.
    const links = await tx.volunteerLink.count({
      where: { helpRequestId: request.id, status: { not: "DECLINED" } },
    });
    const referrals = await tx.referral.count({ where: { helpRequestId: request.id } });
    const contactAttempts = await tx.timelineEvent.count({
      where: { helpRequestId: request.id, type: "CONTACT_ATTEMPT" },
    });
    const refusal = closeRefusal(request.status, outcome, {
      hasLink: links > 0,
      hasReferral: referrals > 0,
      contactAttempts,
    });
    if (refusal) throw new DomainError("transition-refused", refusal, { outcome: refusal });
    const { retainUntil } = await endRequest(
      tx,
      actor,
      request,
      { status: "CLOSED", outcome, note },
      now,
      settings,
    );
    return { result: { retainUntil }, audit: { from: request.status, to: "CLOSED", outcome } };
  });
}
