import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { assignSchema, type AssignInput } from "@/lib/validation/staff-request-schemas";
import { ASSIGNABLE_ROLES } from "./assignable-staff";
import { DomainError } from "./domain-error";
import {
  addTimelineEvent,
  assertActionAllowed,
  auditRequestAction,
  lockHelpRequest,
  parseStaffInput,
} from "./staff-action";

export const INVALID_ASSIGNEE =
  "Deze medewerker kan geen aanvragen opvolgen. Kies iemand anders uit de lijst.";

/**
 * Assigns an open request to a staff member who can follow it up (an active
 * account whose role holds request:update), or takes the assignment away
 * (assigneeId ""). Assigning to the current assignee changes nothing.
 */
export async function assignRequest(
  actor: StaffActor,
  input: AssignInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; reference: string; assigneeId: string | null }> {
  assertCan(actor, "request:update");
  const { requestId, assigneeId } = parseStaffInput(assignSchema, input);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, requestId);
    assertActionAllowed("assign", request);
    let assigneeName: string | null = null;
    if (assigneeId) {
      const staff = await tx.staffUser.findUnique({
        where: { id: assigneeId },
        select: { name: true, role: true, isActive: true },
      });
      if (!staff || !staff.isActive || !ASSIGNABLE_ROLES.includes(staff.role)) {
        throw new DomainError("invalid-assignee", INVALID_ASSIGNEE, { assigneeId: INVALID_ASSIGNEE });
      }
      assigneeName = staff.name;
    }
    if (request.assigneeId === assigneeId) {
      return { id: request.id, reference: request.reference, assigneeId };
    }
    await tx.helpRequest.update({ where: { id: request.id }, data: { assigneeId } });
    await addTimelineEvent(tx, actor, request.id, now, {
      type: "ASSIGNED",
      note: assigneeName ? `Toegewezen aan ${assigneeName}.` : "Niet meer toegewezen.",
      data: { assigneeId, previousAssigneeId: request.assigneeId },
    });
    await auditRequestAction(tx, actor, "help-request.assign", request, now, {
      assigneeId,
      previousAssigneeId: request.assigneeId,
    });
    return { id: request.id, reference: request.reference, assigneeId };
  });
}
