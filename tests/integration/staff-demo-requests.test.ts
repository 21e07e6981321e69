// The demo requests: a living queue over every channel, status and place on
// the clock, with timelines the lifecycle allows, assigned to the demo staff
// accounts when they exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canTransition, HELP_REQUEST_STATUSES } from "@/lib/help-requests/lifecycle";
import { DEADLINE_STATES, describeDeadline } from "@/lib/sla/deadline-state";
import { CHANNEL_OPTIONS } from "@/lib/validation/options";
import { DEMO_STAFF_EMAILS, loadDemoRequests } from "../../prisma/seed/demo-requests";
import { ensureContent, useSettings } from "./staff-request-fixtures";

const db = createPrismaClient();
let restoreSettings: () => Promise<void>;
const demoStaffIds: Record<string, string> = {};
let reactivate: string[] = [];

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, { slaHours: 24, retentionMonths: 24, declinedRetentionMonths: 3 });
});

afterAll(async () => {
  await restoreSettings();
  if (reactivate.length)
    await db.staffUser.updateMany({ where: { id: { in: reactivate } }, data: { isActive: true } });
  await db.$disconnect();
});

const DAY = 24 * 3_600_000;
const include = {
  timeline: { orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }] },
  person: true,
  reporter: { include: { organisation: true } },
  referrals: true,
  followUps: true,
  measurements: true,
  links: true,
} as const satisfies Prisma.HelpRequestInclude;

async function demoRequestsAround(now: Date) {
  return db.helpRequest.findMany({
    where: { receivedAt: { gte: new Date(now.getTime() - 120 * DAY), lte: now } },
    include,
  });
}

describe("loadDemoRequests without the demo staff accounts", () => {
  it("leaves the requests unassigned", async () => {
    // Other test files may have created the demo accounts: set them aside for this load.
    const existing = await db.staffUser.findMany({
      where: { email: { in: Object.values(DEMO_STAFF_EMAILS) }, isActive: true },
      select: { id: true },
    });
    reactivate = existing.map((s) => s.id);
    await db.staffUser.updateMany({ where: { id: { in: reactivate } }, data: { isActive: false } });

    const now = new Date("2034-02-01T10:00:00Z");
    await loadDemoRequests(db, now);
    const requests = await demoRequestsAround(now);
    expect(requests.length).toBeGreaterThanOrEqual(28);
    expect(requests.every((r) => r.assigneeId === null)).toBe(true);
    expect(requests.filter((r) => r.channel !== "WEBSITE").every((r) => r.createdById === null)).toBe(true);

    await db.staffUser.updateMany({ where: { id: { in: reactivate } }, data: { isActive: true } });
    reactivate = [];
  });
});

