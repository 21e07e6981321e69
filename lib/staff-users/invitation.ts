// The invitation of a new staff member, and the password reset link an admin
// sends: a random token in a link, sent by e-mail. Only its SHA-256 is
// stored, so a copy of the database holds no usable links; an invitation
// works for 7 days and once, a reset link for 1 hour and once. The mail keeps
// the link apart from its text (lib/mail/mail-secrets.ts): the outbox never shows it.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { queueMail, secretMarker } from "@/lib/mail/queue-mail";
import { siteBaseUrl } from "@/lib/mail/site-base-url";
import { formatDutchDay, formatDutchTime } from "@/lib/sla/format-due";

export const INVITATION_VALID_MS = 7 * 24 * 60 * 60_000;
export const PASSWORD_RESET_VALID_MS = 60 * 60_000;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new single-use link token, valid for `validMs`. */
export function newLinkToken(
  now: Date,
  validMs: number,
): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now.getTime() + validMs) };
}

export function newInvitation(now: Date): { token: string; tokenHash: string; expiresAt: Date } {
  return newLinkToken(now, INVITATION_VALID_MS);
}

/** The links in the e-mails, on the site's own address (lib/mail/site-base-url.ts). */
export function invitationLink(token: string, env: Record<string, string | undefined> = process.env): string {
  return `${siteBaseUrl(env)}/login/uitnodiging/${token}`;
}

export function passwordResetLink(
  token: string,
  env: Record<string, string | undefined> = process.env,
): string {
  return `${siteBaseUrl(env)}/login/nieuw-wachtwoord/${token}`;
}

/** "maandag 30 november om 14.05 uur" */
export function formatExpiry(expiresAt: Date): string {
  return `${formatDutchDay(expiresAt)} om ${formatDutchTime(expiresAt)}`;
}

/** The label of the invitation link in the mail, and what the outbox shows instead of it. */
export const INVITATION_SECRET_LABEL = "uitnodigingslink";

/**
 * Puts the invitation e-mail in the outbox, in the caller's transaction: the
 * mail goes out over SMTP when that is set up. The link itself is a secret of
 * the message: the outbox shows "[verborgen: uitnodigingslink]"; without SMTP
 * the admin passes on the link shown once after inviting.
 */
export async function queueInvitationMail(
  tx: Prisma.TransactionClient,
  mail: { to: string; name: string; role: StaffRole; cityName: string; link: string; expiresAt: Date },
  { now }: { now?: Date } = {},
): Promise<void> {
  await queueMail(
    tx,
    {
      to: mail.to,
      subject: `Je account voor Tezamen ${mail.cityName}`,
      text: [
        `Dag ${mail.name},`,
        "",
        `Je krijgt een account voor Tezamen, het beheer van het actieplan tegen eenzaamheid van de stad ${mail.cityName}.`,
        `Je rol: ${ROLE_LABELS[mail.role]}.`,
        "",
        "Kies je wachtwoord via deze link:",
        secretMarker(INVITATION_SECRET_LABEL),
        "",
        `De link werkt één keer, tot ${formatExpiry(mail.expiresAt)}. Is hij verlopen? Vraag dan een nieuwe uitnodiging aan een beheerder.`,
        "",
        "Had je dit niet verwacht? Dan mag je deze e-mail negeren.",
        "",
        `Stad ${mail.cityName}`,
      ].join("\n"),
      secrets: { values: { [INVITATION_SECRET_LABEL]: mail.link }, expiresAt: mail.expiresAt },
    },
    { now },
  );
}

/** The label of the reset link in the mail, and what the outbox shows instead of it. */
export const PASSWORD_RESET_SECRET_LABEL = "wachtwoordlink";

/**
 * Puts the password reset e-mail in the outbox, in the caller's transaction,
 * the way the invitation is queued (see queueInvitationMail): the link is a
 * secret of the message, masked in the outbox and cleared once delivered.
 */
export async function queuePasswordResetMail(
  tx: Prisma.TransactionClient,
  mail: { to: string; name: string; cityName: string; link: string; expiresAt: Date },
  { now }: { now?: Date } = {},
): Promise<void> {
  await queueMail(
    tx,
    {
      to: mail.to,
      subject: `Kies een nieuw wachtwoord voor Tezamen ${mail.cityName}`,
      text: [
        `Dag ${mail.name},`,
        "",
        `Een beheerder van Tezamen ${mail.cityName} vroeg een nieuw wachtwoord voor je aan. Je bent overal afgemeld.`,
        "",
        "Kies je nieuwe wachtwoord via deze link:",
        secretMarker(PASSWORD_RESET_SECRET_LABEL),
        "",
        `De link werkt één keer, tot ${formatExpiry(mail.expiresAt)} (één uur). Is hij verlopen? Vraag dan een nieuwe aan een beheerder.`,
        "",
        "Had je dit niet gevraagd? Laat het dan meteen weten aan een beheerder.",
        "",
        `Stad ${mail.cityName}`,
      ].join("\n"),
      secrets: { values: { [PASSWORD_RESET_SECRET_LABEL]: mail.link }, expiresAt: mail.expiresAt },
    },
    { now },
  );
}
