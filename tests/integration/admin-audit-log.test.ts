import { afterAll, describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFilterOptions } from "@/lib/audit/list-audit-events";
import { createPrismaClient } from "@/lib/db";
import { AUDIT_FILTER_MESSAGES, parseAuditFilter } from "@/lib/validation/audit-filter-schema";
import { actorOf, makeStaff } from "./staff-fixtures";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

async function event(
  actorStaffId: string | null,
  action: string,
  occurredAt: Date,
  entityType = "StaffUser",
) {
  await recordAuditEvent(db, {
    action,
    entityType,
    entityId: "x",
    actorStaffId,
    actorLabel: actorStaffId ? null : "inwoner via website",
    occurredAt,
  });
}

describe("the audit log", () => {
  it("lists events newest first with the actor's name, filtered by actor, action, kind and Brussels dates", async () => {
    const reader = actorOf(await makeStaff(db, "ADMIN"));
    const actor = await makeStaff(db, "COORDINATOR", { name: "Sofie Test" });
    // 23 November 2026, Brussels is UTC+1: the day runs from 22 Nov 23:00 UTC to 23 Nov 23:00 UTC.
    await event(actor.id, "help-request.view", new Date("2026-11-22T22:59:00Z")); // 22 Nov, 23.59 local
    await event(actor.id, "help-request.view", new Date("2026-11-22T23:00:00Z")); // 23 Nov, 00.00 local
    await event(actor.id, "help-request.update", new Date("2026-11-23T12:00:00Z"), "HelpRequest");
    await event(actor.id, "help-request.view", new Date("2026-11-23T22:59:59Z")); // 23 Nov, 23.59 local
    await event(actor.id, "help-request.view", new Date("2026-11-23T23:00:00Z")); // 24 Nov, 00.00 local

    const all = await listAuditEvents(reader, parseAuditFilter({ actor: actor.id }).filter, { db });
    expect(all.total).toBe(5);
    expect(all.events.map((e) => e.occurredAt.toISOString())).toEqual([
      "2026-11-23T23:00:00.000Z",
      "2026-11-23T22:59:59.000Z",
      "2026-11-23T12:00:00.000Z",
      "2026-11-22T23:00:00.000Z",
      "2026-11-22T22:59:00.000Z",
    ]);
    expect(all.events[0]).toMatchObject({
      actorName: "Sofie Test",
      actorStaffId: actor.id,
      action: "help-request.view",
    });

    const oneDay = parseAuditFilter({ actor: actor.id, from: "2026-11-23", to: "2026-11-23" });
    expect(oneDay.errors).toEqual({});
    const day = await listAuditEvents(reader, oneDay.filter, { db });
    expect(day.events.map((e) => e.occurredAt.toISOString())).toEqual([
      "2026-11-23T22:59:59.000Z",
      "2026-11-23T12:00:00.000Z",
      "2026-11-22T23:00:00.000Z",
    ]);

    const views = await listAuditEvents(
      reader,
      parseAuditFilter({ actor: actor.id, action: "help-request.view", from: "2026-11-23" }).filter,
      { db },
    );
    expect(views.total).toBe(3);
    const kind = await listAuditEvents(
      reader,
      parseAuditFilter({ actor: actor.id, entityType: "HelpRequest" }).filter,
      { db },
    );
    expect(kind.events.map((e) => e.action)).toEqual(["help-request.update"]);
    const until = await listAuditEvents(
      reader,
      parseAuditFilter({ actor: actor.id, to: "2026-11-22" }).filter,
      {
        db,
      },
    );
    expect(until.total).toBe(1);

    const options = await listAuditFilterOptions(reader, { db });
    expect(options.actions).toEqual(expect.arrayContaining(["help-request.view", "help-request.update"]));
    expect(options.entityTypes).toEqual(expect.arrayContaining(["HelpRequest", "StaffUser"]));
    // Each once.
    expect(new Set(options.actions).size).toBe(options.actions.length);
    expect(new Set(options.entityTypes).size).toBe(options.entityTypes.length);
    expect(options.actors).toEqual(expect.arrayContaining([{ id: actor.id, name: "Sofie Test" }]));
  });

  it("pages by 50, without overlap, and clamps the page number", async () => {
    const reader = actorOf(await makeStaff(db, "ADMIN"));
    const actor = await makeStaff(db, "EDITOR");
    const start = Date.parse("2026-10-01T08:00:00Z");
    // 120 events, some in the same millisecond.
    for (let i = 0; i < 120; i++)
      await event(actor.id, "page.update", new Date(start + Math.floor(i / 3) * 1000));

    const seen = new Set<string>();
    for (const page of [1, 2, 3]) {
      const result = await listAuditEvents(reader, { actorStaffId: actor.id, page }, { db });
      expect(result).toMatchObject({ total: 120, page, pageCount: 3 });
      expect(result.events).toHaveLength(page < 3 ? AUDIT_PAGE_SIZE : 20);
      for (const e of result.events) seen.add(e.id);
    }
    expect(seen.size).toBe(120);
    expect((await listAuditEvents(reader, { actorStaffId: actor.id, page: 99 }, { db })).page).toBe(3);
    expect(parseAuditFilter({ page: "0" }).filter.page).toBe(1);
    expect(parseAuditFilter({ page: "abc" }).filter.page).toBe(1);
    expect(parseAuditFilter({ page: "2" }).filter.page).toBe(2);
  });

  it("reports wrong dates and a reversed range, and leaves them out of the filter", () => {
    const wrong = parseAuditFilter({ from: "23/11/2026", to: "2026-02-30" });
    expect(wrong.errors).toEqual({
      from: AUDIT_FILTER_MESSAGES.dateInvalid,
      to: AUDIT_FILTER_MESSAGES.dateInvalid,
    });
    expect(wrong.filter.from).toBeUndefined();
    expect(wrong.filter.toExclusive).toBeUndefined();
    expect(wrong.values).toMatchObject({ from: "23/11/2026", to: "2026-02-30" });
    const reversed = parseAuditFilter({ from: "2026-11-24", to: "2026-11-23" });
    expect(reversed.errors).toEqual({ to: AUDIT_FILTER_MESSAGES.rangeReversed });
    expect(reversed.filter.from).toBeUndefined();
    // Summer time: 1 July starts at 22.00 UTC the day before.
    expect(parseAuditFilter({ from: "2026-07-01" }).filter.from?.toISOString()).toBe(
      "2026-06-30T22:00:00.000Z",
    );
  });
});
