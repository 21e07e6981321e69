import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { addNoteSchema, type AddNoteInput } from "@/lib/validation/staff-request-schemas";
import {
  addTimelineEvent,
  assertActionAllowed,
  auditRequestAction,
  lockHelpRequest,
  parseStaffInput,
} from "./staff-action";

/** Adds a note to a request's timeline (also after it was closed); the status stays. */
export async function addRequestNote(
  actor: StaffActor,
  input: AddNoteInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; reference: string }> {
  assertCan(actor, "request:update");
  const { requestId, note } = parseStaffInput(addNoteSchema, input);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, requestId);
    assertActionAllowed("add-note", request);
    await addTimelineEvent(tx, actor, request.id, now, { type: "NOTE", note });
    await auditRequestAction(tx, actor, "help-request.add-note", request, now);
    return { id: request.id, reference: request.reference };
  });
}
