import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import { closeSchema, type CloseInput } from "@/lib/validation/staff-request-schemas";
import { DomainError } from "./domain-error";
import { endRequest } from "./end-request";
import { closeRefusal } from "./lifecycle";
import { assertActionAllowed, auditRequestAction, lockHelpRequest, parseStaffInput } from "./staff-action";

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
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; reference: string; retainUntil: Date }> {
  assertCan(actor, "request:update");
  const { requestId, outcome, note } = parseStaffInput(closeSchema, input);
  const settings = await getSettings(db);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, requestId);
    assertActionAllowed("close", request);
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
    await auditRequestAction(tx, actor, "help-request.close", request, now, {
      from: request.status,
      to: "CLOSED",
      outcome,
    });
    return { id: request.id, reference: request.reference, retainUntil };
  });
}
