import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { addNoteSchema, type AddNoteInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { parseStaffInput } from "./staff-action";

/** Adds a note to a request's timeline (also after it was closed); the status stays. */
export async function addRequestNote(
  actor: StaffActor,
  input: AddNoteInput,
  options: RequestOptions = {},
): Promise<{ id: string; reference: string }> {
  assertCan(actor, "request:update");
  const { requestId, note } = parseStaffInput(addNoteSchema, input);
  return changeRequest(actor, requestId, { action: "add-note", ...options }, async ({ addTimelineEvent }) => {
    await addTimelineEvent({ type: "NOTE", note });
    return { result: {} };
  });
}
