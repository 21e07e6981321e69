import "server-only";
// The frame of every staff action on a volunteer: one transaction that locks
// the volunteer's row (two coordinators acting at once are serialised),
// refuses a status change the lifecycle doesn't allow, runs the change, and
// writes the volunteer's history (VolunteerEvent) and the audit event
// "volunteer.<action>" with it.
import type { StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VolunteerEventType, VolunteerStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/help-requests/domain-error";
import { canVolunteerTransition, VOLUNTEER_STATUS_LABELS } from "./lifecycle";

export type Tx = Prisma.TransactionClient;

/** What every volunteer use case may be given by tests: another database, another clock. */
export interface VolunteerOptions {
  db?: Db;
  now?: Date;
}

export const VOLUNTEER_NOT_FOUND = "Deze vrijwilliger bestaat niet (meer).";

export const LOCKED_VOLUNTEER_SELECT = {
  id: true,
  status: true,
  firstName: true,
  intakeAt: true,
  anonymisedAt: true,
  pauseRequestedAt: true,
} as const satisfies Prisma.VolunteerSelect;

export type LockedVolunteer = Prisma.VolunteerGetPayload<{ select: typeof LOCKED_VOLUNTEER_SELECT }>;

export interface VolunteerChangeContext {
  tx: Tx;
  volunteer: LockedVolunteer;
  now: Date;
}

export interface VolunteerChange {
  /** The history line; its status change is taken from `to`. */
  event: { type: VolunteerEventType; note?: string | null };
  /** Details of the audit event: statuses and choices, never personal data. */
  audit?: Record<string, Prisma.InputJsonValue | null>;
}

/**
 * Runs one change on a volunteer. `to` is the status the change leads to
 * (null: the status stays); it is checked against the lifecycle before the
 * change runs.
 */
export async function changeVolunteer(
  actor: StaffActor,
  volunteerId: string,
  {
    action,
    to = null,
    db = prisma,
    now = new Date(),
  }: VolunteerOptions & { action: string; to?: VolunteerStatus | null },
  change: (context: VolunteerChangeContext) => Promise<VolunteerChange>,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const volunteer = await lockVolunteer(tx, volunteerId);
    if (volunteer.anonymisedAt) {
      throw new DomainError("transition-refused", "De gegevens van deze vrijwilliger zijn al gewist.");
    }
    if (to && !canVolunteerTransition(volunteer.status, to)) {
      throw new DomainError(
        "transition-refused",
        `Dat kan niet bij een vrijwilliger met status “${VOLUNTEER_STATUS_LABELS[volunteer.status]}”. Laad de pagina opnieuw.`,
      );
    }
    const { event, audit } = await change({ tx, volunteer, now });
    await tx.volunteerEvent.create({
      data: {
        type: event.type,
        occurredAt: now,
        note: event.note ?? null,
        fromStatus: to ? volunteer.status : null,
        toStatus: to,
        volunteerId: volunteer.id,
        actorStaffId: actor.id,
      },
    });
    await recordAuditEvent(tx, {
      action: `volunteer.${action}`,
      entityType: "Volunteer",
      entityId: volunteer.id,
      actorStaffId: actor.id,
      ipHash: actor.ipHash ?? null,
      occurredAt: now,
      data: { ...(to ? { from: volunteer.status, to } : {}), ...audit } as Prisma.InputJsonValue,
    });
    return { id: volunteer.id };
  });
}

/** Reads the volunteer and locks the row until the transaction ends; unknown ids are refused. */
export async function lockVolunteer(tx: Tx, volunteerId: string): Promise<LockedVolunteer> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Volunteer" WHERE "id" = ${volunteerId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("not-found", VOLUNTEER_NOT_FOUND);
  return tx.volunteer.findUniqueOrThrow({ where: { id: volunteerId }, select: LOCKED_VOLUNTEER_SELECT });
}
