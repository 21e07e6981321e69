// The append-only audit log: every view of a request's personal data and
// every change, with who, what, when and from where; the database refuses to
// change or delete a row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { assignRequest } from "@/lib/help-requests/assign-request";
import { getRequestDetail } from "@/lib/help-requests/get-request-detail";
import { listQueue } from "@/lib/help-requests/list-queue";
import { logContactAttempt } from "@/lib/help-requests/log-contact-attempt";
import { actorOf, makeStaff, refusal } from "./staff-fixtures";
import { auditOf, ensureContent, makeRequest, uniquePhone } from "./staff-request-fixtures";

const db = createPrismaClient();
let coordinator: ReturnType<typeof actorOf>;
let colleague: ReturnType<typeof actorOf>;

beforeAll(async () => {
  await ensureContent(db);
  coordinator = actorOf(await makeStaff(db, "COORDINATOR"), "hash-of-192.0.2.10");
  colleague = actorOf(await makeStaff(db, "VOLUNTEER_COORDINATOR"), "hash-of-198.51.100.4");
});

afterAll(() => db.$disconnect());

describe("the audit log", () => {
  it("records every view of a request's detail: who, what, when, from where", async () => {
    const request = await makeRequest(db, { person: { firstName: "Hilda", phoneE164: "+32470005566" } });
    const now = new Date("2026-11-23T15:30:00Z");
    const detail = await getRequestDetail(coordinator, { requestId: request.id }, { db, now });
    expect(detail.person).toMatchObject({ firstName: "Hilda", phoneE164: "+32470005566" });
    await getRequestDetail(
      colleague,
      { requestId: request.id },
      { db, now: new Date(now.getTime() + 60_000) },
    );

    const audit = await auditOf(db, request.id);
    expect(audit.map((a) => [a.action, a.actorStaffId, a.ipHash])).toEqual([
      ["help-request.view", coordinator.id, "hash-of-192.0.2.10"],
      ["help-request.view", colleague.id, "hash-of-198.51.100.4"],
    ]);
    expect(audit[0]!.occurredAt).toEqual(now);
    expect(audit[0]!.data).toEqual({ reference: request.reference });
    expect(JSON.stringify(audit)).not.toContain("Hilda");
  });

  it("does not record a view of a request that does not exist", async () => {
    const error = await refusal(getRequestDetail(coordinator, { requestId: "clnietbestaand0000" }, { db }));
    expect(error).toMatchObject({ code: "not-found" });
    expect(await auditOf(db, "clnietbestaand0000")).toEqual([]);
  });

  it("records every change next to the view, each with its own action", async () => {
    const request = await makeRequest(db);
    await getRequestDetail(coordinator, { requestId: request.id }, { db });
    await logContactAttempt(coordinator, { requestId: request.id, result: "NO_ANSWER" }, { db });
    await assignRequest(colleague, { requestId: request.id, assigneeId: coordinator.id }, { db });
    const audit = await auditOf(db, request.id);
    expect(audit.map((a) => [a.action, a.actorStaffId])).toEqual([
      ["help-request.view", coordinator.id],
      ["help-request.log-contact-attempt", coordinator.id],
      ["help-request.assign", colleague.id],
    ]);
    expect(audit[2]!.data).toMatchObject({ reference: request.reference, assigneeId: coordinator.id });
  });

  it("records a search of the queue without the searched text", async () => {
    const phone = uniquePhone();
    await makeRequest(db, { person: { firstName: "Zoë", phoneE164: phone.e164 } });
    const now = new Date("2026-11-23T16:00:00Z");
    const page = await listQueue(coordinator, { q: phone.written }, { db, now });
    expect(page.total).toBe(1);
    const search = await db.auditEvent.findFirstOrThrow({
      where: { action: "help-request.search", actorStaffId: coordinator.id, occurredAt: now },
    });
    expect(search).toMatchObject({ entityType: "HelpRequest", entityId: null, ipHash: "hash-of-192.0.2.10" });
    expect(search.data).toEqual({ kind: "phone", found: 1 });
    expect(JSON.stringify(search.data)).not.toContain(phone.e164.slice(4));
  });

  it("cannot be changed or deleted: the database refuses", async () => {
    const request = await makeRequest(db);
    await getRequestDetail(coordinator, { requestId: request.id }, { db });
    const [event] = await auditOf(db, request.id);
    const update = await refusal(
      db.auditEvent.update({ where: { id: event!.id }, data: { action: "gewist" } }),
    );
    expect(update.message).toMatch(/append-only/);
    const remove = await refusal(db.auditEvent.delete({ where: { id: event!.id } }));
    expect(remove.message).toMatch(/append-only/);
    const raw = await refusal(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "entityId" = ${request.id}`);
    expect(raw.message).toMatch(/append-only/);
    expect(await auditOf(db, request.id)).toHaveLength(1);
    expect((await auditOf(db, request.id))[0]!.action).toBe("help-request.view");
  });
});
