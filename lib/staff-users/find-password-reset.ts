import { resolveOptions, type UseCaseOptions } from "./context";
import { hashInvitationToken } from "./invitation";

export const PASSWORD_RESET_MESSAGES = {
  invalid:
    "Deze link werkt niet (meer). Heb je je nieuwe wachtwoord al gekozen? Meld je dan gewoon aan. Anders vraag je een nieuwe link aan een beheerder.",
  expired: "Deze link is verlopen: hij werkt één uur. Vraag een beheerder om je een nieuwe link te sturen.",
} as const;

export type PasswordReset =
  | { ok: true; userId: string; name: string; email: string; expiresAt: Date }
  | { ok: false; reason: "invalid" | "expired"; message: string };

/**
 * The password reset behind a link, for the page where a colleague chooses a
 * new password. No session needed: the token is the proof. An unknown, used
 * or replaced link all read as "invalid".
 */
export async function findPasswordReset(token: string, options?: UseCaseOptions): Promise<PasswordReset> {
  const { db, now } = resolveOptions(options);
  const invalid = { ok: false, reason: "invalid", message: PASSWORD_RESET_MESSAGES.invalid } as const;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return invalid;
  const user = await db.staffUser.findUnique({
    where: { passwordResetTokenHash: hashInvitationToken(token) },
    select: { id: true, name: true, email: true, isActive: true, passwordResetExpiresAt: true },
  });
  if (!user || !user.isActive) return invalid;
  if (!user.passwordResetExpiresAt || user.passwordResetExpiresAt <= now) {
    return { ok: false, reason: "expired", message: PASSWORD_RESET_MESSAGES.expired };
  }
  return {
    ok: true,
    userId: user.id,
    name: user.name,
    email: user.email,
    expiresAt: user.passwordResetExpiresAt,
  };
}
