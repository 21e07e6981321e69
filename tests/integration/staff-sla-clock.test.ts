// The 24-hour clock with a controlled time source: the deadline from the
// settings, the first contact that stops it, the warning at 4 hours left and
// the escalation after the deadline (each once, also with two instances
// running at the same moment), and the scheduler's lock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "@/lib/clock";
import { createPrismaClient } from "@/lib/db";
import { logFirstContact } from "@/lib/help-requests/log-first-contact";
import { registerIntake } from "@/lib/help-requests/register-intake";
import { runJobWithLock, startScheduler, type ScheduledJob } from "@/lib/jobs/scheduler";
import { runSlaAlerts, SLA_ACTOR_LABEL, slaRecipients } from "@/lib/jobs/sla-alerts";
import { describeDeadline } from "@/lib/sla/deadline-state";
import { actorOf, makeStaff } from "./staff-fixtures";
import {
  auditOf,
  ensureContent,
  HOUR,
  makeRequest,
  MINUTE,
  timelineOf,
  useSettings,
} from "./staff-request-fixtures";

const db = createPrismaClient();
const other = createPrismaClient();
let restoreSettings: () => Promise<void>;
let coordinator: ReturnType<typeof actorOf>;
let assignee: { id: string; email: string };
let inactive: { email: string };
let editor: { email: string };

beforeAll(async () => {
  await ensureContent(db);
  restoreSettings = await useSettings(db, { slaHours: 24, slaWorkingDaysOnly: false });
  coordinator = actorOf(await makeStaff(db, "COORDINATOR"));
  await makeStaff(db, "COORDINATOR");
  assignee = await makeStaff(db, "VOLUNTEER_COORDINATOR");
  inactive = await makeStaff(db, "COORDINATOR", { isActive: false });
  editor = await makeStaff(db, "EDITOR");
});

afterAll(async () => {
  await restoreSettings();
  await db.$disconnect();
  await other.$disconnect();
});

/** The addresses an alert goes to now: every active coordinator. */
async function activeCoordinatorEmails(): Promise<string[]> {
  const rows = await db.staffUser.findMany({
    where: { role: "COORDINATOR", isActive: true },
    select: { email: true },
  });
  return rows.map((r) => r.email.toLowerCase()).sort();
}

function mailsAbout(reference: string) {
  return db.outboxMessage.findMany({ where: { subject: { contains: reference } }, orderBy: { to: "asc" } });
}

async function slaEvents(requestId: string) {
  return (await timelineOf(db, requestId)).filter(
    (e) => e.type === "SLA_WARNING" || e.type === "SLA_ESCALATED",
  );
}

describe("the deadline", () => {
  it("is taken from the settings when staff register a request", async () => {
    const now = new Date("2031-03-10T10:00:00Z");
    const result = await registerIntake(
      coordinator,
      {
        channel: "PHONE_LINE",
        requestFor: "SELF",
        firstName: "Yvette",
        phone: "0470 00 11 22",
        needs: ["CHAT_OR_CALL"],
        consent: "yes",
        confirmDuplicate: "yes",
      },
      { db, now },
    );
    if (result.status !== "created") throw new Error("not created");
    expect(result.dueAt).toEqual(new Date("2031-03-11T10:00:00Z"));
  });

  it("counts working days only when the settings say so (Friday evening → Monday evening)", async () => {
    const restore = await useSettings(db, { slaWorkingDaysOnly: true });
    try {
      const friday = new Date("2031-03-14T17:00:00Z"); // 18.00 uur in Brussels
      const result = await registerIntake(
        coordinator,
        {
          channel: "OTHER",
          requestFor: "SELF",
          firstName: "Roger",
          email: "roger@voorbeeld.example",
          needs: ["NOT_SURE"],
          consent: "yes",
          confirmDuplicate: "yes",
        },
        { db, now: friday },
      );
      if (result.status !== "created") throw new Error("not created");
      expect(result.dueAt).toEqual(new Date("2031-03-17T17:00:00Z"));
    } finally {
      await restore();
    }
  });

  it("stops once the first contact is logged: no warning, no escalation afterwards", async () => {
    const receivedAt = new Date("2031-04-01T08:00:00Z");
    const request = await makeRequest(db, { receivedAt });
    const due = request.dueAt.getTime();
    await logFirstContact(coordinator, { requestId: request.id }, { db, now: new Date(due - 6 * HOUR) });
    const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.firstContactAt).toEqual(new Date(due - 6 * HOUR));
    expect(describeDeadline(stored, new Date(due + 5 * HOUR))).toMatchObject({
      state: "MET",
      words: "contact gelegd, op tijd",
    });

    await runSlaAlerts({ db, now: new Date(due - 3 * HOUR) });
    await runSlaAlerts({ db, now: new Date(due + HOUR) });
    expect(await slaEvents(request.id)).toEqual([]);
    expect(await mailsAbout(request.reference)).toEqual([]);
  });
});

