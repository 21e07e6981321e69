import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { isDemoDatabase } from "@/lib/auth/authenticate-staff";
import { can } from "@/lib/auth/permissions";
import { prisma, type Db } from "@/lib/db";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { maskSecrets, secretLabelsIn } from "@/lib/mail/mail-secrets";
import {
  OUTBOX_PAGE_SIZE,
  outboxFilterSchema,
  type OutboxFilterInput,
} from "@/lib/validation/staff-outbox-schema";

export interface OutboxRow {
  id: string;
  to: string;
  /** Subject and text with every secret masked: "[verborgen: inlogcode]". */
  subject: string;
  textBody: string;
  /** The labels of the secrets this message carries (or carried), e.g. ["inlogcode", "inloglink"]. */
  secretLabels: string[];
  /** Whether this reader may reveal its secrets now: ADMIN, on the demo database, secret not yet expired or sent. */
  canRevealSecret: boolean;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** When a PENDING message whose last attempt failed is tried again; null otherwise. */
  nextAttemptAt: Date | null;
  sentAt: Date | null;
  createdAt: Date;
}

/**
 * The outgoing e-mail, newest first (/beheer/outbox). Without SMTP every
 * message stays here, PENDING, for staff to read; with SMTP it shows what was
 * sent and what failed. A secret in a message (sign-in code or link,
 * invitation link) is never read from the database here, let alone shown:
 * nobody can use the outbox to sign in as someone else.
 */
export async function listOutbox(
  actor: StaffActor,
  input: OutboxFilterInput = {},
  {
    db = prisma,
    now = new Date(),
    demoDatabase = isDemoDatabase(),
  }: { db?: Db; now?: Date; demoDatabase?: boolean } = {},
): Promise<{ rows: OutboxRow[]; total: number; page: number; pageSize: number; pageCount: number }> {
  assertCan(actor, "outbox:read");
  const { status, page } = parseStaffInput(outboxFilterSchema, input);
  const mayReveal = demoDatabase && can(actor.role, "outbox:reveal-demo-secret");
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      // Not `secrets`: only whether there still is one, by its expiry (both are set and cleared together).
      select: {
        id: true,
        to: true,
        subject: true,
        textBody: true,
        secretsExpireAt: true,
        status: true,
        attempts: true,
        lastError: true,
        nextAttemptAt: true,
        sentAt: true,
        createdAt: true,
      },
    }),
    db.outboxMessage.count({ where }),
  ]);
  return {
    rows: rows.map(({ secretsExpireAt, ...row }) => ({
      ...row,
      subject: maskSecrets(row.subject),
      textBody: maskSecrets(row.textBody),
      secretLabels: secretLabelsIn(row.subject, row.textBody),
      canRevealSecret: mayReveal && secretsExpireAt !== null && secretsExpireAt > now,
    })),
    total,
    page,
    pageSize: OUTBOX_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
  };
}
