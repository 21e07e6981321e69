import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { DomainError } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import {
  acknowledgeConcernSchema,
  type AcknowledgeConcernInput,
} from "@/lib/validation/link-follow-up-schemas";

export const CONCERN_NOT_FOUND = "Deze zorg bestaat niet (meer).";

/**
 * "Gezien": the coordinator saw a volunteer's concern, so it leaves the
 * "Vandaag" list. Seeing it twice changes nothing (two coordinators may
 * click at once); the first one is kept.
 */
export async function acknowledgeConcern(
  actor: StaffActor,
  input: AcknowledgeConcernInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; alreadySeen: boolean }> {
  assertCan(actor, "link:manage");
  const { concernId } = parseStaffInput(acknowledgeConcernSchema, input);
  return db.$transaction(async (tx) => {
    const claimed = await tx.concern.updateMany({
      where: { id: concernId, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: actor.id },
    });
    if (claimed.count === 0) {
      const exists = await tx.concern.count({ where: { id: concernId } });
      if (exists === 0) throw new DomainError("not-found", CONCERN_NOT_FOUND);
      return { id: concernId, alreadySeen: true };
    }
    const concern = await tx.concern.findUniqueOrThrow({
      where: { id: concernId },
      select: { category: true, helpRequestId: true, linkId: true },
    });
    await recordAuditEvent(tx, {
      action: "concern.acknowledge",
      entityType: "Concern",
      entityId: concernId,
      actorStaffId: actor.id,
      ipHash: actor.ipHash ?? null,
      occurredAt: now,
      data: { category: concern.category, helpRequestId: concern.helpRequestId, linkId: concern.linkId },
    });
    return { id: concernId, alreadySeen: false };
  });
}
