import type { StaffActor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endOtherStaffSessions } from "@/lib/auth/staff-sessions";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/rate-limit/consume-rate-limit";
import { changePasswordSchema, USER_MESSAGES } from "@/lib/validation/user-management-schema";
import { AdminError } from "./admin-error";
import { auditStaffUser } from "./change-staff-user";
import { resolveOptions, type UseCaseOptions } from "./context";
import { parseInput } from "./parse-input";

const TOO_MANY =
  "Je hebt te vaak een verkeerd wachtwoord getypt. Wacht een kwartier en probeer het dan opnieuw.";

/**
 * A signed-in staff member changes their own password: the current one is
 * asked (a session left open on a shared computer is not enough), tries
 * count against the same limit as signing in, and every other session of
 * the person ends; the one that made the change stays.
 */
export async function changeOwnPassword(
  actor: StaffActor,
  input: { currentPassword: string; password: string; passwordConfirm: string },
  options: UseCaseOptions & { sessionToken: string },
): Promise<void> {
  const { db, now } = resolveOptions(options);
  const data = parseInput(changePasswordSchema, input);
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  // Guessing the current password with a stolen session is as slow as guessing it at sign-in;
  // its own key, so that strangers failing at sign-in can't keep the owner from changing it.
  const limit = await consumeRateLimit(
    db,
    `change-password:${actor.id}`,
    RATE_LIMITS.loginPerAccountAndClient,
    now,
  );
  if (!limit.allowed) throw new AdminError("rate-limited", TOO_MANY);
  const by = { actorStaffId: actor.id, ipHash: actor.ipHash };
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    await db.$transaction((tx) => auditStaffUser(tx, "change-password-failed", actor.id, by, now));
    throw new AdminError("invalid-input", USER_MESSAGES.currentPasswordWrong, {
      currentPassword: USER_MESSAGES.currentPasswordWrong,
    });
  }
  const passwordHash = await hashPassword(data.password);

  await db.$transaction(async (tx) => {
    // Conditional on the password just checked: two changes at once can't both pass on the old one.
    const { count } = await tx.staffUser.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash, isActive: true },
      // A reset link still open is of no use any more.
      data: { passwordHash, passwordResetTokenHash: null, passwordResetExpiresAt: null },
    });
    if (count !== 1) {
      throw new AdminError("invalid-input", USER_MESSAGES.currentPasswordWrong, {
        currentPassword: USER_MESSAGES.currentPasswordWrong,
      });
    }
    await endOtherStaffSessions(actor.id, options.sessionToken, tx, now);
    await auditStaffUser(tx, "change-password", actor.id, by, now);
  });
}
