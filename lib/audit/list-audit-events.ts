import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "@/lib/validation/audit-filter-schema";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The name of the staff member the event is about, for events on staff accounts. */
  entityName: string | null;
  /** The staff member who did it, when it was one. */
  actorName: string | null;
  actorStaffId: string | null;
  /** Who, in words, when not a staff member ("inwoner via website"). */
  actorLabel: string | null;
  data: Prisma.JsonValue | null;
}

export interface AuditEventPage {
  events: AuditEventRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** The audit log, newest first, 50 per page, filtered by what, on what, by whom and when. */
export async function listAuditEvents(
  actor: StaffActor,
  filter: AuditFilter,
  options: { db?: Db } = {},
): Promise<AuditEventPage> {
  assertCan(actor, "audit:read");
  const db = options.db ?? prisma;
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.actorStaffId ? { actorStaffId: filter.actorStaffId } : {}),
    ...(filter.from || filter.toExclusive
      ? {
          occurredAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.toExclusive ? { lt: filter.toExclusive } : {}),
          },
        }
      : {}),
  };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page) || 1), pageCount);
  const rows = await db.auditEvent.findMany({
    where,
    // The id breaks ties between events of the same millisecond, so pages never overlap.
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      occurredAt: true,
      action: true,
      entityType: true,
      entityId: true,
      actorLabel: true,
      actorStaffId: true,
      data: true,
      actorStaff: { select: { name: true } },
    },
  });
  // Events about staff accounts name the account: "Rol gewijzigd" says little without "of whom".
  const staffIds = [
    ...new Set(rows.filter((r) => r.entityType === "StaffUser" && r.entityId).map((r) => r.entityId!)),
  ];
  const staffNames = new Map(
    (staffIds.length
      ? await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })
      : []
    ).map((u) => [u.id, u.name]),
  );
  return {
    events: rows.map(({ actorStaff, ...row }) => ({
      ...row,
      actorName: actorStaff?.name ?? null,
      entityName:
        row.entityType === "StaffUser" && row.entityId ? (staffNames.get(row.entityId) ?? null) : null,
    })),
    total,
    page,
    pageCount,
  };
}

/**
 * The distinct values of an indexed column, one index probe per value (a
 * "loose index scan"): the audit log grows to millions of rows, its list of
 * actions stays short.
 */
async function distinctValues(db: Db, column: "action" | "entityType"): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ value: string | null }[]>(`
    WITH RECURSIVE t(value) AS (
      (SELECT "${column}" FROM "AuditEvent" ORDER BY "${column}" LIMIT 1)
      UNION ALL
      SELECT (SELECT "${column}" FROM "AuditEvent" WHERE "${column}" > t.value ORDER BY "${column}" LIMIT 1)
      FROM t WHERE t.value IS NOT NULL
    )
    SELECT value FROM t WHERE value IS NOT NULL`);
  return rows.map((r) => r.value as string);
}

/** The choices of the filter form: the actions and kinds of record that occur, and every staff member. */
export async function listAuditFilterOptions(
  actor: StaffActor,
  options: { db?: Db } = {},
): Promise<{ actions: string[]; entityTypes: string[]; actors: { id: string; name: string }[] }> {
  assertCan(actor, "audit:read");
  const db = options.db ?? prisma;
  const [actions, entityTypes, actors] = await Promise.all([
    distinctValues(db, "action"),
    distinctValues(db, "entityType"),
    db.staffUser.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return { actions, entityTypes, actors };
}