describe("loadDemoRequests", () => {
  const now = new Date("2033-05-10T10:00:00Z");
  let requests: Awaited<ReturnType<typeof demoRequestsAround>>;
  let result: Awaited<ReturnType<typeof loadDemoRequests>>;

  beforeAll(async () => {
    for (const [key, email] of Object.entries(DEMO_STAFF_EMAILS)) {
      const role =
        key === "onthaal" ? "COORDINATOR" : key === "vrijwilligers" ? "VOLUNTEER_COORDINATOR" : "ADMIN";
      const user =
        (await db.staffUser.findUnique({ where: { email } })) ??
        (await db.staffUser.create({
          data: { email, name: `Demo ${key}`, role, passwordHash: "x", isDemo: true },
        }));
      demoStaffIds[key] = user.id;
    }
    result = await loadDemoRequests(db, now);
    requests = await demoRequestsAround(now);
  });

  it("creates some thirty requests and a handful of volunteers awaiting intake", async () => {
    expect(result.requests).toBeGreaterThanOrEqual(28);
    expect(requests).toHaveLength(result.requests);
    const applied = await db.volunteer.count({
      where: { status: "APPLIED", createdAt: { gte: new Date(now.getTime() - 30 * DAY), lte: now } },
    });
    expect(applied).toBeGreaterThanOrEqual(4);
  });

  it("covers every channel, every status and every place on the clock", () => {
    expect(new Set(requests.map((r) => r.channel))).toEqual(new Set(CHANNEL_OPTIONS.map((o) => o.value)));
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(HELP_REQUEST_STATUSES));
    expect(new Set(requests.map((r) => describeDeadline(r, now).state))).toEqual(new Set(DEADLINE_STATES));
  });

  it("has timelines that follow the lifecycle to the request's status", () => {
    for (const r of requests) {
      expect(r.timeline[0], r.reference).toMatchObject({ type: "RECEIVED", toStatus: "NEW" });
      let status = "NEW" as (typeof r)["status"];
      for (const e of r.timeline.slice(1)) {
        if (e.toStatus && e.fromStatus) {
          expect(e.fromStatus, `${r.reference} ${e.type}`).toBe(status);
          expect(canTransition(e.fromStatus, e.toStatus), `${r.reference} ${e.type}`).toBe(true);
          status = e.toStatus;
        }
        expect(e.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      expect(status, r.reference).toBe(r.status);
      const firstContact = r.timeline.find((e) => e.type === "FIRST_CONTACT");
      expect(r.firstContactAt, r.reference).toEqual(firstContact?.occurredAt ?? null);
      if (r.status === "CLOSED" || r.status === "WITHDRAWN") {
        expect(r.closedAt, r.reference).not.toBeNull();
        expect(r.retainUntil, r.reference).not.toBeNull();
      }
    }
  });

  it("shows the SLA job's work on requests nobody reached in time", () => {
    for (const r of requests) {
      const types = r.timeline.map((e) => e.type);
      const state = describeDeadline(r, now).state;
      if (state === "OVERDUE")
        expect(types, r.reference).toEqual(expect.arrayContaining(["SLA_WARNING", "SLA_ESCALATED"]));
      if (state === "ON_TIME" || state === "NEW") expect(types, r.reference).not.toContain("SLA_WARNING");
      expect(Boolean(r.slaEscalatedAt), r.reference).toBe(types.includes("SLA_ESCALATED"));
    }
  });

  it("assigns requests to the demo staff and records who registered calls", () => {
    const assignees = new Set(requests.map((r) => r.assigneeId).filter(Boolean));
    expect(assignees).toContain(demoStaffIds.onthaal);
    expect(assignees).toContain(demoStaffIds.vrijwilligers);
    expect(
      requests.filter((r) => r.channel === "PHONE_LINE").every((r) => r.createdById === demoStaffIds.onthaal),
    ).toBe(true);
  });

  it("includes reporters, partner contact persons, referrals, links, follow-ups and measurements", async () => {
    expect(requests.some((r) => r.reporter && !r.reporter.organisationId)).toBe(true);
    const partners = requests.filter((r) => r.reporter?.organisation);
    expect(partners.length).toBeGreaterThanOrEqual(5);
    expect(requests.some((r) => r.referrals.length > 0 && r.referrals.some((x) => x.offerId))).toBe(true);
    expect(requests.some((r) => r.links.length > 0)).toBe(true);
    expect(requests.some((r) => r.followUps.some((f) => f.doneAt === null && f.dueAt < now))).toBe(true);
    expect(requests.some((r) => r.measurements.length >= 2)).toBe(true);
    // A person asked about by someone else is linked or referred only after agreeing.
    for (const r of requests.filter((x) => x.requestFor === "SOMEONE_ELSE")) {
      if (r.links.length || r.referrals.length) expect(r.subjectConsent, r.reference).toBe("CONSENTED");
    }
    expect(requests.some((r) => r.subjectConsent === "DECLINED" && r.closeOutcome === "DECLINED_HELP")).toBe(
      true,
    );

    const notified = partners.filter((r) => r.referrerNotifiedAt);
    expect(notified.length).toBeGreaterThan(0);
    for (const r of notified) {
      const mail = await db.outboxMessage.findFirstOrThrow({
        where: { subject: `Contact gelegd (${r.reference})` },
      });
      expect(mail.textBody).not.toContain(r.person.firstName);
    }
  });

  it("gives the onthaal account a follow-up for today on the Vandaag page", () => {
    const mine = requests
      .flatMap((r) => r.followUps)
      .filter((f) => f.assigneeId === demoStaffIds.onthaal && !f.doneAt);
    expect(mine.some((f) => f.dueAt > now && f.dueAt.getTime() - now.getTime() < DAY)).toBe(true);
    expect(mine.some((f) => f.dueAt < now)).toBe(true);
  });

  it("uses only made-up numbers of the form 0470 00 xx xx", () => {
    for (const r of requests) {
      for (const p of [r.person.phoneE164, r.reporter?.phoneE164]) {
        if (p) expect(p).toMatch(/^\+3247000\d{4}$/);
      }
    }
  });
});
