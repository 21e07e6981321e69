import type { StaffRole } from "@/lib/generated/prisma/enums";
import { resolveOptions, type UseCaseOptions } from "./context";
import { hashInvitationToken } from "./invitation";

export const INVITATION_MESSAGES = {
  invalid:
    "Deze link werkt niet (meer). Heb je je wachtwoord al gekozen? Meld je dan gewoon aan. Anders vraag je een nieuwe uitnodiging aan een beheerder.",
  expired:
    "Deze uitnodiging is verlopen: de link werkt 7 dagen. Vraag een beheerder om je een nieuwe uitnodiging te sturen.",
} as const;

export type StaffInvitation =
  | { ok: true; userId: string; name: string; email: string; role: StaffRole; expiresAt: Date }
  | { ok: false; reason: "invalid" | "expired"; message: string };

/**
 * The invitation behind a link, for the page where a new colleague chooses a
 * password. No session needed: the token is the proof. An unknown, used or
 * withdrawn link all read as "invalid".
 */
export async function findStaffInvitation(token: string, options?: UseCaseOptions): Promise<StaffInvitation> {
  const { db, now } = resolveOptions(options);
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
    return { ok: false, reason: "invalid", message: INVITATION_MESSAGES.invalid };
  }
  const user = await db.staffUser.findUnique({
    where: { inviteTokenHash: hashInvitationToken(token) },
    select: { id: true, name: true, email: true, role: true, isActive: true, inviteExpiresAt: true },
  });
  if (!user || !user.isActive) return { ok: false, reason: "invalid", message: INVITATION_MESSAGES.invalid };
  if (!user.inviteExpiresAt || user.inviteExpiresAt <= now) {
    return { ok: false, reason: "expired", message: INVITATION_MESSAGES.expired };
  }
  return {
    ok: true,
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    expiresAt: user.inviteExpiresAt,
  };
}
