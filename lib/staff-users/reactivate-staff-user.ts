import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { AdminError } from "./admin-error";
import { changeStaffUser } from "./change-staff-user";
import type { UseCaseOptions } from "./context";

/** Gives a deactivated staff member access again, with the same role, password and second factor. */
export async function reactivateStaffUser(
  actor: StaffActor,
  input: { userId: string },
  options?: UseCaseOptions,
): Promise<{ name: string }> {
  assertCan(actor, "user:manage");
  return changeStaffUser(
    actor,
    input.userId,
    { action: "reactivate", select: { id: true, name: true, isActive: true }, options },
    async (tx, user) => {
      if (user.isActive) throw new AdminError("already-done", `${user.name} is al actief.`);
      await tx.staffUser.update({ where: { id: user.id }, data: { isActive: true, deactivatedAt: null } });
      return { result: { name: user.name } };
    },
  );
}
