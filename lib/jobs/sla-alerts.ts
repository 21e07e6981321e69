// The 24-hour clock's watchdog: e-mails the people who take calls when a
// request nobody has reached yet has less than 4 hours left (once), and again
// when its deadline passes (once). Runs every minute from the scheduler; safe
// to run from several app instances at once. No "server-only" import here or
// below: the scheduler is started from instrumentation.ts, outside the React
// server graph.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { addTimelineEvent } from "@/lib/help-requests/staff-action";
import { slaEscalationMail, slaWarningMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue-mail";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";
import { DUE_SOON_MS } from "@/lib/sla/deadline-state";

export const SLA_ACTOR_LABEL = "systeem: termijnbewaking";

interface ClaimedRequest {
  id: string;
  reference: string;
  channel: Channel;
  dueAt: Date;
  assigneeId: string | null;
}

export interface SlaAlertsResult {
  /** References warned in this run (less than 4 hours left). */
  warned: string[];
  /** References escalated in this run (deadline passed). */
  escalated: string[];
  /** Messages queued in the outbox. */
  mails: number;
}

/**
 * Who hears about the clock: every active COORDINATOR (intake and triage is
 * their work), plus the active staff member the request is assigned to, if
 * any. With no active coordinator at all, the active ADMINs; with none of
 * those either, the city's contact address from the settings — an alert must
 * never go nowhere. Addresses are de-duplicated.
 */
export async function slaRecipients(
  tx: Prisma.TransactionClient,
  assigneeId: string | null,
  fallbackEmail: string,
): Promise<string[]> {
  const staff = await tx.staffUser.findMany({
    where: {
      isActive: true,
      OR: [{ role: "COORDINATOR" }, { role: "ADMIN" }, ...(assigneeId ? [{ id: assigneeId }] : [])],
    },
    orderBy: { email: "asc" },
    select: { id: true, email: true, role: true },
  });
  const coordinators = staff.filter((s) => s.role === "COORDINATOR").map((s) => s.email);
  const assignee = staff.filter((s) => s.id === assigneeId).map((s) => s.email);
  const admins = staff.filter((s) => s.role === "ADMIN").map((s) => s.email);
  const chosen = coordinators.length > 0 ? [...coordinators, ...assignee] : [...admins, ...assignee];
  const unique = [...new Set(chosen.map((e) => e.toLowerCase()))];
  return unique.length > 0 ? unique : [fallbackEmail];
}

/**
 * One run. Open means "closedAt" IS NULL (a CHECK constraint ties it to the
 * status), which the partial queue index serves. Each alert is claimed with a single conditional UPDATE … WHERE
 * "slaWarnedAt" IS NULL … RETURNING: when two instances run at once, Postgres
 * makes the second wait for the first's row lock and then re-check the
 * condition, so each request is claimed by exactly one run. The claim, the
 * timeline event, the audit event and the mails are one transaction: either
 * all of it happened, or none and the next run tries again.
 *
 * Overdue requests are escalated first; escalating also marks the warning as
 * done, so a request that was never warned (the scheduler was down, or the
 * deadline is short) gets only the escalation, never a late "4 hours left".
 */
export async function runSlaAlerts({
  db = prisma,
  now = new Date(),
}: { db?: Db; now?: Date } = {}): Promise<SlaAlertsResult> {
  const contactSetting = await db.setting.findUnique({ where: { key: "contactEmail" } });
  const fallbackEmail =
    typeof contactSetting?.value === "string" ? contactSetting.value : DEFAULT_SETTINGS.contactEmail;
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  return db.$transaction(
    async (tx) => {
      const escalated = await tx.$queryRaw<ClaimedRequest[]>`
        UPDATE "HelpRequest"
        SET "slaEscalatedAt" = ${now}, "slaWarnedAt" = COALESCE("slaWarnedAt", ${now}), "updatedAt" = ${now}
        WHERE "closedAt" IS NULL
          AND "firstContactAt" IS NULL
          AND "slaEscalatedAt" IS NULL
          AND "dueAt" <= ${now}
        RETURNING "id", "reference", "channel"::text AS "channel", "dueAt", "assigneeId"`;
      const warned = await tx.$queryRaw<ClaimedRequest[]>`
        UPDATE "HelpRequest"
        SET "slaWarnedAt" = ${now}, "updatedAt" = ${now}
        WHERE "closedAt" IS NULL
          AND "firstContactAt" IS NULL
          AND "slaWarnedAt" IS NULL
          AND "dueAt" > ${now}
          AND "dueAt" < ${soon}
        RETURNING "id", "reference", "channel"::text AS "channel", "dueAt", "assigneeId"`;

      let mails = 0;
      const alert = async (request: ClaimedRequest, kind: "warning" | "escalation") => {
        const recipients = await slaRecipients(tx, request.assigneeId, fallbackEmail);
        const input = {
          requestId: request.id,
          reference: request.reference,
          channel: request.channel,
          dueAt: request.dueAt,
          now,
        };
        const message = kind === "warning" ? slaWarningMail(input) : slaEscalationMail(input);
        for (const to of recipients) await queueMail(tx, { to, ...message }, { now });
        mails += recipients.length;
        const people = recipients.length === 1 ? "1 adres" : `${recipients.length} adressen`;
        await addTimelineEvent(tx, null, request.id, now, {
          type: kind === "warning" ? "SLA_WARNING" : "SLA_ESCALATED",
          note:
            kind === "warning"
              ? `Nog minder dan 4 uur tot de termijn en nog geen eerste contact. E-mail naar ${people}.`
              : `De termijn is voorbij zonder eerste contact. E-mail naar ${people}.`,
          data: { recipients: recipients.length },
        });
        await recordAuditEvent(tx, {
          action: kind === "warning" ? "help-request.sla-warning" : "help-request.sla-escalation",
          entityType: "HelpRequest",
          entityId: request.id,
          actorLabel: SLA_ACTOR_LABEL,
          occurredAt: now,
          data: { reference: request.reference, recipients: recipients.length },
        });
      };
      for (const request of escalated) await alert(request, "escalation");
      for (const request of warned) await alert(request, "warning");
      return { warned: warned.map((r) => r.reference), escalated: escalated.map((r) => r.reference), mails };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
