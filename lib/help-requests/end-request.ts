import type { StaffActor } from "@/lib/auth/actor";
import type { CloseOutcome, SubjectConsent } from "@/lib/generated/prisma/enums";
import type { Settings } from "@/lib/settings/defaults";
import { CLOSE_OUTCOME_OPTIONS, labelFor } from "@/lib/validation/options";
import { LOAD_STATUSES } from "@/lib/volunteer-links/lifecycle";
import { computeRetainUntil } from "./retention";
import { addTimelineEvent, statusChange, type LockedRequest, type Tx } from "./staff-action";
import { labelledNote } from "./timeline-note";

/**
 * Ends a request inside the caller's transaction: CLOSED with an outcome, or
 * WITHDRAWN. closedAt is the moment it left the open statuses (the status
 * says how); retainUntil is when its personal data is anonymised, counted
 * from then (shorter for someone who declined help asked for by another).
 * Its open volunteer links end with it: they would otherwise keep taking the
 * volunteer's places and asking for check-ins on a request nobody works on.
 */
export async function endRequest(
  tx: Tx,
  actor: StaffActor,
  request: LockedRequest,
  end:
    | { status: "CLOSED"; outcome: CloseOutcome; note: string | null }
    | { status: "WITHDRAWN"; note: string | null },
  now: Date,
  settings: Pick<Settings, "retentionMonths" | "declinedRetentionMonths">,
  subjectConsent: SubjectConsent = request.subjectConsent,
): Promise<{ retainUntil: Date }> {
  const retainUntil = computeRetainUntil(now, { requestFor: request.requestFor, subjectConsent }, settings);
  const outcome = end.status === "CLOSED" ? end.outcome : null;
  await tx.helpRequest.update({
    where: { id: request.id },
    data: {
      status: end.status,
      closeOutcome: outcome,
      closeNote: end.note,
      closedAt: now,
      retainUntil,
    },
  });
  await endOpenLinks(tx, actor, request.id, end.status, now);
  const label = outcome ? (labelFor(CLOSE_OUTCOME_OPTIONS, outcome) ?? outcome) : null;
  await addTimelineEvent(tx, actor, request.id, now, {
    type: end.status,
    ...statusChange(request.status, end.status),
    note: label ? labelledNote(label, end.note) : end.note,
    data: outcome ? { outcome } : undefined,
  });
  return { retainUntil };
}

export const LINK_ENDED_WITH_REQUEST = {
  CLOSED: "De aanvraag werd afgesloten.",
  WITHDRAWN: "De aanvraag werd ingetrokken.",
} as const;

async function endOpenLinks(
  tx: Tx,
  actor: StaffActor,
  requestId: string,
  status: keyof typeof LINK_ENDED_WITH_REQUEST,
  now: Date,
): Promise<void> {
  const open = await tx.volunteerLink.findMany({
    where: { helpRequestId: requestId, status: { in: [...LOAD_STATUSES] } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  const endReason = LINK_ENDED_WITH_REQUEST[status];
  for (const link of open) {
    await tx.volunteerLink.update({
      where: { id: link.id },
      data: { status: "ENDED", endedAt: now, endReason, endedById: actor.id },
    });
    await addTimelineEvent(tx, actor, requestId, now, {
      type: "LINK_ENDED",
      note: labelledNote("De koppeling is beëindigd", endReason),
      data: { linkId: link.id },
    });
  }
}
