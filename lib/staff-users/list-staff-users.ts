import { assertCan, type StaffActor } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { resolveOptions, type UseCaseOptions } from "./context";

export interface StaffUserRow {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  isActive: boolean;
  deactivatedAt: Date | null;
  /** The second factor (TOTP) is set up. */
  hasSecondFactor: boolean;
  lastLoginAt: Date | null;
  /** Invited, password not set yet; `invitationExpired` when the link no longer works. */
  invitationPending: boolean;
  invitationExpired: boolean;
  inviteExpiresAt: Date | null;
  /** A demo account of the demo database (may skip the second factor there). */
  isDemo: boolean;
  /** The account of the one asking: they can't deactivate themself or change their own role. */
  isSelf: boolean;
}

/** Every staff account, active ones first, then by name. */
export async function listStaffUsers(actor: StaffActor, options?: UseCaseOptions): Promise<StaffUserRow[]> {
  assertCan(actor, "user:manage");
  const { db, now } = resolveOptions(options);
  const users = await db.staffUser.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      deactivatedAt: true,
      totpEnabledAt: true,
      lastLoginAt: true,
      inviteTokenHash: true,
      inviteExpiresAt: true,
      isDemo: true,
    },
  });
  return users.map(({ totpEnabledAt, inviteTokenHash, ...user }) => {
    const invitationPending = inviteTokenHash !== null;
    return {
      ...user,
      hasSecondFactor: totpEnabledAt !== null,
      invitationPending,
      invitationExpired: invitationPending && (!user.inviteExpiresAt || user.inviteExpiresAt <= now),
      isSelf: user.id === actor.id,
    };
  });
}
