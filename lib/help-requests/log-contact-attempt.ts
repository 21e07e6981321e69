import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { CONTACT_ATTEMPT_RESULT_OPTIONS, labelFor } from "@/lib/validation/options";
import { contactAttemptSchema, type ContactAttemptInput } from "@/lib/validation/staff-request-schemas";
import {
  addTimelineEvent,
  assertActionAllowed,
  auditRequestAction,
  lockHelpRequest,
  parseStaffInput,
} from "./staff-action";

/**
 * Logs an attempt to reach someone that did not (yet) lead to a conversation:
 * "niet bereikbaar", "voicemail ingesproken"… The status and the clock stay
 * as they are; the timeline shows the attempts, and closing as "niet
 * bereikbaar" while still NEW needs at least one.
 */
export async function logContactAttempt(
  actor: StaffActor,
  input: ContactAttemptInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; reference: string }> {
  assertCan(actor, "request:update");
  const { requestId, result, note } = parseStaffInput(contactAttemptSchema, input);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, requestId);
    assertActionAllowed("log-contact-attempt", request);
    const label = labelFor(CONTACT_ATTEMPT_RESULT_OPTIONS, result) ?? result;
    await addTimelineEvent(tx, actor, request.id, now, {
      type: "CONTACT_ATTEMPT",
      note: note ? `${label}: ${note}` : label,
      data: { result },
    });
    await auditRequestAction(tx, actor, "help-request.log-contact-attempt", request, now, { result });
    return { id: request.id, reference: request.reference };
  });
}
