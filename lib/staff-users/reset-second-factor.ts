import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { AdminError } from "./admin-error";
import { changeStaffUser } from "./change-staff-user";
import type { UseCaseOptions } from "./context";

/**
 * For a colleague who lost their phone or authenticator app: forgets their
 * second factor and ends their sessions. At their next sign-in (password only)
 * they set it up again before they can do anything else.
 */
export async function resetSecondFactor(
  actor: StaffActor,
  input: { userId: string },
  options?: UseCaseOptions,
): Promise<{ name: string }> {
  assertCan(actor, "user:manage");
  return changeStaffUser(
    actor,
    input.userId,
    {
      action: "reset-second-factor",
      select: { id: true, name: true, totpSecret: true, totpEnabledAt: true },
      refuseSelf: "Je kan je eigen tweede stap niet opnieuw instellen. Vraag het aan een andere beheerder.",
      options,
    },
    async (tx, user, now) => {
      if (!user.totpSecret && !user.totpEnabledAt) {
        throw new AdminError("already-done", `${user.name} heeft nog geen tweede stap ingesteld.`);
      }
      await tx.staffUser.update({
        where: { id: user.id },
        data: { totpSecret: null, totpEnabledAt: null, lastTotpStep: null },
      });
      await endAllStaffSessions(user.id, tx, now);
      return { result: { name: user.name }, audit: { wasEnrolled: user.totpEnabledAt !== null } };
    },
  );
}
