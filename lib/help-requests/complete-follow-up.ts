import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { completeFollowUpSchema, type CompleteFollowUpInput } from "@/lib/validation/staff-request-schemas";
import { DomainError } from "./domain-error";
import { compareLonelinessScores, type LonelinessScore } from "./loneliness-scale";
import { nextFollowUpAt } from "./plan-follow-up";
import { recordLonelinessMeasurement } from "./record-loneliness-measurement";
import {
  addTimelineEvent,
  assertActionAllowed,
  auditRequestAction,
  lockHelpRequest,
  parseStaffInput,
} from "./staff-action";

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
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<CompleteFollowUpResult> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(completeFollowUpSchema, input);
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findUnique({
      where: { id: parsed.followUpId },
      select: { id: true, helpRequestId: true },
    });
    if (!followUp) throw new DomainError("not-found", FOLLOW_UP_NOT_FOUND);
    const request = await lockHelpRequest(tx, followUp.helpRequestId);
    assertActionAllowed("complete-follow-up", request);
    // Read again under the request's lock: a concurrent completion has committed by now.
    const current = await tx.followUp.findUniqueOrThrow({
      where: { id: followUp.id },
      select: { doneAt: true },
    });
    if (current.doneAt) throw new DomainError("already-done", FOLLOW_UP_ALREADY_DONE);

    const first = await tx.lonelinessMeasurement.findFirst({
      where: { helpRequestId: request.id },
      orderBy: [{ takenAt: "asc" }, { createdAt: "asc" }],
      select: { emotionalScore: true, socialScore: true },
    });
    await tx.followUp.update({ where: { id: followUp.id }, data: { doneAt: now } });
    const measured = parsed.lonelinessAnswers
      ? await recordLonelinessMeasurement(tx, actor, request.id, parsed.lonelinessAnswers, now)
      : null;
    const measurement = measured
      ? { emotional: measured.emotional, social: measured.social, total: measured.total }
      : null;
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
    await addTimelineEvent(tx, actor, request.id, now, {
      type: "FOLLOW_UP_DONE",
      note: parsed.note,
      data: {
        followUpId: followUp.id,
        lonelinessScore: measurement ? { ...measurement } : null,
        changeSinceFirst: changeSinceFirst ? { ...changeSinceFirst } : null,
      },
    });
    await auditRequestAction(tx, actor, "help-request.complete-follow-up", request, now, {
      followUpId: followUp.id,
      measured: measurement !== null,
    });
    return {
      id: request.id,
      reference: request.reference,
      followUpId: followUp.id,
      measurement,
      changeSinceFirst,
    };
  });
}
