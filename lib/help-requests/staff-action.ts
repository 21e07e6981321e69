// The shared steps of every staff action on a request: parse the input (Dutch
// messages), lock the request row for the length of the transaction (two
// staff members acting at once are serialised, so a status is never changed
// from a stale value), write the timeline event and the audit event in the
// same transaction as the change.
import type { z } from "zod";
import type { StaffActor, VolunteerActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  Channel,
  HelpRequestStatus,
  RequestFor,
  SubjectConsent,
  TimelineEventType,
} from "@/lib/generated/prisma/enums";
import { fieldErrors } from "@/lib/validation/fields";
import { DomainError, REQUEST_NOT_FOUND } from "./domain-error";
import { actionRefusal, MESSAGES, type RequestAction } from "./lifecycle";

export type Tx = Prisma.TransactionClient;

/** Parses a staff input with its schema; a failure becomes a DomainError carrying the field messages. */
export function parseStaffInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = fieldErrors(parsed.error);
  const first = Object.values(errors)[0] ?? "Kijk de gegevens na.";
  throw new DomainError("invalid-input", first, errors);
}

/** The fields of a request every action needs to decide. */
export const LOCKED_REQUEST_SELECT = {
  id: true,
  reference: true,
  status: true,
  channel: true,
  requestFor: true,
  subjectConsent: true,
  receivedAt: true,
  dueAt: true,
  firstContactAt: true,
  closedAt: true,
  assigneeId: true,
  reporterId: true,
  anonymisedAt: true,
} as const satisfies Prisma.HelpRequestSelect;

export interface LockedRequest {
  id: string;
  reference: string;
  status: HelpRequestStatus;
  channel: Channel;
  requestFor: RequestFor;
  subjectConsent: SubjectConsent;
  receivedAt: Date;
  dueAt: Date;
  firstContactAt: Date | null;
  closedAt: Date | null;
  assigneeId: string | null;
  reporterId: string | null;
  anonymisedAt: Date | null;
}

/** Reads the request and locks its row until the transaction ends; unknown ids are refused. */
export async function lockHelpRequest(tx: Tx, requestId: string): Promise<LockedRequest> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "HelpRequest" WHERE "id" = ${requestId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("not-found", REQUEST_NOT_FOUND);
  return tx.helpRequest.findUniqueOrThrow({ where: { id: requestId }, select: LOCKED_REQUEST_SELECT });
}

/** Refuses the action (DomainError with the lifecycle's Dutch sentence) when it doesn't fit the request now. */
export function assertActionAllowed(action: RequestAction, request: LockedRequest): void {
  if (request.anonymisedAt && action !== "add-note") {
    throw new DomainError(
      "transition-refused",
      "De gegevens van deze aanvraag zijn al gewist. Er kan niets meer aan veranderen.",
    );
  }
  const refusal = actionRefusal(action, request);
  if (refusal) {
    throw new DomainError(
      refusal === MESSAGES.consentRequired ? "consent-required" : "transition-refused",
      refusal,
    );
  }
}

export interface TimelineEntry {
  type: TimelineEventType;
  note?: string | null;
  fromStatus?: HelpRequestStatus | null;
  toStatus?: HelpRequestStatus | null;
  data?: Prisma.InputJsonValue;
}

/** A timeline event by a staff member, a volunteer (on their own link) or the system (null). */
export async function addTimelineEvent(
  tx: Tx,
  actor: StaffActor | VolunteerActor | null,
  requestId: string,
  now: Date,
  entry: TimelineEntry,
): Promise<void> {
  await tx.timelineEvent.create({
    data: {
      type: entry.type,
      occurredAt: now,
      note: entry.note ?? null,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      data: entry.data,
      helpRequestId: requestId,
      actorStaffId: actor?.kind === "staff" ? actor.id : null,
      actorVolunteerId: actor?.kind === "volunteer" ? actor.volunteerId : null,
    },
  });
}

/**
 * The audit event of a staff action on a request: who (staff id), what (the
 * action), when, from where (the hashed client address). `data` never holds
 * personal data: references, statuses and choices only.
 */
export async function auditRequestAction(
  tx: Tx,
  actor: StaffActor,
  action: string,
  request: { id: string; reference: string },
  now: Date,
  data: Record<string, Prisma.InputJsonValue | null> = {},
): Promise<void> {
  await recordAuditEvent(tx, {
    action,
    entityType: "HelpRequest",
    entityId: request.id,
    actorStaffId: actor.id,
    ipHash: actor.ipHash ?? null,
    occurredAt: now,
    data: { reference: request.reference, ...data } as Prisma.InputJsonValue,
  });
}

/** A status change with its own message, for the parts of the code that change the status. */
export function statusChange(from: HelpRequestStatus, to: HelpRequestStatus) {
  return from === to ? {} : { fromStatus: from, toStatus: to };
}
