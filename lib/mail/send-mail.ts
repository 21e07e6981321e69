// Outgoing e-mail goes through the outbox table: a use case queues a message
// (./queue-mail.ts) in its own transaction (so a mail exists if and only if the change it tells
// about was committed), and deliverOutbox sends what is pending over a
// MailTransport. Without a transport (no SMTP configured) messages stay
// PENDING and staff read them at /beheer/outbox. A secret in a mail (a code, a
// sign-in link) is stored apart from its text and filled in only on the way
// out (./mail-secrets.ts).
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterFailedAttempt } from "./delivery-schedule";
import { CLEARED_SECRETS, fillSecrets, readSecrets } from "./mail-secrets";
import { MailServerUnavailableError, type MailTransport } from "./mail-transport";
import { smtpTransportFromEnv } from "./smtp-transport";

export { MAX_DELIVERY_ATTEMPTS } from "./delivery-schedule";
export { MailServerUnavailableError, type MailMessage, type MailTransport } from "./mail-transport";

/**
 * The transport configured for this deployment: SMTP when SMTP_URL and
 * MAIL_FROM are set (see ./smtp-transport.ts), otherwise null and every
 * message stays in the outbox, readable at /beheer/outbox.
 */
export function mailTransportFromEnv(
  env: Record<string, string | undefined> = process.env,
): MailTransport | null {
  return smtpTransportFromEnv(env);
}

export interface DeliverOutboxResult {
  sent: number;
  failed: number;
  /** Messages still pending (not tried in this round, or waiting to be retried). */
  pending: number;
}

/**
 * Sends pending messages that are due, oldest first, one transaction per
 * message. Each message is claimed with FOR UPDATE SKIP LOCKED, so several
 * app instances can deliver at once without sending a message twice; a
 * message whose send fails waits until its nextAttemptAt (backoff, see
 * ./delivery-schedule.ts) and becomes FAILED after MAX_DELIVERY_ATTEMPTS.
 * When the server is unavailable the round ends after the first message.
 * Without a transport nothing is sent and everything stays PENDING.
 */
export async function deliverOutbox({
  db,
  transport,
  now = new Date(),
  limit = 50,
}: {
  db: Db;
  transport: MailTransport | null;
  now?: Date;
  limit?: number;
}): Promise<DeliverOutboxResult> {
  let sent = 0;
  let failed = 0;
  const tried = new Set<string>();
  if (transport) {
    for (let i = 0; i < limit; i++) {
      const outcome = await db.$transaction(
        async (tx) => {
          const skip = [...tried];
          const rows = await tx.$queryRaw<
            {
              id: string;
              to: string;
              subject: string;
              textBody: string;
              attempts: number;
              secrets: Prisma.JsonValue | null;
              secretsExpireAt: Date | null;
            }[]
          >`
            SELECT "id", "to", "subject", "textBody", "attempts", "secrets", "secretsExpireAt" FROM "OutboxMessage"
            WHERE "status" = 'PENDING'
              AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
              AND NOT ("id" = ANY(${skip}::text[]))
            ORDER BY "createdAt", "id"
            LIMIT 1
            FOR UPDATE SKIP LOCKED`;
          const message = rows[0];
          if (!message) return null;
          tried.add(message.id);
          // An expired secret is not sent: the scheduler may not have cleared it yet.
          const live =
            message.secretsExpireAt && message.secretsExpireAt > now ? readSecrets(message.secrets) : null;
          try {
            await transport.send({
              id: message.id,
              to: message.to,
              subject: fillSecrets(message.subject, live),
              text: fillSecrets(message.textBody, live),
            });
            // Sent: the only copy of its secrets left is the recipient's.
            await tx.outboxMessage.update({
              where: { id: message.id },
              data: {
                status: "SENT",
                sentAt: now,
                attempts: message.attempts + 1,
                lastError: null,
                nextAttemptAt: null,
                ...CLEARED_SECRETS,
              },
            });
            return "sent" as const;
          } catch (error) {
            const attempts = message.attempts + 1;
            const next = afterFailedAttempt(attempts, now);
            await tx.outboxMessage.update({
              where: { id: message.id },
              data: {
                attempts,
                status: next.giveUp ? "FAILED" : "PENDING",
                nextAttemptAt: next.giveUp ? null : next.nextAttemptAt,
                lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
                // Given up: the secrets will never be sent, so they are not kept either.
                ...(next.giveUp ? CLEARED_SECRETS : {}),
              },
            });
            return { failed: next.giveUp, stop: error instanceof MailServerUnavailableError };
          }
        },
        { timeout: 60_000 },
      );
      if (outcome === null) break;
      if (outcome === "sent") {
        sent++;
        continue;
      }
      if (outcome.failed) failed++;
      // The server itself is unusable: this message's attempt counts, the rest wait for the next round.
      if (outcome.stop) break;
    }
  }
  const pending = await db.outboxMessage.count({ where: { status: "PENDING" } });
  return { sent, failed, pending };
}
