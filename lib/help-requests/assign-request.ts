import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { assignSchema, type AssignInput } from "@/lib/validation/staff-request-schemas";
import { assignableStaffName } from "./assignable-staff";
import { changeRequest, type RequestOptions } from "./change-request";
import { parseStaffInput } from "./staff-action";

// Re-exported: callers know the refusal from this use case.
export { INVALID_ASSIGNEE } from "./assignable-staff";

/**
 * Assigns an open request to a staff member who can follow it up (an active
 * account whose role holds request:update), or takes the assignment away
 * (assigneeId ""). Assigning to the current assignee changes nothing.
 */
export async function assignRequest(
  actor: StaffActor,
  input: AssignInput,
  options: RequestOptions = {},
): Promise<{ id: string; reference: string; assigneeId: string | null }> {
  assertCan(actor, "request:update");
  const { requestId, assigneeId } = parseStaffInput(assignSchema, input);
  return changeRequest(
    actor,
    requestId,
    { action: "assign", ...options },
    async ({ tx, request, addTimelineEvent }) => {
      const assigneeName = assigneeId ? await assignableStaffName(tx, assigneeId) : null;
      if (request.assigneeId === assigneeId) return { result: { assigneeId }, unchanged: true };
      await tx.helpRequest.update({ where: { id: request.id }, data: { assigneeId } });
      const previousAssigneeId = request.assigneeId;
      await addTimelineEvent({
        type: "ASSIGNED",
        note: assigneeName ? `Toegewezen aan ${assigneeName}.` : "Niet meer toegewezen.",
        data: { assigneeId, previousAssigneeId },
      });
      return { result: { assigneeId }, audit: { assigneeId, previousAssigneeId } };
    },
  );
}
