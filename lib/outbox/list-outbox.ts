import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import {
  OUTBOX_PAGE_SIZE,
  outboxFilterSchema,
  type OutboxFilterInput,
} from "@/lib/validation/staff-outbox-schema";

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  textBody: string;
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
 * sent and what failed.
 */
export async function listOutbox(
  actor: StaffActor,
  input: OutboxFilterInput = {},
  { db = prisma }: { db?: Db; now?: Date } = {},
): Promise<{ rows: OutboxRow[]; total: number; page: number; pageSize: number; pageCount: number }> {
  assertCan(actor, "outbox:read");
  const { status, page } = parseStaffInput(outboxFilterSchema, input);
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        to: true,
        subject: true,
        textBody: true,
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
    rows,
    total,
    page,
    pageSize: OUTBOX_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
  };
}
