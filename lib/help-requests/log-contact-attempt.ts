import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { CONTACT_ATTEMPT_RESULT_OPTIONS, labelFor } from "@/lib/validation/options";
import { contactAttemptSchema, type ContactAttemptInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { parseStaffInput } from "./staff-action";
import { labelledNote } from "./timeline-note";

/**
 * Logs an attempt to reach someone that did not (yet) lead to a conversation:
 * "niet bereikbaar", "voicemail ingesproken"… The status and the clock stay
 * as they are; the timeline shows the attempts, and closing as "niet
 * bereikbaar" while still NEW needs at least one.
 */
export async function logContactAttempt(
  actor: StaffActor,
  input: ContactAttemptInput,
  options: RequestOptions = {},
): Promise<{ id: string; reference: string }> {
  assertCan(actor, "request:update");
  const { requestId, result, note } = parseStaffInput(contactAttemptSchema, input);
  return changeRequest(
    actor,
    requestId,
    { action: "log-contact-attempt", ...options },
    async ({ addTimelineEvent }) => {
      const label = labelFor(CONTACT_ATTEMPT_RESULT_OPTIONS, result) ?? result;
      await addTimelineEvent({
        type: "CONTACT_ATTEMPT",
        note: labelledNote(label, note),
        data: { result },
      });
      return { result: {}, audit: { result } };
    },
  );
}