describe("runSlaAlerts", () => {
  it("does nothing at 5 hours left, warns once under 4 hours, escalates once after the deadline", async () => {
    const receivedAt = new Date("2031-05-05T06:00:00Z");
    const request = await makeRequest(db, {
      receivedAt,
      channel: "OUTREACH",
      assigneeId: assignee.id,
      person: { firstName: "Rosalie", phoneE164: "+32470009988", email: "rosalie@voorbeeld.example" },
      message: "Ze woont alleen sinds de zomer.",
    });
    const due = request.dueAt.getTime();

    const early = await runSlaAlerts({ db, now: new Date(due - 5 * HOUR) });
    expect(early.warned).not.toContain(request.reference);
    expect(await slaEvents(request.id)).toEqual([]);

    const warnAt = new Date(due - 3 * HOUR);
    const first = await runSlaAlerts({ db, now: warnAt });
    expect(first.warned).toContain(request.reference);
    const again = await runSlaAlerts({ db, now: new Date(due - 2 * HOUR) });
    expect(again.warned).not.toContain(request.reference);
    expect((await slaEvents(request.id)).map((e) => e.type)).toEqual(["SLA_WARNING"]);

    const expected = [...(await activeCoordinatorEmails()), assignee.email.toLowerCase()].sort();
    const warnings = await mailsAbout(request.reference);
    expect(warnings.map((m) => m.to).sort()).toEqual(expected);
    expect(warnings.map((m) => m.to)).not.toContain(inactive.email.toLowerCase());
    expect(warnings.map((m) => m.to)).not.toContain(editor.email.toLowerCase());
    const mail = warnings[0]!;
    expect(mail.status).toBe("PENDING");
    expect(mail.subject).toBe(`Bijna 24 uur: ${request.reference} wacht nog op een eerste contact`);
    expect(mail.textBody).toContain(`/beheer/aanvragen/${request.id}`);
    expect(mail.textBody).toContain("Outreach (Huis-aan-Huis)");
    expect(mail.textBody).not.toMatch(/Rosalie|0470|9988|rosalie@|alleen sinds/);
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).slaWarnedAt).toEqual(
      warnAt,
    );

    const escalateAt = new Date(due + MINUTE);
    const late = await runSlaAlerts({ db, now: escalateAt });
    expect(late.escalated).toContain(request.reference);
    expect((await runSlaAlerts({ db, now: new Date(due + 2 * HOUR) })).escalated).not.toContain(
      request.reference,
    );
    expect((await slaEvents(request.id)).map((e) => e.type)).toEqual(["SLA_WARNING", "SLA_ESCALATED"]);
    const all = await mailsAbout(request.reference);
    expect(all).toHaveLength(2 * expected.length);
    expect(all.filter((m) => m.subject.startsWith("Te laat:"))).toHaveLength(expected.length);
    const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.slaEscalatedAt).toEqual(escalateAt);
    expect(stored.status).toBe("NEW"); // the clock alerts; it never changes the request's status

    const audit = await auditOf(db, request.id);
    expect(audit.map((a) => [a.action, a.actorLabel, a.actorStaffId])).toEqual([
      ["help-request.sla-warning", SLA_ACTOR_LABEL, null],
      ["help-request.sla-escalation", SLA_ACTOR_LABEL, null],
    ]);
  });

  it("escalates a request that was never warned without a late warning", async () => {
    const request = await makeRequest(db, { receivedAt: new Date("2031-06-01T08:00:00Z") });
    const result = await runSlaAlerts({ db, now: new Date(request.dueAt.getTime() + 10 * MINUTE) });
    expect(result.escalated).toContain(request.reference);
    expect(result.warned).not.toContain(request.reference);
    expect((await slaEvents(request.id)).map((e) => e.type)).toEqual(["SLA_ESCALATED"]);
    const stored = await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.slaWarnedAt).toEqual(stored.slaEscalatedAt);
  });

  it("ignores closed and withdrawn requests", async () => {
    const receivedAt = new Date("2031-06-10T08:00:00Z");
    const closed = await makeRequest(db, { receivedAt, status: "CLOSED" });
    const withdrawn = await makeRequest(db, { receivedAt, status: "WITHDRAWN" });
    await runSlaAlerts({ db, now: new Date(closed.dueAt.getTime() + HOUR) });
    expect(await slaEvents(closed.id)).toEqual([]);
    expect(await slaEvents(withdrawn.id)).toEqual([]);
  });

  it("sends exactly one set of mails when two instances run at the same moment", async () => {
    const request = await makeRequest(db, { receivedAt: new Date("2031-07-01T08:00:00Z") });
    const now = new Date(request.dueAt.getTime() - 2 * HOUR);
    const [a, b] = await Promise.all([runSlaAlerts({ db, now }), runSlaAlerts({ db: other, now })]);
    expect(
      [a.warned.includes(request.reference), b.warned.includes(request.reference)].filter(Boolean),
    ).toHaveLength(1);
    expect(await slaEvents(request.id)).toHaveLength(1);
    expect(await mailsAbout(request.reference)).toHaveLength((await activeCoordinatorEmails()).length);

    const late = new Date(request.dueAt.getTime() + HOUR);
    const [c, d] = await Promise.all([
      runSlaAlerts({ db: other, now: late }),
      runSlaAlerts({ db, now: late }),
    ]);
    expect([c, d].filter((r) => r.escalated.includes(request.reference))).toHaveLength(1);
    expect(await mailsAbout(request.reference)).toHaveLength(2 * (await activeCoordinatorEmails()).length);
  });
});

