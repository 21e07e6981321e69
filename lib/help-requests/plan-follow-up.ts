import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { brusselsDate, startOfBrusselsDay } from "@/lib/sla/brussels-time";
import { formatDutchDay, formatDutchTime } from "@/lib/sla/format-due";
import { planFollowUpSchema, type PlanFollowUpInput } from "@/lib/validation/staff-request-schemas";
import { assignableStaffName } from "./assignable-staff";
import { changeRequest, type RequestOptions } from "./change-request";
import { DomainError } from "./domain-error";
import { statusAfter } from "./lifecycle";
import { parseStaffInput, statusChange, type Tx } from "./staff-action";

export const FOLLOW_UP_IN_PAST = "Kies een datum vanaf vandaag.";

/** The earliest open follow-up of a request (shown in the queue), or null. */
export async function nextFollowUpAt(tx: Tx, requestId: string): Promise<Date | null> {
  const next = await tx.followUp.findFirst({
    where: { helpRequestId: requestId, doneAt: null },
    orderBy: { dueAt: "asc" },
    select: { dueAt: true },
  });
  return next?.dueAt ?? null;
}

/**
 * Plans a follow-up call or check-in: a FollowUp row for the given day (and
 * time), for the given staff member or by default the one planning it.
 * LINKED or REFERRED → FOLLOW_UP; planned earlier (after a first contact or
 * assessment) the status stays. The request's followUpAt shows the next one.
 */
export async function planFollowUp(
  actor: StaffActor,
  input: PlanFollowUpInput,
  { db, now = new Date() }: RequestOptions = {},
): Promise<{ id: string; reference: string; followUpId: string; status: HelpRequestStatus }> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(planFollowUpSchema, input);
  if (parsed.dueAt.getTime() < startOfBrusselsDay(brusselsDate(now)).getTime()) {
    throw new DomainError("invalid-input", FOLLOW_UP_IN_PAST, { dueAt: FOLLOW_UP_IN_PAST });
  }
  return changeRequest(
    actor,
    parsed.requestId,
    { action: "plan-follow-up", db, now },
    async ({ tx, request, addTimelineEvent }) => {
      const assigneeId = parsed.assigneeId ?? actor.id;
      const assigneeName = await assignableStaffName(tx, assigneeId);
      const followUp = await tx.followUp.create({
        data: {
          dueAt: parsed.dueAt,
          note: parsed.note,
          helpRequestId: request.id,
          assigneeId,
          createdAt: now,
        },
        select: { id: true },
      });
      const to = statusAfter("plan-follow-up", request.status);
      await tx.helpRequest.update({
        where: { id: request.id },
        data: { status: to, followUpAt: await nextFollowUpAt(tx, request.id) },
      });
      const when = `${formatDutchDay(parsed.dueAt)} om ${formatDutchTime(parsed.dueAt)}`;
      await addTimelineEvent({
        type: "FOLLOW_UP_PLANNED",
        ...statusChange(request.status, to),
        note: `Opvolging gepland op ${when} door ${assigneeName}.${parsed.note ? ` ${parsed.note}` : ""}`,
        data: { followUpId: followUp.id, dueAt: parsed.dueAt.toISOString(), assigneeId },
      });
      return {
        result: { followUpId: followUp.id, status: to },
        audit: { from: request.status, to, followUpId: followUp.id },
      };
    },
  );
}
