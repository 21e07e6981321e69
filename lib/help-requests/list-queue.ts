import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, HelpRequestStatus, Need, Urgency } from "@/lib/generated/prisma/enums";
import { normalizePhone } from "@/lib/phone/normalize-phone";
import { describeDeadline, type DeadlineView } from "@/lib/sla/deadline-state";
import {
  QUEUE_PAGE_SIZE,
  queueFilterSchema,
  type QueueFilter,
  type QueueFilterInput,
} from "@/lib/validation/staff-queue-schema";
import { OPEN_STATUSES } from "./lifecycle";
import { normalizeReference } from "./reference";
import { parseStaffInput } from "./staff-action";

export interface QueueRow {
  id: string;
  reference: string;
  status: HelpRequestStatus;
  channel: Channel;
  needs: Need[];
  urgency: Urgency | null;
  receivedAt: Date;
  dueAt: Date;
  firstContactAt: Date | null;
  followUpAt: Date | null;
  /** First name and last name only: the contact data is on the request's page. */
  person: { firstName: string; lastName: string | null };
  neighbourhood: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  deadline: DeadlineView;
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** The filter as understood (invalid values dropped), to fill in the filter form. */
  filter: QueueFilter;
}

/** What a search text is: a phone number (no name has digits), otherwise a name and perhaps a reference. */
export function searchCondition(q: string): { kind: "phone" | "text"; where: Prisma.HelpRequestWhereInput } {
  const phone = /\d/.test(q) ? normalizePhone(q) : null;
  if (phone) {
    return {
      kind: "phone",
      where: { OR: [{ person: { phoneE164: phone } }, { reporter: { phoneE164: phone } }] },
    };
  }
  const reference = normalizeReference(q);
  const words = q.split(/\s+/).filter((w) => w.length > 0);
  // Every word in the first or last name: "maria peeters" finds Maria Peeters.
  const byName: Prisma.HelpRequestWhereInput = {
    AND: words.map((word) => ({
      person: {
        OR: [
          { firstName: { contains: word, mode: "insensitive" as const } },
          { lastName: { contains: word, mode: "insensitive" as const } },
        ],
      },
    })),
  };
  return { kind: "text", where: reference ? { OR: [{ reference }, byName] } : byName };
}

/** The database condition of a queue filter. */
export function queueWhere(filter: QueueFilter, actor: StaffActor, now: Date): Prisma.HelpRequestWhereInput {
  const and: Prisma.HelpRequestWhereInput[] = [];
  // Without a status filter: the open requests — unless searching, which looks everywhere.
  if (filter.status.length > 0) and.push({ status: { in: filter.status } });
  else if (!filter.q) and.push({ status: { in: [...OPEN_STATUSES] } });
  if (filter.channel) and.push({ channel: filter.channel });
  if (filter.neighbourhoodId) and.push({ neighbourhoodId: filter.neighbourhoodId });
  if (filter.need) and.push({ needs: { has: filter.need } });
  if (filter.assignee === "mine") and.push({ assigneeId: actor.id });
  else if (filter.assignee === "unassigned") and.push({ assigneeId: null });
  else if (filter.assignee) and.push({ assigneeId: filter.assignee });
  if (filter.overdue) {
    and.push({ status: { in: [...OPEN_STATUSES] }, firstContactAt: null, dueAt: { lte: now } });
  }
  if (filter.q) and.push(searchCondition(filter.q).where);
  return { AND: and };
}

/**
 * The queue of requests (/beheer/aanvragen): filtered by status (open ones by
 * default), channel, neighbourhood, need, assignee ("mine", "unassigned" or
 * an id) and overdue; searchable by reference, first or last name, or phone
 * (of the person or of the one who asked, compared normalised). Sorted by
 * deadline: requests still waiting for a first contact first, the closest
 * deadline on top; "received" sorts newest first. 25 per page, with the total.
 * A search is written to the audit log (what kind, how many found — not the
 * text, which may be a phone number).
 */
export async function listQueue(
  actor: StaffActor,
  input: QueueFilterInput = {},
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<QueuePage> {
  assertCan(actor, "request:read");
  const filter = parseStaffInput(queueFilterSchema, input);
  const where = queueWhere(filter, actor, now);
  const orderBy: Prisma.HelpRequestOrderByWithRelationInput[] =
    filter.sort === "received"
      ? [{ receivedAt: "desc" }, { id: "asc" }]
      : [{ firstContactAt: { sort: "asc", nulls: "first" } }, { dueAt: "asc" }, { id: "asc" }];

  const [rows, total] = await Promise.all([
    db.helpRequest.findMany({
      where,
      orderBy,
      skip: (filter.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        status: true,
        channel: true,
        needs: true,
        urgency: true,
        receivedAt: true,
        dueAt: true,
        firstContactAt: true,
        followUpAt: true,
        person: { select: { firstName: true, lastName: true } },
        neighbourhood: { select: { id: true, name: true } },
        assignee: { select: { id: true, name: true } },
      },
    }),
    db.helpRequest.count({ where }),
  ]);

  if (filter.q) {
    await recordAuditEvent(db, {
      action: "help-request.search",
      entityType: "HelpRequest",
      actorStaffId: actor.id,
      ipHash: actor.ipHash ?? null,
      occurredAt: now,
      data: { kind: searchCondition(filter.q).kind, found: total },
    });
  }

  return {
    rows: rows.map((row) => ({ ...row, deadline: describeDeadline(row, now) })),
    total,
    page: filter.page,
    pageSize: QUEUE_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    filter,
  };
}
