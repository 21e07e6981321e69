import { isDemoDatabase } from "@/lib/auth/authenticate-staff";
import { clearReplacedMailSecrets } from "@/lib/mail/mail-secrets";
import { mailTransportFromEnv } from "@/lib/mail/send-mail";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { getSettings } from "@/lib/settings/get-settings";
import { accountDisabledError, AdminError } from "./admin-error";
import { changeStaffUser } from "./change-staff-user";
import { resolveOptions, type UseCaseOptions } from "./context";
import {
  newLinkToken,
  PASSWORD_RESET_VALID_MS,
  passwordResetLink,
  PASSWORD_RESET_SECRET_LABEL,
  queuePasswordResetMail,
} from "./invitation";

/**
 * For a colleague who forgot their password (or whose password may be known
 * to someone else): mails them a link to choose a new one, valid for 1 hour
 * and once, and ends their sessions at once. A newer link replaces an older
 * one. The link is only in the mail: the admin never sees it, and the audit
 * event records the request, not the link. So without a mail server it is
 * refused (before anyone is signed out): the link would reach nobody. On the
 * demo database an admin can read it in the outbox (lib/outbox/reveal-outbox-secret.ts).
 */
export async function sendPasswordReset(
  actor: StaffActor,
  input: { userId: string },
  options?: UseCaseOptions & { linkCanReachThem?: boolean },
): Promise<{ name: string; email: string; expiresAt: Date }> {
  assertCan(actor, "user:manage");
  if (!(options?.linkCanReachThem ?? (mailTransportFromEnv() !== null || isDemoDatabase()))) {
    throw new AdminError(
      "no-mail",
      "Er is geen mailserver ingesteld, dus de link zou niemand bereiken. Er is niets veranderd: je collega blijft aangemeld. Vraag eerst een mailserver (SMTP) aan.",
    );
  }
  const { db, now } = resolveOptions(options);
  const reset = newLinkToken(now, PASSWORD_RESET_VALID_MS);
  const { cityName } = await getSettings(db);

  return changeStaffUser(
    actor,
    input.userId,
    {
      action: "send-password-reset",
      select: { id: true, name: true, email: true, isActive: true, inviteTokenHash: true },
      refuseSelf: "Je eigen wachtwoord wijzig je zelf, via 'Mijn wachtwoord' bovenaan.",
      options: { db, now },
    },
    async (tx, user) => {
      if (!user.isActive) throw accountDisabledError(user.name);
      if (user.inviteTokenHash) {
        throw new AdminError(
          "already-done",
          `${user.name} koos nog geen wachtwoord. Stuur de uitnodiging opnieuw in plaats van een nieuw wachtwoord.`,
        );
      }
      await tx.staffUser.update({
        where: { id: user.id },
        data: { passwordResetTokenHash: reset.tokenHash, passwordResetExpiresAt: reset.expiresAt },
      });
      await endAllStaffSessions(user.id, tx, now);
      // A new link replaces the old one (the token column holds one hash): drop the old mail's copy.
      await clearReplacedMailSecrets(tx, { to: user.email, label: PASSWORD_RESET_SECRET_LABEL });
      await queuePasswordResetMail(
        tx,
        {
          to: user.email,
          name: user.name,
          cityName,
          link: passwordResetLink(reset.token),
          expiresAt: reset.expiresAt,
        },
        { now },
      );
      return {
        result: { name: user.name, email: user.email, expiresAt: reset.expiresAt },
        audit: { expiresAt: reset.expiresAt.toISOString() },
      };
    },
  );
}
