import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { assessSchema, type AssessInput } from "@/lib/validation/staff-request-schemas";
import { statusAfter } from "./lifecycle";
import type { LonelinessScore } from "./loneliness-scale";
import { recordLonelinessMeasurement } from "./record-loneliness-measurement";
import {
  addTimelineEvent,
  assertActionAllowed,
  auditRequestAction,
  lockHelpRequest,
  parseStaffInput,
  statusChange,
} from "./staff-action";

export interface AssessRequestResult {
  id: string;
  reference: string;
  status: HelpRequestStatus;
  /** The De Jong Gierveld scores, when the six questions were asked. */
  measurement: LonelinessScore | null;
}

/**
 * Records the assessment: what would help, social isolation versus social or
 * emotional loneliness, urgency, age group, and optionally the six De Jong
 * Gierveld questions (stored as a measurement, to compare with the ones at
 * follow-ups). CONTACTED → ASSESSED; assessing again later updates the
 * assessment and leaves the status as it is.
 */
export async function assessRequest(
  actor: StaffActor,
  input: AssessInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<AssessRequestResult> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(assessSchema, input);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, parsed.requestId);
    assertActionAllowed("assess", request);
    const to = statusAfter("assess", request.status);
    const previous = await tx.helpRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { assessedAt: true },
    });
    await tx.helpRequest.update({
      where: { id: request.id },
      data: {
        status: to,
        needs: parsed.needs,
        lonelinessTypes: parsed.lonelinessTypes,
        urgency: parsed.urgency,
        // Left open: keep what the person said on the form.
        ...(parsed.ageGroup ? { ageGroup: parsed.ageGroup } : {}),
        assessedAt: previous.assessedAt ?? now,
      },
    });
    const measurement = parsed.lonelinessAnswers
      ? await recordLonelinessMeasurement(tx, actor, request.id, parsed.lonelinessAnswers, now)
      : null;
    const scores = measurement
      ? { emotional: measurement.emotional, social: measurement.social, total: measurement.total }
      : null;
    await addTimelineEvent(tx, actor, request.id, now, {
      type: "ASSESSED",
      ...statusChange(request.status, to),
      note: parsed.note,
      data: {
        needs: parsed.needs,
        lonelinessTypes: parsed.lonelinessTypes,
        urgency: parsed.urgency,
        ageGroup: parsed.ageGroup,
        lonelinessScore: scores,
      },
    });
    await auditRequestAction(tx, actor, "help-request.assess", request, now, {
      from: request.status,
      to,
      measured: scores !== null,
    });
    return { id: request.id, reference: request.reference, status: to, measurement: scores };
  });
}
