import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { assessSchema, type AssessInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { statusAfter } from "./lifecycle";
import type { LonelinessScore } from "./loneliness-scale";
import { measureLoneliness } from "./record-loneliness-measurement";
import { parseStaffInput, statusChange } from "./staff-action";

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
  options: RequestOptions = {},
): Promise<AssessRequestResult> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(assessSchema, input);
  return changeRequest(
    actor,
    parsed.requestId,
    { action: "assess", ...options },
    async ({ tx, request, now, addTimelineEvent }) => {
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
      const scores = await measureLoneliness(tx, actor, request.id, parsed.lonelinessAnswers, now);
      await addTimelineEvent({
        type: "ASSESSED",
        ...statusChange(request.status, to),
        note: parsed.note,
        data: {
          needs: parsed.needs,
          lonelinessTypes: parsed.lonelinessTypes,
          urgency: parsed.urgency,
          ageGroup: parsed.ageGroup,
          lonelinessScore: scores ? { ...scores } : null,
        },
      });
      return {
        result: { status: to, measurement: scores },
        audit: { from: request.status, to, measured: scores !== null },
      };
    },
  );
}
