import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

export interface AuditEntry {
  /** Verb-noun of what happened, e.g. "help-request.create". */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Who, in words, when not a staff user ("inwoner via website"). */
  actorLabel?: string | null;
  actorStaffId?: string | null;
  /** Salted hash of the client address. */
  ipHash?: string | null;
  /** Structured details; never personal data beyond what the entity already holds. */
  data?: Prisma.InputJsonValue;
  occurredAt?: Date;
}

/**
 * Appends an event to the audit log (a database trigger makes the table
 * append-only). Pass the transaction client to make it part of the change it records.
 */
export async function recordAuditEvent(db: Db | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      actorLabel: entry.actorLabel ?? null,
      actorStaffId: entry.actorStaffId ?? null,
      ipHash: entry.ipHash ?? null,
      data: entry.data,
      ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
    },
  });
}

/** The actor label of anything a resident does through the public website. */
export const WEBSITE_ACTOR_LABEL = "inwoner via website";

/**
 * A staff member read someone's personal data: logged before the data is
 * handed to the page, like every change.
 */
export async function recordStaffView(
  db: Db,
  actor: { id: string; ipHash?: string | null },
  view: {
    action: string;
    entityType: string;
    entityId: string;
    occurredAt: Date;
    data?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await recordAuditEvent(db, { ...view, actorStaffId: actor.id, ipHash: actor.ipHash ?? null });
}
