import type { StaffActor } from "@/lib/auth/actor";
import { scoreLonelinessScale, type LonelinessAnswer, type LonelinessScore } from "./loneliness-scale";
import type { Tx } from "./staff-action";

/** Stores one De Jong Gierveld measurement (answers and subscale scores) in the caller's transaction. */
export async function recordLonelinessMeasurement(
  tx: Tx,
  actor: StaffActor,
  requestId: string,
  answers: LonelinessAnswer[],
  now: Date,
): Promise<LonelinessScore & { id: string }> {
  const score = scoreLonelinessScale(answers);
  const row = await tx.lonelinessMeasurement.create({
    data: {
      takenAt: now,
      emotionalScore: score.emotional,
      socialScore: score.social,
      answers,
      helpRequestId: requestId,
      recordedById: actor.id,
    },
    select: { id: true },
  });
  return { id: row.id, ...score };
}

/** The scores of the six questions when they were asked (stored as a measurement), else null. */
export async function measureLoneliness(
  tx: Tx,
  actor: StaffActor,
  requestId: string,
  answers: LonelinessAnswer[] | null,
  now: Date,
): Promise<LonelinessScore | null> {
  if (!answers) return null;
  const { emotional, social, total } = await recordLonelinessMeasurement(tx, actor, requestId, answers, now);
  return { emotional, social, total };
}
