import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { isDemoDatabase } from "@/lib/auth/authenticate-staff";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { StaffRefusal } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { readSecrets, secretLabelsIn } from "@/lib/mail/mail-secrets";
import { revealOutboxSecretSchema, type RevealOutboxSecretInput } from "@/lib/validation/staff-outbox-schema";

export type OutboxRefusalCode = "not-demo" | "no-secret";

/** Why a secret is not shown, in words for the admin. */
export class OutboxRefusal extends StaffRefusal<OutboxRefusalCode> {
  override readonly name = "OutboxRefusal";
}

export const NOT_DEMO_MESSAGE =
  "Geheimen tonen kan alleen op de demodatabank. Hier gaan codes en links alleen per mail naar de ontvanger.";
export const NO_SECRET_MESSAGE =
  "Dit bericht heeft geen geheim meer: het is verlopen of de mail is al verstuurd. Vraag een nieuwe code of uitnodiging aan.";

/**
 * Shows the unexpired secrets of one outbox message (a sign-in code or link)
 * to an ADMIN, on the embedded demo database only: the demo sends no mail,
 * and the README walkthrough needs Koen's code. Every look is audited (who,
 * which message, which labels; never the secret itself), in the same
 * transaction as the read. On any other database this always refuses,
 * whatever the role: there the secret reaches only the recipient.
 */
export async function revealOutboxSecret(
  actor: StaffActor,
  input: RevealOutboxSecretInput,
  {
    db = prisma,
    now = new Date(),
    demoDatabase = isDemoDatabase(),
  }: { db?: Db; now?: Date; demoDatabase?: boolean } = {},
): Promise<{ messageId: string; to: string; secrets: { label: string; value: string }[]; expiresAt: Date }> {
  assertCan(actor, "outbox:reveal-demo-secret");
  if (!demoDatabase) throw new OutboxRefusal("not-demo", NOT_DEMO_MESSAGE);
  const { messageId } = parseStaffInput(revealOutboxSecretSchema, input);
  return db.$transaction(async (tx) => {
    const message = await tx.outboxMessage.findUnique({
      where: { id: messageId },
      select: { id: true, to: true, subject: true, textBody: true, secrets: true, secretsExpireAt: true },
    });
    const values = message ? readSecrets(message.secrets) : null;
    if (!message || !values || !message.secretsExpireAt || message.secretsExpireAt <= now) {
      throw new OutboxRefusal("no-secret", NO_SECRET_MESSAGE);
    }
    // In the order the mail names them (the code before the link).
    const labels = secretLabelsIn(message.subject, message.textBody).filter((label) => label in values);
    await recordAuditEvent(tx, {
      action: "outbox.reveal-demo-secret",
      entityType: "OutboxMessage",
      entityId: message.id,
      actorStaffId: actor.id,
      ipHash: actor.ipHash,
      data: { labels },
      occurredAt: now,
    });
    return {
      messageId: message.id,
      to: message.to,
      secrets: labels.map((label) => ({ label, value: values[label]! })),
      expiresAt: message.secretsExpireAt,
    };
  });
}
