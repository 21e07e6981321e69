// The reads of the staff area: the queue (filters, search, sort, pages), the
// "Vandaag" page, the lists behind the assign and refer forms, the outbox
// and its delivery.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { getRequestDetail } from "@/lib/help-requests/get-request-detail";
import { getToday } from "@/lib/help-requests/get-today";
import { listAssignableStaff } from "@/lib/help-requests/list-assignable-staff";
import { listQueue } from "@/lib/help-requests/list-queue";
import { listReferralTargets } from "@/lib/help-requests/list-referral-targets";
import {
  deliverOutbox,
  MAX_DELIVERY_ATTEMPTS,
  type MailMessage,
  type MailTransport,
} from "@/lib/mail/send-mail";
import { queueMail } from "@/lib/mail/queue-mail";
import { listOutbox } from "@/lib/outbox/list-outbox";
import { actorOf, makeStaff } from "./staff-fixtures";
import { ensureContent, HOUR, makeRequest, MINUTE, uniquePhone } from "./staff-request-fixtures";

const db = createPrismaClient();
const run = randomBytes(3).toString("hex");
let me: ReturnType<typeof actorOf>;
let colleague: { id: string; name: string };
let hoodId: string;
let pagesHoodId: string;

// A moment long before the other files' requests, so that they don't crowd
// the "Vandaag" lists (which show the closest deadlines first).
const now = new Date("2020-01-10T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

type Made = Awaited<ReturnType<typeof makeRequest>>;
let A: Made, B: Made, C: Made, D: Made, E: Made, F: Made;
const phoneC = uniquePhone();
const reporterPhone = uniquePhone();

beforeAll(async () => {
  await ensureContent(db);
  me = actorOf(await makeStaff(db, "COORDINATOR", { name: `Ik ${run}` }));
  colleague = await makeStaff(db, "VOLUNTEER_COORDINATOR", { name: `Collega ${run}` });
  hoodId = (
    await db.neighbourhood.create({
      data: { slug: `test-queue-${run}`, name: `Wachtrijwijk ${run}`, kind: "DISTRICT", sortOrder: 2000 },
    })
  ).id;
  pagesHoodId = (
    await db.neighbourhood.create({
      data: { slug: `test-pages-${run}`, name: `Bladzijdewijk ${run}`, kind: "DISTRICT", sortOrder: 2001 },
    })
  ).id;
  const at = { neighbourhoodId: hoodId };
  // A: new, 20 h left · B: 2 h left, mine · C: 3 h late, colleague's · D: contacted · E: closed · F: just in.
  A = await makeRequest(db, {
    ...at,
    receivedAt: ago(4 * HOUR),
    person: { firstName: `Quirina${run}`, lastName: "Vermeulen" },
  });
  B = await makeRequest(db, { ...at, channel: "PHONE_LINE", receivedAt: ago(22 * HOUR), assigneeId: me.id });
  C = await makeRequest(db, {
    ...at,
    channel: "OUTREACH",
    receivedAt: ago(27 * HOUR),
    assigneeId: colleague.id,
    needs: ["VISIT_OR_WALK"],
    person: { firstName: "Omer", lastName: `Quirijnen${run}`, phoneE164: phoneC.e164 },
  });
  D = await makeRequest(db, {
    ...at,
    status: "CONTACTED",
    receivedAt: ago(34 * HOUR),
    firstContactAt: ago(30 * HOUR),
    reporter: { firstName: "Buurman", phoneE164: reporterPhone.e164 },
    subjectConsent: "CONSENTED",
  });
  E = await makeRequest(db, { ...at, status: "CLOSED", receivedAt: ago(100 * HOUR) });
  F = await makeRequest(db, { ...at, receivedAt: ago(10 * MINUTE) });
  for (let i = 0; i < 30; i++) {
    await makeRequest(db, { neighbourhoodId: pagesHoodId, receivedAt: ago((i + 1) * MINUTE) });
  }
});

afterAll(() => db.$disconnect());

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("listQueue", () => {
  it("shows the open requests by default, waiting ones first, closest deadline on top", async () => {
    const page = await listQueue(me, { neighbourhoodId: hoodId }, { db, now });
    expect(ids(page.rows)).toEqual([C.id, B.id, A.id, F.id, D.id]);
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 25, pageCount: 1 });
    expect(page.rows.map((r) => r.deadline.state)).toEqual(["OVERDUE", "DUE_SOON", "ON_TIME", "NEW", "MET"]);
    expect(page.rows[0]!.deadline.words).toBe("3 u te laat");
    expect(page.rows[1]!.deadline.words).toBe("nog 2 u");
    expect(page.rows[0]).toMatchObject({
      reference: C.reference,
      channel: "OUTREACH",
      person: { firstName: "Omer", lastName: `Quirijnen${run}` },
      neighbourhood: { id: hoodId, name: `Wachtrijwijk ${run}` },
      assignee: { id: colleague.id, name: colleague.name },
    });
    // No contact data in the queue.
    expect(page.rows[0]!.person).not.toHaveProperty("phoneE164");
  });

  it("filters by status, channel, need, assignee and overdue", async () => {
    const q = (filter: Parameters<typeof listQueue>[1]) =>
      listQueue(me, { neighbourhoodId: hoodId, ...filter }, { db, now }).then((p) => ids(p.rows));
    expect(await q({ status: ["CLOSED"] })).toEqual([E.id]);
    expect(await q({ status: ["NEW", "CONTACTED"] })).toEqual([C.id, B.id, A.id, F.id, D.id]);
    expect(await q({ channel: "OUTREACH" })).toEqual([C.id]);
    expect(await q({ need: "VISIT_OR_WALK" })).toEqual([C.id]);
    expect(await q({ assignee: "mine" })).toEqual([B.id]);
    expect(await q({ assignee: "unassigned" })).toEqual([A.id, F.id, D.id]);
    expect(await q({ assignee: colleague.id })).toEqual([C.id]);
    expect(await q({ overdue: "1" })).toEqual([C.id]);
    expect(await q({ overdue: "1", status: ["CLOSED"] })).toEqual([]);
  });

  it("sorts by arrival, newest first, on request", async () => {
    const page = await listQueue(me, { neighbourhoodId: hoodId, sort: "received" }, { db, now });
    expect(ids(page.rows)).toEqual([F.id, A.id, B.id, C.id, D.id]);
  });

  it("pages by 25 with the total", async () => {
    const first = await listQueue(me, { neighbourhoodId: pagesHoodId }, { db, now });
    const second = await listQueue(me, { neighbourhoodId: pagesHoodId, page: "2" }, { db, now });
    expect(first).toMatchObject({ total: 30, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(5);
    expect(new Set([...ids(first.rows), ...ids(second.rows)]).size).toBe(30);
    expect((await listQueue(me, { neighbourhoodId: pagesHoodId, page: "3" }, { db, now })).rows).toEqual([]);
  });

  it("searches by first or last name, in any case, every word", async () => {
    const byFirst = await listQueue(me, { q: `quirina${run}` }, { db, now });
    expect(ids(byFirst.rows)).toEqual([A.id]);
    const both = await listQueue(me, { q: `QUIRINA${run} vermeul` }, { db, now });
    expect(ids(both.rows)).toEqual([A.id]);
    const partial = await listQueue(me, { q: `quiri`, neighbourhoodId: hoodId }, { db, now });
    expect(ids(partial.rows).sort()).toEqual([A.id, C.id].sort());
    expect((await listQueue(me, { q: `niemand${run}` }, { db, now })).total).toBe(0);
  });

  it("searches by phone however it is written, the person's or the reporter's", async () => {
    expect(ids((await listQueue(me, { q: phoneC.written }, { db, now })).rows)).toEqual([C.id]);
    expect(ids((await listQueue(me, { q: `+32 ${phoneC.e164.slice(3)}` }, { db, now })).rows)).toEqual([
      C.id,
    ]);
    expect(ids((await listQueue(me, { q: reporterPhone.written }, { db, now })).rows)).toEqual([D.id]);
  });

  it("searches by reference in any case and finds closed requests too", async () => {
    const lower = E.reference.toLowerCase();
    expect(ids((await listQueue(me, { q: lower }, { db, now })).rows)).toEqual([E.id]);
    expect(ids((await listQueue(me, { q: E.reference.slice(3) }, { db, now })).rows)).toEqual([E.id]);
    // A search with an explicit status filter keeps it.
    expect((await listQueue(me, { q: E.reference, status: ["NEW"] }, { db, now })).total).toBe(0);
  });
});

describe("getToday", () => {
  it("lists overdue, due-soon and new requests apart, my follow-ups and sign-ups awaiting intake", async () => {
    const followUpToday = await db.followUp.create({
      data: {
        helpRequestId: D.id,
        dueAt: new Date("2020-01-10T15:00:00Z"),
        assigneeId: me.id,
        note: "Bellen",
      },
    });
    const followUpLate = await db.followUp.create({
      data: { helpRequestId: D.id, dueAt: new Date("2020-01-08T09:00:00Z"), assigneeId: me.id },
    });
    await db.followUp.create({
      data: { helpRequestId: D.id, dueAt: new Date("2020-01-11T09:00:00Z"), assigneeId: me.id },
    });
    await db.followUp.create({ data: { helpRequestId: D.id, dueAt: ago(HOUR), assigneeId: colleague.id } });
    await db.followUp.create({ data: { helpRequestId: E.id, dueAt: ago(HOUR), assigneeId: me.id } });
    const volunteer = await db.volunteer.create({
      data: {
        firstName: `Vera${run}`,
        lastName: "Aanmelding",
        status: "APPLIED",
        createdAt: new Date("2019-12-01T10:00:00Z"),
      },
    });

    // Other test files' requests share the database: look past the first screen.
    const today = await getToday(me, {}, { db, now, limit: 500 });
    expect(ids(today.overdue.items)).toContain(C.id);
    expect(ids(today.dueSoon.items)).toEqual([B.id]);
    expect(ids(today.new.items)[0]).toBe(A.id);
    expect(ids(today.new.items)).toContain(F.id);
    // One screen per list; the total still counts everything (the page links to the rest).
    const firstScreen = await getToday(me, {}, { db, now, limit: 1 });
    expect(ids(firstScreen.new.items)).toEqual([A.id]);
    expect(firstScreen.new.total).toBe(today.new.total);
    for (const list of [today.overdue, today.dueSoon, today.new]) {
      expect(ids(list.items)).not.toContain(D.id);
      expect(ids(list.items)).not.toContain(E.id);
    }
    expect(today.overdue.items.find((r) => r.id === C.id)!.deadline.state).toBe("OVERDUE");
    expect(today.myFollowUps.items.map((f) => [f.id, f.late])).toEqual([
      [followUpLate.id, true],
      [followUpToday.id, false],
    ]);
    expect(today.myFollowUps.total).toBe(2);
    expect(today.myFollowUps.items[1]!.request).toMatchObject({ id: D.id, reference: D.reference });
    expect(today.volunteersAwaitingIntake?.items[0]).toMatchObject({
      id: volunteer.id,
      firstName: `Vera${run}`,
    });
  });
});

describe("the forms' lists", () => {
  it("lists active staff who can follow requests up", async () => {
    const inactive = await makeStaff(db, "COORDINATOR", { isActive: false });
    const editor = await makeStaff(db, "EDITOR");
    const staff = await listAssignableStaff(me, {}, { db });
    expect(ids(staff)).toEqual(expect.arrayContaining([me.id, colleague.id]));
    expect(ids(staff)).not.toContain(inactive.id);
    expect(ids(staff)).not.toContain(editor.id);
    expect(staff.every((s) => ["ADMIN", "COORDINATOR", "VOLUNTEER_COORDINATOR"].includes(s.role))).toBe(true);
  });

  it("lists the organisations with their published offers", async () => {
    const targets = await listReferralTargets(me, {}, { db });
    const keeting = targets.find((t) => t.name.startsWith("De Keeting"));
    expect(keeting?.offers.length).toBeGreaterThan(0);
    const published = await db.offer.count({ where: { status: "PUBLISHED", organisationId: { not: null } } });
    expect(targets.reduce((n, t) => n + t.offers.length, 0)).toBe(published);
  });

  it("shows a request's page with what can be done next", async () => {
    const detail = await getRequestDetail(me, { requestId: D.id }, { db, now });
    expect(detail.actions).toEqual(expect.arrayContaining(["assess", "close", "withdraw"]));
    expect(detail.actions).not.toContain("log-first-contact");
    expect(detail.mayShare).toBe(true);
    expect(detail.deadline.state).toBe("MET");
    expect(detail.reporter?.phoneE164).toBe(reporterPhone.e164);
    expect(detail.timeline[0]!.type).toBe("RECEIVED");
  });
});

describe("the outbox", () => {
  it("keeps mail PENDING without a transport, and delivers it once with one", async () => {
    const old = new Date("2019-01-01T00:00:00Z");
    const failing = `stuk-${run}@outbox.example`;
    await queueMail(db, { to: failing, subject: `Mislukt ${run}`, text: "x" }, { now: old });
    const a = await queueMail(
      db,
      { to: `a-${run}@outbox.example`, subject: `Eerste ${run}`, text: "Hallo" },
      { now: new Date(old.getTime() + 1) },
    );
    const b = await queueMail(
      db,
      { to: `b-${run}@outbox.example`, subject: `Tweede ${run}`, text: "Hallo" },
      { now: new Date(old.getTime() + 2) },
    );

    const idle = await deliverOutbox({ db, transport: null });
    expect(idle.sent).toBe(0);
    expect(idle.pending).toBeGreaterThanOrEqual(3);
    expect(await db.outboxMessage.count({ where: { id: { in: [a.id, b.id] }, status: "PENDING" } })).toBe(2);

    const sent: MailMessage[] = [];
    const transport: MailTransport = {
      send: async (m) => {
        if (m.to === failing) throw new Error("550 mailbox unavailable");
        sent.push(m);
      },
    };
    const first = await deliverOutbox({ db, transport, limit: 3 });
    expect(first).toMatchObject({ sent: 2, failed: 0 });
    expect(sent.map((m) => m.to)).toEqual([`a-${run}@outbox.example`, `b-${run}@outbox.example`]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });

    // Each retry when its backoff is over.
    for (let i = 1; i < MAX_DELIVERY_ATTEMPTS; i++) {
      const { nextAttemptAt } = await db.outboxMessage.findFirstOrThrow({ where: { to: failing } });
      await deliverOutbox({ db, transport, limit: 1, now: nextAttemptAt! });
    }
    const broken = await db.outboxMessage.findFirstOrThrow({ where: { to: failing } });
    expect(broken).toMatchObject({
      status: "FAILED",
      attempts: MAX_DELIVERY_ATTEMPTS,
      lastError: "550 mailbox unavailable",
    });
    expect(sent.filter((m) => m.to === `a-${run}@outbox.example`)).toHaveLength(1);

    const failedList = await listOutbox(me, { status: "FAILED" }, { db });
    expect(failedList.rows.map((r) => r.to)).toContain(failing);
    expect(failedList.rows.every((r) => r.status === "FAILED")).toBe(true);
    const all = await listOutbox(me, {}, { db });
    expect(all.total).toBe(await db.outboxMessage.count());
    const times = all.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });
});
