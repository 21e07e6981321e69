import type { StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AdminError, STAFF_USER_NOT_FOUND } from "./admin-error";
import { lockAdminChanges } from "./admin-guard";
import { resolveOptions, type UseCaseOptions } from "./context";

type Tx = Prisma.TransactionClient;

/** Writes the audit event "staff-user.<action>" about one account, in the caller's transaction. */
export async function auditStaffUser(
  tx: Tx,
  action: string,
  userId: string,
  by: { actorStaffId: string; ipHash?: string | null },
  now: Date,
  data?: Prisma.InputJsonValue,
): Promise<void> {
  await recordAuditEvent(tx, {
    action: `staff-user.${action}`,
    entityType: "StaffUser",
    entityId: userId,
    actorStaffId: by.actorStaffId,
    ipHash: by.ipHash ?? null,
    occurredAt: now,
    data,
  });
}

export interface StaffUserChange<S extends Prisma.StaffUserSelect> {
  /** The verb of the audit event: "deactivate" → "staff-user.deactivate". */
  action: string;
  /** What the change reads of the account; id and name always. */
  select: S;
  /** Refused when an admin aims it at their own account (the message says why). */
  refuseSelf?: string;
  /** The change could take away an admin: serialise it with every other such change. */
  guardsAdmins?: boolean;
  /** The use case's options: another database, another clock. */
  options?: UseCaseOptions;
}

/**
 * The frame of an admin's change to a staff account, after the caller checked
 * the permission and parsed the input: one transaction that reads the account
 * (unknown ids are refused), runs the change and writes its audit event.
 */
export async function changeStaffUser<S extends Prisma.StaffUserSelect & { id: true; name: true }, T>(
  actor: StaffActor,
  userId: string,
  { action, select, refuseSelf, guardsAdmins = false, options }: StaffUserChange<S>,
  change: (
    tx: Tx,
    user: Prisma.StaffUserGetPayload<{ select: S }>,
    now: Date,
  ) => Promise<{ result: T; audit?: Prisma.InputJsonValue }>,
): Promise<T> {
  const { db, now } = resolveOptions(options);
  if (refuseSelf && userId === actor.id) throw new AdminError("self", refuseSelf);
  return db.$transaction(async (tx) => {
    if (guardsAdmins) await lockAdminChanges(tx);
    const user = (await tx.staffUser.findUnique({
      where: { id: userId },
      select,
    })) as Prisma.StaffUserGetPayload<{ select: S }> | null;
    if (!user) throw new AdminError("not-found", STAFF_USER_NOT_FOUND);
    const { result, audit } = await change(tx, user, now);
    await auditStaffUser(tx, action, userId, { actorStaffId: actor.id, ipHash: actor.ipHash }, now, audit);
    return result;
  });
}
