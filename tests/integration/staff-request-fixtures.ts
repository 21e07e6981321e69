// Shared by the staff-*.test.ts files of the request domain: requests in a
// given state, written straight to the (shared) test database with unique
// values, and settings that are put back afterwards. Staff accounts, actors
// and refusals are in staff-fixtures.ts.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { generateReference } from "@/lib/help-requests/reference";
import { loadContent } from "../../prisma/seed/load-content";

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** The demo content (neighbourhoods, organisations, offers, settings), loaded once for all files. */
export async function ensureContent(db: Db): Promise<void> {
  if ((await db.offer.count({ where: { slug: "de-keeting" } })) === 0) await loadContent(db);
}

export interface RequestSeed {
  status?: HelpRequestStatus;
  channel?: Channel;
  requestFor?: "SELF" | "SOMEONE_ELSE";
  subjectConsent?: "NOT_APPLICABLE" | "REPORTED" | "ASKED" | "CONSENTED" | "DECLINED";
  receivedAt?: Date;
  dueAt?: Date;
  firstContactAt?: Date | null;
  person?: Partial<Prisma.PersonUncheckedCreateInput>;
  reporter?: Prisma.ReporterUncheckedCreateInput | null;
  neighbourhoodId?: string | null;
  assigneeId?: string | null;
  needs?: Prisma.HelpRequestCreateneedsInput["set"];
  message?: string | null;
}

/** A request in the given state, with its person (and reporter), as if it got there through the use cases. */
export async function makeRequest(db: Db, seed: RequestSeed = {}) {
  const receivedAt = seed.receivedAt ?? new Date();
  const status = seed.status ?? "NEW";
  const requestFor = seed.requestFor ?? (seed.reporter ? "SOMEONE_ELSE" : "SELF");
  const reached = status !== "NEW" && status !== "WITHDRAWN" && status !== "CLOSED";
  const person = await db.person.create({
    data: { firstName: "Testpersoon", phoneE164: null, email: null, ...seed.person },
  });
  const reporter = seed.reporter ? await db.reporter.create({ data: seed.reporter }) : null;
  return db.helpRequest.create({
    data: {
      reference: generateReference(),
      channel: seed.channel ?? "WEBSITE",
      status,
      requestFor,
      subjectAwareness: requestFor === "SOMEONE_ELSE" ? "YES" : null,
      subjectConsent: seed.subjectConsent ?? (requestFor === "SOMEONE_ELSE" ? "REPORTED" : "NOT_APPLICABLE"),
      needs: seed.needs ?? ["CHAT_OR_CALL"],
      message: seed.message ?? null,
      receivedAt,
      dueAt: seed.dueAt ?? new Date(receivedAt.getTime() + 24 * HOUR),
      firstContactAt:
        seed.firstContactAt !== undefined
          ? seed.firstContactAt
          : reached
            ? new Date(receivedAt.getTime() + HOUR)
            : null,
      consentGivenAt: receivedAt,
      // Set exactly for ended requests (a CHECK constraint holds the database to it).
      closedAt:
        status === "CLOSED" || status === "WITHDRAWN" ? new Date(receivedAt.getTime() + 2 * HOUR) : null,
      neighbourhoodId: seed.neighbourhoodId ?? null,
      assigneeId: seed.assigneeId ?? null,
      personId: person.id,
      reporterId: reporter?.id ?? null,
      timeline: { create: { type: "RECEIVED", occurredAt: receivedAt, toStatus: "NEW" } },
    },
    include: { person: true, reporter: true },
  });
}

/** A unique Belgian mobile number in E.164 (+32 470 xx xx xx) and the way someone might write it. */
export function uniquePhone(): { e164: string; written: string } {
  const n = String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0");
  return { e164: `+32470${n}`, written: `0470/${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4)}` };
}

/** Sets settings for a test file and returns a function that puts the old values back. */
export async function useSettings(
  db: Db,
  values: Record<string, Prisma.InputJsonValue>,
): Promise<() => Promise<void>> {
  const previous: [string, Prisma.InputJsonValue | null][] = [];
  for (const [key, value] of Object.entries(values)) {
    const existing = await db.setting.findUnique({ where: { key } });
    previous.push([key, (existing?.value as Prisma.InputJsonValue | undefined) ?? null]);
    await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }
  return async () => {
    for (const [key, value] of previous) {
      if (value === null) await db.setting.deleteMany({ where: { key } });
      else await db.setting.update({ where: { key }, data: { value } });
    }
  };
}

/** The audit events of one request, oldest first. */
export function auditOf(db: Db, requestId: string) {
  return db.auditEvent.findMany({
    where: { entityType: "HelpRequest", entityId: requestId },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
  });
}

/** The timeline of one request, oldest first. */
export function timelineOf(db: Db, requestId: string) {
  return db.timelineEvent.findMany({
    where: { helpRequestId: requestId },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
  });
}

/**
 * Makes the database refuse the next insert into a table for one request (a
 * trigger that raises), to prove that a use case leaves nothing behind when
 * a later step of its transaction fails. Returns the function that removes it.
 */
export async function failInsertsInto(
  db: Db,
  table: "AuditEvent" | "OutboxMessage" | "TimelineEvent",
  condition: string,
): Promise<() => Promise<void>> {
  const name = `test_fail_${table.toLowerCase()}_${randomUUID().replace(/-/g, "").slice(0, 8)}`;
  await db.$executeRawUnsafe(`
    CREATE FUNCTION "${name}"() RETURNS trigger AS $$
    BEGIN
      IF ${condition} THEN RAISE EXCEPTION 'test: refused insert into ${table}'; END IF;
      RETURN NEW;
    END;
    $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER "${name}" BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "${name}" ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS "${name}"()`);
  };
}
