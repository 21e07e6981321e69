import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { AdminError } from "./admin-error";
import { assertAnotherActiveAdmin } from "./admin-guard";
import { changeStaffUser } from "./change-staff-user";
import type { UseCaseOptions } from "./context";

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
  return changeStaffUser(
    actor,
    input.userId,
    {
      action: "deactivate",
      select: { id: true, name: true, role: true, isActive: true },
      refuseSelf: "Je kan jezelf niet uitschakelen. Vraag het aan een andere beheerder.",
      guardsAdmins: true,
      options,
    },
    async (tx, user, now) => {
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
      return { result: { name: user.name } };
    },
  );
}
