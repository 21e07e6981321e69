import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { changeStaffRoleSchema } from "@/lib/validation/user-management-schema";
import { AdminError } from "./admin-error";
import { assertAnotherActiveAdmin } from "./admin-guard";
import { changeStaffUser } from "./change-staff-user";
import type { UseCaseOptions } from "./context";
import { parseInput } from "./parse-input";

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
  const { userId, role } = parseInput(changeStaffRoleSchema, input);
  return changeStaffUser(
    actor,
    userId,
    {
      action: "change-role",
      select: { id: true, name: true, role: true, isActive: true },
      refuseSelf: "Je kan je eigen rol niet wijzigen. Vraag het aan een andere beheerder.",
      guardsAdmins: true,
      options,
    },
    async (tx, user, now) => {
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
      return {
        result: { name: user.name, from: user.role, to: role },
        audit: { from: user.role, to: role },
      };
    },
  );
}
