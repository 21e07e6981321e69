import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { clearReplacedMailSecrets } from "@/lib/mail/mail-secrets";
import { queueMail, secretMarker } from "@/lib/mail/queue-mail";
import { staffAreaUrl } from "@/lib/mail/messages";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { hashLinkToken, hashLoginCode, newLinkToken, newLoginCode } from "./login-code-hash";
import { LOGIN_CODE_TTL_MS, SIGN_IN_STATUSES, VOLUNTEER_LOGIN_LIMITS } from "./login-limits";

export type RequestLoginCodeResult =
  /** Always "sent", whether or not the address is known: the answer must not tell. */
  { ok: true } | { ok: false; reason: "rate-limited" };

/**
 * Asks for a sign-in code. An active or paused volunteer with this address gets
 * a mail with a 6-digit code and a sign-in link, both for 10 minutes; any
 * older unused code stops working. Anyone else gets the same answer and no mail.
 */
export async function requestVolunteerLoginCode(
  input: { email: string },
  ctx: { clientKey: string; db?: Db; now?: Date },
): Promise<RequestLoginCodeResult> {
  const db = ctx.db ?? prisma;
  const now = ctx.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const perClient = await consumeRateLimit(
    db,
    `volunteer-login-client:${ctx.clientKey}`,
    VOLUNTEER_LOGIN_LIMITS.perClient,
    now,
  );
  const perEmail = await consumeRateLimit(
    db,
    `volunteer-login-email:${email}`,
    VOLUNTEER_LOGIN_LIMITS.codePerEmail,
    now,
  );
  if (!perClient.allowed || !perEmail.allowed) return { ok: false, reason: "rate-limited" };

  const volunteer = await db.volunteer.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, status: { in: [...SIGN_IN_STATUSES] } },
    orderBy: { activatedAt: "desc" },
    select: { id: true, firstName: true, email: true },
  });
  if (!volunteer?.email) return { ok: true };

  const code = newLoginCode();
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + LOGIN_CODE_TTL_MS);
  await db.$transaction(async (tx) => {
    // A new code kills the old ones: only the latest mail works.
    await tx.volunteerLoginCode.updateMany({
      where: { volunteerId: volunteer.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.volunteerLoginCode.create({
      data: {
        volunteerId: volunteer.id,
        codeHash: hashLoginCode(volunteer.id, code),
        linkTokenHash: hashLinkToken(token),
        expiresAt,
        createdAt: now,
      },
    });
    // The old codes stopped working above: their copies in earlier mails go too.
    await clearReplacedMailSecrets(tx, { to: volunteer.email!, label: LOGIN_CODE_SECRET_LABEL });
    await queueMail(tx, loginCodeMail(volunteer.email!, volunteer.firstName, { code, token, expiresAt }), {
      now,
    });
    await recordAuditEvent(tx, {
      action: "volunteer.login-code-sent",
      entityType: "Volunteer",
      entityId: volunteer.id,
      ipHash: ctx.clientKey,
      occurredAt: now,
    });
  });
  return { ok: true };
}

/** The labels of the code and the link in the mail: the outbox shows "[verborgen: inlogcode]". */
export const LOGIN_CODE_SECRET_LABEL = "inlogcode";
export const LOGIN_LINK_SECRET_LABEL = "inloglink";

/** The code and the link are secrets of the message: kept apart from its text, never shown in the outbox. */
function loginCodeMail(
  to: string,
  firstName: string,
  secret: { code: string; token: string; expiresAt: Date },
) {
  const code = secretMarker(LOGIN_CODE_SECRET_LABEL);
  return {
    to,
    subject: `Je code om aan te melden: ${code}`,
    text: [
      `Dag ${firstName},`,
      "",
      `Je code om aan te melden op je pagina voor zorgzame buren is: ${code}`,
      "",
      "Of klik op deze link:",
      secretMarker(LOGIN_LINK_SECRET_LABEL),
      "",
      "De code en de link werken 10 minuten en maar één keer.",
      "Vroeg je geen code? Dan hoef je niets te doen.",
    ].join("\n"),
    secrets: {
      values: {
        [LOGIN_CODE_SECRET_LABEL]: secret.code,
        [LOGIN_LINK_SECRET_LABEL]: staffAreaUrl(`/vrijwilliger/aanmelden/${secret.token}`),
      },
      expiresAt: secret.expiresAt,
    },
  };
}
