import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { assertAnotherActiveAdmin, lockAdminChanges } from "./admin-guard";
import { resolveOptions, type UseCaseOptions } from "./context";
import { STAFF_USER_NOT_FOUND, AdminError } from "./admin-error";

/**
 * Takes away someone's access (they left, or their account may be misused).
 * Every session of theirs ends at once, so it takes effect on their next
 * click. Their name stays on what they did; reactivating gives access back.
 */
export async function deactivateStaffUser(
  actor: StaffActor,
  input: { userId: string },
  options?: UseCaseOptions,
): Promise<{ name: string }> {
  assertCan(actor, "user:manage");
  const { db, now } = resolveOptions(options);
  if (input.userId === actor.id) {
    throw new AdminError("self", "Je kan jezelf niet uitschakelen. Vraag het aan een andere beheerder.");
  }

  return db.$transaction(async (tx) => {
    await lockAdminChanges(tx);
    const user = await tx.staffUser.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, role: true, isActive: true },
    });
    if (!user) throw new AdminError("not-found", STAFF_USER_NOT_FOUND);
    if (!user.isActive) throw new AdminError("already-done", `${user.name} is al uitgeschakeld.`);
    if (user.role === "ADMIN") {
      await assertAnotherActiveAdmin(
        tx,
        user.id,
        `${user.name} is de laatste actieve beheerder en kan niet uitgeschakeld worden.`,
      );
    }
    await tx.staffUser.update({ where: { id: user.id }, data: { isActive: false, deactivatedAt: now } });
    await endAllStaffSessions(user.id, tx, now);
    await recordAuditEvent(tx, {
      action: "staff-user.deactivate",
      entityType: "StaffUser",
      entityId: user.id,
      actorStaffId: actor.id,
      ipHash: actor.ipHash,
      occurredAt: now,
    });
    return { name: user.name };
  });
}
