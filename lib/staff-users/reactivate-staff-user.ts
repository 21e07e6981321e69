import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { resolveOptions, type UseCaseOptions } from "./context";
import { STAFF_USER_NOT_FOUND, AdminError } from "./admin-error";

/** Gives a deactivated staff member access again, with the same role, password and second factor. */
export async function reactivateStaffUser(
  actor: StaffActor,
  input: { userId: string },
  options?: UseCaseOptions,
): Promise<{ name: string }> {
  assertCan(actor, "user:manage");
  const { db, now } = resolveOptions(options);

  return db.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, isActive: true },
    });
    if (!user) throw new AdminError("not-found", STAFF_USER_NOT_FOUND);
    if (user.isActive) throw new AdminError("already-done", `${user.name} is al actief.`);
    await tx.staffUser.update({ where: { id: user.id }, data: { isActive: true, deactivatedAt: null } });
    await recordAuditEvent(tx, {
      action: "staff-user.reactivate",
      entityType: "StaffUser",
      entityId: user.id,
      actorStaffId: actor.id,
      ipHash: actor.ipHash,
      occurredAt: now,
    });
    return { name: user.name };
  });
}
