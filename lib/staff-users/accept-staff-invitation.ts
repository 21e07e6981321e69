import { hashPassword } from "@/lib/auth/password";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { acceptInvitationSchema } from "@/lib/validation/user-management-schema";
import { auditStaffUser } from "./change-staff-user";
import { resolveOptions, type UseCaseOptions } from "./context";
import { findStaffInvitation, INVITATION_MESSAGES } from "./find-staff-invitation";
import { hashInvitationToken } from "./invitation";
import { parseInput } from "./parse-input";
import { AdminError } from "./admin-error";

/**
 * A new colleague chooses a password through the link in their invitation.
 * The link works once: the token is cleared in the same transaction that sets
 * the password (argon2id). Signing in follows, with the second factor set up
 * there for roles that need one.
 */
export async function acceptStaffInvitation(
  input: { token: string; password: string; passwordConfirm: string },
  options?: UseCaseOptions & { ipHash?: string | null },
): Promise<{ userId: string; email: string; role: StaffRole }> {
  const { db, now } = resolveOptions(options);
  const invitation = await findStaffInvitation(input.token, { db, now });
  if (!invitation.ok) throw new AdminError(`invitation-${invitation.reason}`, invitation.message);
  const { password } = parseInput(acceptInvitationSchema, {
    password: input.password,
    passwordConfirm: input.passwordConfirm,
  });
  const passwordHash = await hashPassword(password);

  await db.$transaction(async (tx) => {
    // Conditional on the same token, still valid: of two clicks at once, one wins.
    const { count } = await tx.staffUser.updateMany({
      where: {
        id: invitation.userId,
        inviteTokenHash: hashInvitationToken(input.token),
        inviteExpiresAt: { gt: now },
        isActive: true,
      },
      data: {
        passwordHash,
        inviteTokenHash: null,
        inviteExpiresAt: null,
      },
    });
    if (count !== 1) throw new AdminError("invitation-invalid", INVITATION_MESSAGES.invalid);
    await endAllStaffSessions(invitation.userId, tx, now);
    await auditStaffUser(
      tx,
      "accept-invitation",
      invitation.userId,
      { actorStaffId: invitation.userId, ipHash: options?.ipHash },
      now,
    );
  });
  return { userId: invitation.userId, email: invitation.email, role: invitation.role };
}
