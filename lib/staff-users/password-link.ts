import type { StaffRole } from "@/lib/generated/prisma/enums";
import { resolveOptions, type UseCaseOptions } from "./context";
import { hashInvitationToken } from "./invitation";

/**
 * The two single-use links through which someone sets a password: the
 * invitation (7 days) and the reset link an admin sends (1 hour). Each keeps
 * its own token hash and expiry on the account.
 */
export type PasswordLinkKind = "invitation" | "reset";

export interface PasswordLinkMessages {
  invalid: string;
  expired: string;
}

export type PasswordLinkRefusal = { ok: false; reason: "invalid" | "expired"; message: string };

export type PasswordLinkHolder = {
  ok: true;
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
  expiresAt: Date;
};

/** The account's token hash and expiry columns of one kind of link. */
export function passwordLinkColumns<T, E>(kind: PasswordLinkKind, tokenHash: T, expiresAt: E) {
  return kind === "invitation"
    ? { inviteTokenHash: tokenHash, inviteExpiresAt: expiresAt }
    : { passwordResetTokenHash: tokenHash, passwordResetExpiresAt: expiresAt };
}

/**
 * The account behind a link. No session needed: the token is the proof. An
 * unknown, used, replaced or withdrawn link, or one of a disabled account,
 * all read as "invalid".
 */
export async function findPasswordLinkHolder(
  kind: PasswordLinkKind,
  token: string,
  messages: PasswordLinkMessages,
  options?: UseCaseOptions,
): Promise<PasswordLinkHolder | PasswordLinkRefusal> {
  const { db, now } = resolveOptions(options);
  const invalid = { ok: false, reason: "invalid", message: messages.invalid } as const;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return invalid;
  const tokenHash = hashInvitationToken(token);
  const user = await db.staffUser.findUnique({
    where: kind === "invitation" ? { inviteTokenHash: tokenHash } : { passwordResetTokenHash: tokenHash },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      inviteExpiresAt: true,
      passwordResetExpiresAt: true,
    },
  });
  if (!user || !user.isActive) return invalid;
  const expiresAt = kind === "invitation" ? user.inviteExpiresAt : user.passwordResetExpiresAt;
  if (!expiresAt || expiresAt <= now) return { ok: false, reason: "expired", message: messages.expired };
  return { ok: true, userId: user.id, name: user.name, email: user.email, role: user.role, expiresAt };
}
