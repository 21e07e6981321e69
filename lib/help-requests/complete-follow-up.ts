import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { completeFollowUpSchema, type CompleteFollowUpInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { DomainError } from "./domain-error";
import { compareLonelinessScores, type LonelinessScore } from "./loneliness-scale";
import { nextFollowUpAt } from "./plan-follow-up";
import { measureLoneliness } from "./record-loneliness-measurement";
import { parseStaffInput, type Tx } from "./staff-action";

export const FOLLOW_UP_NOT_FOUND = "Deze opvolging bestaat niet (meer).";
export const FOLLOW_UP_ALREADY_DONE = "Deze opvolging is al afgerond.";

export interface CompleteFollowUpResult {
  id: string;
  reference: string;
  followUpId: string;
  measurement: LonelinessScore | null;
  /** Compared with the first measurement of this request (negative = less lonely); null without both. */
  changeSinceFirst: LonelinessScore | null;
}

/**
 * Marks a follow-up done, with a note and optionally the six De Jong
 * Gierveld questions asked again (compared with the first measurement, so
 * the city sees whether people feel less lonely). The status stays: close
 * the request separately when nothing more is needed.
 */
export async function completeFollowUp(
  actor: StaffActor,
  input: CompleteFollowUpInput,
  options: RequestOptions = {},
): Promise<CompleteFollowUpResult> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(completeFollowUpSchema, input);
  const followUpId = parsed.followUpId;
  const requestOfFollowUp = async (tx: Tx) => {
    const followUp = await tx.followUp.findUnique({
      where: { id: followUpId },
      select: { helpRequestId: true },
    });
    if (!followUp) throw new DomainError("not-found", FOLLOW_UP_NOT_FOUND);
    return followUp.helpRequestId;
  };
  return changeRequest(
    actor,
    requestOfFollowUp,
    { action: "complete-follow-up", ...options },
    async ({ tx, request, now, addTimelineEvent }) => {
      // Read again under the request's lock: a concurrent completion has committed by now.
      const current = await tx.followUp.findUniqueOrThrow({
        where: { id: followUpId },
        select: { doneAt: true },
      });
      if (current.doneAt) throw new DomainError("already-done", FOLLOW_UP_ALREADY_DONE);

      const first = await tx.lonelinessMeasurement.findFirst({
        where: { helpRequestId: request.id },
        orderBy: [{ takenAt: "asc" }, { createdAt: "asc" }],
        select: { emotionalScore: true, socialScore: true },
      });
      await tx.followUp.update({ where: { id: followUpId }, data: { doneAt: now } });
      const measurement = await measureLoneliness(tx, actor, request.id, parsed.lonelinessAnswers, now);
      const changeSinceFirst =
        measurement && first
          ? compareLonelinessScores(
              {
                emotional: first.emotionalScore,
                social: first.socialScore,
                total: first.emotionalScore + first.socialScore,
              },
              measurement,
            )
          : null;
      await tx.helpRequest.update({
        where: { id: request.id },
        data: { followUpAt: await nextFollowUpAt(tx, request.id) },
      });
      await addTimelineEvent({
        type: "FOLLOW_UP_DONE",
        note: parsed.note,
        data: {
          followUpId,
          lonelinessScore: measurement ? { ...measurement } : null,
          changeSinceFirst: changeSinceFirst ? { ...changeSinceFirst } : null,
        },
      });
      return {
        result: { followUpId, measurement, changeSinceFirst },
        audit: { followUpId, measured: measurement !== null },
      };
    },
  );
}
