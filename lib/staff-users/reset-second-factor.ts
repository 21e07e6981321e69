import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { resolveOptions, type UseCaseOptions } from "./context";
import { STAFF_USER_NOT_FOUND, AdminError } from "./admin-error";

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
  const { db, now } = resolveOptions(options);
  if (input.userId === actor.id) {
    throw new AdminError(
      "self",
      "Je kan je eigen tweede stap niet opnieuw instellen. Vraag het aan een andere beheerder.",
    );
  }

  return db.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, totpSecret: true, totpEnabledAt: true },
    });
    if (!user) throw new AdminError("not-found", STAFF_USER_NOT_FOUND);
    if (!user.totpSecret && !user.totpEnabledAt) {
      throw new AdminError("already-done", `${user.name} heeft nog geen tweede stap ingesteld.`);
    }
    await tx.staffUser.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null } });
    await endAllStaffSessions(user.id, tx, now);
    await recordAuditEvent(tx, {
      action: "staff-user.reset-second-factor",
      entityType: "StaffUser",
      entityId: user.id,
      actorStaffId: actor.id,
      ipHash: actor.ipHash,
      occurredAt: now,
      data: { wasEnrolled: user.totpEnabledAt !== null },
    });
    return { name: user.name };
  });
}
