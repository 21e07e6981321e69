import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";
import { listVolunteersSchema, type ListVolunteersInput } from "@/lib/validation/staff-volunteer-schemas";
import { LOAD_STATUSES } from "@/lib/volunteer-links/lifecycle";

/** At most this many rows on one screen; the filters narrow it down. */
export const VOLUNTEER_PAGE_SIZE = 100;

const WAITING: VolunteerStatus[] = ["APPLIED", "INTAKE_PLANNED", "SCREENING"];

const ROW_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  phoneE164: true,
  status: true,
  activities: true,
  languages: true,
  maxActiveLinks: true,
  lastLinkedAt: true,
  intakeAt: true,
  pauseRequestedAt: true,
  createdAt: true,
  neighbourhood: { select: { name: true } },
  _count: { select: { links: { where: { status: { in: [...LOAD_STATUSES] } } } } },
} as const satisfies Prisma.VolunteerSelect;

type Row = Prisma.VolunteerGetPayload<{ select: typeof ROW_SELECT }>;

export interface VolunteerRow extends Omit<Row, "_count"> {
  /** Links taking one of their places now. */
  load: number;
}

export interface VolunteerList {
  rows: VolunteerRow[];
  /** How many match (the screen shows at most VOLUNTEER_PAGE_SIZE). */
  total: number;
}

/** Ids of the volunteers (not stopped) whose open links reach their maximum. */
async function overloadedIds(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT v."id" FROM "Volunteer" v
    WHERE v."status" <> 'STOPPED'
      AND (SELECT count(*) FROM "VolunteerLink" l
           WHERE l."volunteerId" = v."id" AND l."status" = ANY(${[...LOAD_STATUSES] as string[]}::"VolunteerLinkStatus"[])) >= v."maxActiveLinks"`;
  return rows.map((r) => r.id);
}

/**
 * The volunteers for the coordinator, with four views: everyone (by name),
 * overloaded (open links ≥ maximum), idle (active without an open link,
 * longest since their last link first) and waiting (signed up, intake planned
 * or in screening, longest waiting first). Filters: status, neighbourhood,
 * activity, and a search on name or phone number.
 */
export async function listVolunteers(
  actor: StaffActor,
  input: ListVolunteersInput,
  { db = prisma }: { db?: Db } = {},
): Promise<VolunteerList> {
  assertCan(actor, "volunteer:read");
  const f = listVolunteersSchema.parse(input);
  const and: Prisma.VolunteerWhereInput[] = [{ anonymisedAt: null }];
  if (f.status) and.push({ status: f.status });
  if (f.neighbourhood) and.push({ neighbourhood: { slug: f.neighbourhood } });
  if (f.activity) and.push({ activities: { has: f.activity } });
  if (f.q) {
    const digits = f.q.replace(/\D/g, "").replace(/^0/, "");
    and.push({
      OR: [
        { firstName: { contains: f.q, mode: "insensitive" } },
        { lastName: { contains: f.q, mode: "insensitive" } },
        ...(digits.length >= 3 ? [{ phoneE164: { contains: digits } }] : []),
      ],
    });
  }
  let orderBy: Prisma.VolunteerOrderByWithRelationInput[] = [{ lastName: "asc" }, { firstName: "asc" }];
  if (f.view === "overbelast") and.push({ id: { in: await overloadedIds(db) } });
  if (f.view === "zonder-koppeling") {
    and.push({ status: "ACTIVE", links: { none: { status: { in: [...LOAD_STATUSES] } } } });
    orderBy = [{ lastLinkedAt: { sort: "asc", nulls: "first" } }, { activatedAt: "asc" }];
  }
  if (f.view === "wachtend") {
    and.push({ status: { in: WAITING } });
    orderBy = [{ createdAt: "asc" }];
  }
  const where: Prisma.VolunteerWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.volunteer.findMany({ where, select: ROW_SELECT, orderBy, take: VOLUNTEER_PAGE_SIZE }),
    db.volunteer.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...row }) => ({ ...row, load: _count.links })), total };
}
