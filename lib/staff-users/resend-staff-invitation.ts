import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { getSettings } from "@/lib/settings/get-settings";
import { accountDisabledError, AdminError } from "./admin-error";
import { changeStaffUser } from "./change-staff-user";
import { resolveOptions, type UseCaseOptions } from "./context";
import { clearReplacedMailSecrets } from "@/lib/mail/mail-secrets";
import { INVITATION_SECRET_LABEL, invitationLink, newInvitation, queueInvitationMail } from "./invitation";

/**
 * A new invitation link for someone who has not chosen a password yet (the
 * first one expired or got lost). The old link stops working at once.
 */
export async function resendStaffInvitation(
  actor: StaffActor,
  input: { userId: string },
  options?: UseCaseOptions,
): Promise<{ invitationLink: string; expiresAt: Date; email: string }> {
  assertCan(actor, "user:manage");
  const { db, now } = resolveOptions(options);
  const invitation = newInvitation(now);
  const link = invitationLink(invitation.token);
  const { cityName } = await getSettings(db);

  return changeStaffUser(
    actor,
    input.userId,
    {
      action: "resend-invitation",
      select: { id: true, name: true, email: true, role: true, isActive: true, inviteTokenHash: true },
      options: { db, now },
    },
    async (tx, user) => {
      if (!user.inviteTokenHash) {
        throw new AdminError(
          "already-done",
          `${user.name} heeft al een wachtwoord gekozen. Een nieuwe uitnodiging is niet nodig.`,
        );
      }
      if (!user.isActive) throw accountDisabledError(user.name);
      await tx.staffUser.update({
        where: { id: user.id },
        data: { inviteTokenHash: invitation.tokenHash, inviteExpiresAt: invitation.expiresAt },
      });
      // The old link stopped working: its copy in the earlier mail goes too.
      await clearReplacedMailSecrets(tx, { to: user.email, label: INVITATION_SECRET_LABEL });
      await queueInvitationMail(
        tx,
        {
          to: user.email,
          name: user.name,
          role: user.role,
          cityName,
          link,
          expiresAt: invitation.expiresAt,
        },
        { now },
      );
      return {
        result: { invitationLink: link, expiresAt: invitation.expiresAt, email: user.email },
        audit: { expiresAt: invitation.expiresAt.toISOString() },
      };
    },
  );
}