describe("who hears about the clock", () => {
  /** Runs inside a transaction that is always rolled back, so other staff accounts are left as they are. */
  async function recipientsWhen(
    change: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>,
  ) {
    let recipients: string[] = [];
    await db
      .$transaction(async (tx) => {
        await change(tx);
        recipients = await slaRecipients(tx, null, "tezamen@stad.example");
        throw new Error("rollback");
      })
      .catch((e: Error) => {
        if (e.message !== "rollback") throw e;
      });
    return recipients;
  }

  it("falls back to the admins, then to the city's contact address", async () => {
    const admin = await makeStaff(db, "ADMIN");
    const noCoordinators = await recipientsWhen((tx) =>
      tx.staffUser.updateMany({ where: { role: "COORDINATOR" }, data: { isActive: false } }),
    );
    expect(noCoordinators).toContain(admin.email.toLowerCase());
    expect(noCoordinators.length).toBeGreaterThan(0);
    const nobody = await recipientsWhen((tx) =>
      tx.staffUser.updateMany({
        where: { role: { in: ["COORDINATOR", "ADMIN"] } },
        data: { isActive: false },
      }),
    );
    expect(nobody).toEqual(["tezamen@stad.example"]);
    expect(await db.staffUser.count({ where: { id: admin.id, isActive: true } })).toBe(1);
  });
});

describe("the scheduler", () => {
  it("lets one instance run a job at a time; the other skips that round", async () => {
    // The job holds its round open until the test lets go: no timing involved.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    let runs = 0;
    const job: ScheduledJob = {
      name: `test-slow-${Date.now()}`,
      run: async () => {
        runs++;
        started();
        await gate;
      },
    };
    const now = new Date();
    const first = runJobWithLock(db, job, now);
    await hasStarted;
    const second = await runJobWithLock(other, job, now);
    release();
    expect(await first).toBe("ran");
    expect(second).toBe("skipped");
    expect(runs).toBe(1);
    // The lock ended with the run: the next round runs again.
    expect(await runJobWithLock(other, job, now)).toBe("ran");
    expect(runs).toBe(2);
  });

  it("reports a failing job and releases its lock", async () => {
    const name = `test-failing-${Date.now()}`;
    const failing: ScheduledJob = { name, run: async () => Promise.reject(new Error("kapot")) };
    expect(await runJobWithLock(db, failing, new Date())).toBe("failed");
    expect(await runJobWithLock(db, { name, run: async () => undefined }, new Date())).toBe("ran");
  });

  it("runs its jobs with the time of its clock, on a timer and on demand, and stops", async () => {
    const clock = manualClock(new Date("2031-08-01T12:00:00Z"));
    const seen: string[] = [];
    const job: ScheduledJob = {
      name: `test-clock-${Date.now()}`,
      run: async ({ now }) => {
        seen.push(now.toISOString());
      },
    };
    const scheduler = startScheduler({ db, jobs: [job], intervalMs: 60_000, firstRunAfterMs: 10, clock });
    try {
      for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual(["2031-08-01T12:00:00.000Z"]);
      clock.advance(HOUR);
      expect(await scheduler.runOnce()).toEqual({ [job.name]: "ran" });
      expect(seen[1]).toBe("2031-08-01T13:00:00.000Z");
    } finally {
      await scheduler.stop();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(2);
  });

  it("runs the real SLA job through the scheduler", async () => {
    const request = await makeRequest(db, { receivedAt: new Date("2031-09-01T08:00:00Z") });
    const clock = manualClock(new Date(request.dueAt.getTime() - HOUR));
    const scheduler = startScheduler({ db, intervalMs: 3_600_000, firstRunAfterMs: 3_600_000, clock });
    try {
      const outcomes = await scheduler.runOnce();
      expect(outcomes).toEqual({
        "sla-alerts": "ran",
        "deliver-outbox": "ran",
        "link-reminders": "ran",
        "clear-mail-secrets": "ran",
      });
    } finally {
      await scheduler.stop();
    }
    expect((await slaEvents(request.id)).map((e) => e.type)).toEqual(["SLA_WARNING"]);
  });
});
