import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, HelpRequestStatus, Need, Urgency } from "@/lib/generated/prisma/enums";
import { normalizePhone } from "@/lib/phone/normalize-phone";
import { describeDeadline, type DeadlineView } from "@/lib/sla/deadline-state";
import { isOpenStatus } from "./lifecycle";
import {
  QUEUE_PAGE_SIZE,
  queueFilterSchema,
  type QueueFilter,
  type QueueFilterInput,
} from "@/lib/validation/staff-queue-schema";
import { OPEN_REQUEST } from "./open-request";
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

export type SearchKind = "phone" | "reference" | "name";

/** Up to this many persons, a name search looks their requests up by id. */
const NAME_SEARCH_ID_LIMIT = 5_000;

/**
 * What a search text is and which requests it finds:
 * - a phone number (names have no digits): the person's or the reporter's,
 *   compared normalised; looked up first by the indexed phone columns, so the
 *   request condition is a plain id list;
 * - a reference ("HV-7K3Q9P", "hv 7k3q9p", "7K3Q9P" with a digit in it): exact;
 * - otherwise a name: every word in the first or last name, ignoring case
 *   (trigram indexes make "contains" fast). Six letters that could also be a
 *   reference ("ACDEFG") look for both.
 */
export async function searchCondition(
  db: Db,
  q: string,
): Promise<{ kind: SearchKind; where: Prisma.HelpRequestWhereInput }> {
  const phone = /\d/.test(q) ? normalizePhone(q) : null;
  if (phone) {
    const [persons, reporters] = await Promise.all([
      db.person.findMany({ where: { phoneE164: phone }, select: { id: true } }),
      db.reporter.findMany({ where: { phoneE164: phone }, select: { id: true } }),
    ]);
    return {
      kind: "phone",
      where: {
        OR: [
          { personId: { in: persons.map((p) => p.id) } },
          { reporterId: { in: reporters.map((r) => r.id) } },
        ],
      },
    };
  }
  const reference = normalizeReference(q);
  if (reference && (/\d/.test(q) || /^\s*hv/i.test(q))) return { kind: "reference", where: { reference } };
  const words = q.split(/\s+/).filter((w) => w.length > 0);
  const personByName: Prisma.PersonWhereInput = {
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" as const } },
        { lastName: { contains: word, mode: "insensitive" as const } },
      ],
    })),
  };
  // The persons first (trigram indexes), then their requests by id: joined
  // instead, Postgres reads every request (100,000 in the benchmark) to find
  // a name's few hundred. A word that matches very many persons keeps the join.
  const persons = await db.person.findMany({
    where: personByName,
    select: { id: true },
    take: NAME_SEARCH_ID_LIMIT + 1,
  });
  const byName: Prisma.HelpRequestWhereInput =
    persons.length <= NAME_SEARCH_ID_LIMIT
      ? { personId: { in: persons.map((p) => p.id) } }
      : { person: personByName };
  return { kind: "name", where: reference ? { OR: [{ reference }, byName] } : byName };
}

/** The database condition of a queue filter (with the search condition already worked out). */
export function queueWhere(
  filter: QueueFilter,
  actor: StaffActor,
  now: Date,
  search: Prisma.HelpRequestWhereInput | null = null,
): Prisma.HelpRequestWhereInput {
  const and: Prisma.HelpRequestWhereInput[] = [];
  // Without a status filter: the open requests — unless searching, which looks everywhere.
  if (filter.status.length > 0) {
    and.push({ status: { in: filter.status } });
    // Spelled out for the planner: only ended requests have closedAt, and the
    // partial index HelpRequest_ended_queue_idx holds just those.
    if (filter.status.every((s) => !isOpenStatus(s))) and.push({ closedAt: { not: null } });
  } else if (!filter.q) and.push(OPEN_REQUEST);
  if (filter.channel) and.push({ channel: filter.channel });
  if (filter.neighbourhoodId) and.push({ neighbourhoodId: filter.neighbourhoodId });
  if (filter.need) and.push({ needs: { has: filter.need } });
  if (filter.assignee === "mine") and.push({ assigneeId: actor.id });
  else if (filter.assignee === "unassigned") and.push({ assigneeId: null });
  else if (filter.assignee) and.push({ assigneeId: filter.assignee });
  if (filter.overdue) {
    and.push({ ...OPEN_REQUEST, firstContactAt: null, dueAt: { lte: now } });
  }
  if (search) and.push(search);
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
  const search = filter.q ? await searchCondition(db, filter.q) : null;
  const where = queueWhere(filter, actor, now, search?.where ?? null);
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

  if (search) {
    await recordAuditEvent(db, {
      action: "help-request.search",
      entityType: "HelpRequest",
      actorStaffId: actor.id,
      ipHash: actor.ipHash ?? null,
      occurredAt: now,
      data: { kind: search.kind, found: total },
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
