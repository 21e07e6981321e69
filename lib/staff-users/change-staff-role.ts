import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { changeStaffRoleSchema } from "@/lib/validation/user-management-schema";
import { assertAnotherActiveAdmin, lockAdminChanges } from "./admin-guard";
import { resolveOptions, type UseCaseOptions } from "./context";
import { parseInput } from "./parse-input";
import { STAFF_USER_NOT_FOUND, AdminError } from "./admin-error";

/**
 * Gives a staff member another role. Their sessions end, because what they
 * may do changes: they sign in again (and set up the second factor first if
 * the new role needs one).
 */
export async function changeStaffRole(
  actor: StaffActor,
  input: { userId: string; role: string },
  options?: UseCaseOptions,
): Promise<{ name: string; from: StaffRole; to: StaffRole }> {
  assertCan(actor, "user:manage");
  const { db, now } = resolveOptions(options);
  const { userId, role } = parseInput(changeStaffRoleSchema, input);
  if (userId === actor.id) {
    throw new AdminError("self", "Je kan je eigen rol niet wijzigen. Vraag het aan een andere beheerder.");
  }

  return db.$transaction(async (tx) => {
    await lockAdminChanges(tx);
    const user = await tx.staffUser.findUnique({
      where: { id: userId },
      select: { id: true, name: true, role: true, isActive: true },
    });
    if (!user) throw new AdminError("not-found", STAFF_USER_NOT_FOUND);
    if (user.role === role) {
      throw new AdminError("already-done", `${user.name} heeft al de rol ${ROLE_LABELS[role]}.`);
    }
    if (user.role === "ADMIN" && user.isActive) {
      await assertAnotherActiveAdmin(
        tx,
        user.id,
        `${user.name} is de laatste actieve beheerder. Maak eerst iemand anders beheerder.`,
      );
    }
    await tx.staffUser.update({ where: { id: user.id }, data: { role } });
    await endAllStaffSessions(user.id, tx, now);
    await recordAuditEvent(tx, {
      action: "staff-user.change-role",
      entityType: "StaffUser",
      entityId: user.id,
      actorStaffId: actor.id,
      ipHash: actor.ipHash,
      occurredAt: now,
      data: { from: user.role, to: role },
    });
    return { name: user.name, from: user.role, to: role };
  });
}
