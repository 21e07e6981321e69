// The invitation of a new staff member: a random token in a link, sent by
// e-mail. Only its SHA-256 is stored, so a copy of the database holds no
// usable links; it works for 7 days and once.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { siteBaseUrl } from "@/lib/mail/site-base-url";
import { formatDutchDay, formatDutchTime } from "@/lib/sla/format-due";

export const INVITATION_VALID_MS = 7 * 24 * 60 * 60_000;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newInvitation(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    tokenHash: hashInvitationToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_VALID_MS),
  };
}

/** The link in the e-mail, on the site's own address (lib/mail/site-base-url.ts). */
export function invitationLink(token: string, env: Record<string, string | undefined> = process.env): string {
  return `${siteBaseUrl(env)}/login/uitnodiging/${token}`;
}

/** "maandag 30 november om 14.05 uur" */
export function formatExpiry(expiresAt: Date): string {
  return `${formatDutchDay(expiresAt)} om ${formatDutchTime(expiresAt)}`;
}

/**
 * Puts the invitation e-mail in the outbox, in the caller's transaction: the
 * mail goes out over SMTP when that is set up, and stays readable in the
 * outbox for staff when it is not.
 */
export async function queueInvitationMail(
  tx: Prisma.TransactionClient,
  mail: { to: string; name: string; role: StaffRole; cityName: string; link: string; expiresAt: Date },
): Promise<void> {
  await tx.outboxMessage.create({
    data: {
      to: mail.to,
      subject: `Je account voor Tezamen ${mail.cityName}`,
      textBody: [
        `Dag ${mail.name},`,
        "",
        `Je krijgt een account voor Tezamen, het beheer van het actieplan tegen eenzaamheid van de stad ${mail.cityName}.`,
        `Je rol: ${ROLE_LABELS[mail.role]}.`,
        "",
        "Kies je wachtwoord via deze link:",
        mail.link,
        "",
        `De link werkt één keer, tot ${formatExpiry(mail.expiresAt)}. Is hij verlopen? Vraag dan een nieuwe uitnodiging aan een beheerder.`,
        "",
        "Had je dit niet verwacht? Dan mag je deze e-mail negeren.",
        "",
        `Stad ${mail.cityName}`,
      ].join("\n"),
    },
  });
}
