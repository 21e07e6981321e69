// Secrets in e-mail (a sign-in code, a sign-in or invitation link) never sit
// in a message's subject or text: those hold a marker, "{{geheim:inlogcode}}",
// and the value lives in OutboxMessage.secrets until the message is sent, is
// given up, or the secret expires. Delivery fills the markers in; the outbox
// shows them masked, so nobody who reads the outbox can sign in as someone else.
// Plain functions, no "server-only": the jobs (lib/jobs) use them too.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** A label names a secret in words the reader understands: "inlogcode", "inloglink", "uitnodigingslink". */
const LABEL = /^[a-z]+$/;
const MARKER = /\{\{geheim:([a-z]+)\}\}/g;

/** The secrets a mail carries, by label, and until when they work. */
export interface MailSecrets {
  values: Readonly<Record<string, string>>;
  expiresAt: Date;
}

/** Where a secret goes in a mail's subject or text. */
export function secretMarker(label: string): string {
  if (!LABEL.test(label)) throw new Error(`Invalid secret label: ${label}`);
  return `{{geheim:${label}}}`;
}

/** The labels whose markers occur in these texts, in order, each once. */
export function secretLabelsIn(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(MARKER)].map((m) => m[1]!)))];
}

/**
 * Checks a mail before it is queued: every secret has a marker and a value,
 * every marker a secret, and no secret value is written out in the texts.
 */
export function assertSecretsFit(texts: string[], secrets: MailSecrets | undefined): void {
  const labels = Object.keys(secrets?.values ?? {});
  const markers = secretLabelsIn(...texts);
  for (const label of labels) {
    if (!LABEL.test(label)) throw new Error(`Invalid secret label: ${label}`);
    if (!markers.includes(label)) throw new Error(`Mail secret "${label}" has no marker in the mail`);
    const value = secrets!.values[label]!;
    if (!value) throw new Error(`Mail secret "${label}" is empty`);
    if (texts.some((text) => text.includes(value))) {
      throw new Error(`Mail secret "${label}" is written out in the mail instead of its marker`);
    }
  }
  const missing = markers.filter((label) => !labels.includes(label));
  if (missing.length) throw new Error(`Mail markers without a secret: ${missing.join(", ")}`);
}

/** The text as the outbox shows it: "[verborgen: inlogcode]" where a secret goes. */
export function maskSecrets(text: string): string {
  return text.replace(MARKER, (_marker, label: string) => `[verborgen: ${label}]`);
}

/**
 * The text as it is sent: each marker replaced by its secret, or, when the
 * secret is gone (expired before the mail could leave), by "[verlopen: …]".
 */
export function fillSecrets(text: string, values: Readonly<Record<string, string>> | null): string {
  return text.replace(MARKER, (_marker, label: string) => values?.[label] ?? `[verlopen: ${label}]`);
}

/** The stored secrets as a label → value map (null: none, or not such a map). */
export function readSecrets(stored: Prisma.JsonValue | null | undefined): Record<string, string> | null {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return null;
  const values: Record<string, string> = {};
  for (const [label, value] of Object.entries(stored)) if (typeof value === "string") values[label] = value;
  return values;
}

/** The update that forgets a message's secrets (both columns, as the check constraint wants). */
export const CLEARED_SECRETS = { secrets: Prisma.DbNull, secretsExpireAt: null } as const;

/**
 * Forgets the secrets labelled `label` in earlier mails to `to`, in the
 * caller's transaction, before it queues the mail with the new one: a new
 * sign-in code or invitation link makes the old one stop working (it expired),
 * so its copy goes too.
 */
export async function clearReplacedMailSecrets(
  tx: Prisma.TransactionClient | Db,
  { to, label }: { to: string; label: string },
): Promise<void> {
  await tx.outboxMessage.updateMany({
    where: { to, secretsExpireAt: { not: null }, textBody: { contains: secretMarker(label) } },
    data: CLEARED_SECRETS,
  });
}

/**
 * Forgets every secret whose time is up, sent or not (the scheduler runs
 * this every minute): after that no copy of it is left in the database.
 */
export async function clearExpiredMailSecrets({
  db,
  now,
}: {
  db: Db;
  now: Date;
}): Promise<{ cleared: number }> {
  const { count } = await db.outboxMessage.updateMany({
    where: { secretsExpireAt: { lte: now } },
    data: CLEARED_SECRETS,
  });
  return { cleared: count };
}
