import type { UseCaseOptions } from "./context";
import { findPasswordLinkHolder, type PasswordLinkRefusal } from "./password-link";

export const PASSWORD_RESET_MESSAGES = {
  invalid:
    "Deze link werkt niet (meer). Heb je je nieuwe wachtwoord al gekozen? Meld je dan gewoon aan. Anders vraag je een nieuwe link aan een beheerder.",
  expired: "Deze link is verlopen: hij werkt één uur. Vraag een beheerder om je een nieuwe link te sturen.",
} as const;

export type PasswordReset =
  { ok: true; userId: string; name: string; email: string; expiresAt: Date } | PasswordLinkRefusal;

/**
 * The password reset behind a link, for the page where a colleague chooses a
 * new password. No session needed: the token is the proof. An unknown, used
 * or replaced link all read as "invalid".
 */
export async function findPasswordReset(token: string, options?: UseCaseOptions): Promise<PasswordReset> {
  const reset = await findPasswordLinkHolder("reset", token, PASSWORD_RESET_MESSAGES, options);
  if (!reset.ok) return reset;
  const { userId, name, email, expiresAt } = reset;
  return { ok: true, userId, name, email, expiresAt };
}
