// Queueing a mail: one row in the outbox, in the caller's transaction. Apart
// from delivery (./send-mail.ts), so code that only queues (and tests) need
// not load the SMTP client.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertSecretsFit, type MailSecrets } from "./mail-secrets";
import type { MailMessage } from "./mail-transport";

export { secretMarker, type MailSecrets } from "./mail-secrets";

/** A mail to queue; `secrets` when it carries a code or link, with `secretMarker(label)` in its subject or text where each goes. */
export interface QueuedMail extends MailMessage {
  secrets?: MailSecrets;
}

/**
 * Writes a message to the outbox within the caller's transaction (`now`: its
 * creation time, for a controlled clock). Its secrets go to their own column,
 * never into the subject or text (a secret written out there is refused).
 */
export async function queueMail(
  tx: Prisma.TransactionClient | Db,
  message: QueuedMail,
  { now }: { now?: Date } = {},
): Promise<{ id: string }> {
  assertSecretsFit([message.subject, message.text], message.secrets);
  const { secrets } = message;
  return tx.outboxMessage.create({
    data: {
      to: message.to,
      subject: message.subject,
      textBody: message.text,
      status: "PENDING",
      ...(secrets && Object.keys(secrets.values).length
        ? { secrets: { ...secrets.values }, secretsExpireAt: secrets.expiresAt }
        : {}),
      ...(now ? { createdAt: now } : {}),
    },
    select: { id: true },
  });
}
