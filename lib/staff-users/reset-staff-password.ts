import { hashPassword } from "@/lib/auth/password";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { resetPasswordSchema } from "@/lib/validation/user-management-schema";
import { AdminError } from "./admin-error";
import { auditStaffUser } from "./change-staff-user";
import { resolveOptions, type UseCaseOptions } from "./context";
import { findPasswordReset, PASSWORD_RESET_MESSAGES } from "./find-password-reset";
import { hashInvitationToken } from "./invitation";
import { parseInput } from "./parse-input";

/**
 * A colleague chooses a new password through the reset link an admin sent.
 * The link works once and for 1 hour: the token is cleared in the same
 * transaction that sets the password, and every session of the person ends.
 */
export async function resetStaffPassword(
  input: { token: string; password: string; passwordConfirm: string },
  options?: UseCaseOptions & { ipHash?: string | null },
): Promise<{ userId: string; email: string }> {
  const { db, now } = resolveOptions(options);
  const reset = await findPasswordReset(input.token, { db, now });
  if (!reset.ok) throw new AdminError(`reset-${reset.reason}`, reset.message);
  const { password } = parseInput(resetPasswordSchema, {
    password: input.password,
    passwordConfirm: input.passwordConfirm,
  });
  const passwordHash = await hashPassword(password);

  await db.$transaction(async (tx) => {
    // Conditional on the same token, still valid: of two clicks at once, one wins.
    const { count } = await tx.staffUser.updateMany({
      where: {
        id: reset.userId,
        passwordResetTokenHash: hashInvitationToken(input.token),
        passwordResetExpiresAt: { gt: now },
        isActive: true,
      },
      data: { passwordHash, passwordResetTokenHash: null, passwordResetExpiresAt: null },
    });
    if (count !== 1) throw new AdminError("reset-invalid", PASSWORD_RESET_MESSAGES.invalid);
    await endAllStaffSessions(reset.userId, tx, now);
    await auditStaffUser(
      tx,
      "reset-password",
      reset.userId,
      { actorStaffId: reset.userId, ipHash: options?.ipHash },
      now,
    );
  });
  return { userId: reset.userId, email: reset.email };
}
