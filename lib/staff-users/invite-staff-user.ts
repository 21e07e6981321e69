import { randomBytes } from "node:crypto";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings/get-settings";
import { inviteStaffUserSchema } from "@/lib/validation/user-management-schema";
import { auditStaffUser } from "./change-staff-user";
import { resolveOptions, type UseCaseOptions } from "./context";
import { invitationLink, newInvitation, queueInvitationMail } from "./invitation";
import { parseInput } from "./parse-input";
import { AdminError } from "./admin-error";

export interface InviteStaffUserResult {
  user: { id: string; name: string; email: string; role: StaffRole };
  /** Shown to the admin once, to pass on when the e-mail doesn't arrive. Never stored. */
  invitationLink: string;
  expiresAt: Date;
}

const EMAIL_TAKEN = "Er is al een account met dit e-mailadres.";

/**
 * Creates a staff account for a new colleague and invites them by e-mail to
 * choose a password. Until then the account has a random password nobody
 * knows. Account, invitation mail and audit event are one transaction.
 */
export async function inviteStaffUser(
  actor: StaffActor,
  input: { name: string; email: string; role: string },
  options?: UseCaseOptions,
): Promise<InviteStaffUserResult> {
  assertCan(actor, "user:manage");
  const { db, now } = resolveOptions(options);
  const data = parseInput(inviteStaffUserSchema, input);
  const invitation = newInvitation(now);
  const link = invitationLink(invitation.token);
  // Hashed before the transaction: argon2 takes a moment.
  const unusablePasswordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const { cityName } = await getSettings(db);

  try {
    const user = await db.$transaction(async (tx) => {
      const existing = await tx.staffUser.findUnique({ where: { email: data.email }, select: { id: true } });
      if (existing) throw new AdminError("email-taken", EMAIL_TAKEN, { email: EMAIL_TAKEN });
      const created = await tx.staffUser.create({
        data: {
          name: data.name,
          email: data.email,
          role: data.role,
          passwordHash: unusablePasswordHash,
          inviteTokenHash: invitation.tokenHash,
          inviteExpiresAt: invitation.expiresAt,
          createdAt: now,
        },
        select: { id: true, name: true, email: true, role: true },
      });
      await queueInvitationMail(
        tx,
        {
          to: created.email,
          name: created.name,
          role: created.role,
          cityName,
          link,
          expiresAt: invitation.expiresAt,
        },
        { now },
      );
      await auditStaffUser(tx, "invite", created.id, { actorStaffId: actor.id, ipHash: actor.ipHash }, now, {
        role: created.role,
        expiresAt: invitation.expiresAt.toISOString(),
      });
      return created;
    });
    return { user, invitationLink: link, expiresAt: invitation.expiresAt };
  } catch (error) {
    // Two admins inviting the same address at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") {
      throw new AdminError("email-taken", EMAIL_TAKEN, { email: EMAIL_TAKEN });
    }
    throw error;
  }
}
