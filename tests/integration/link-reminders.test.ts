// The reminders of running links with a controlled clock: the check-in a
// week after the start and monthly after that, and the alert after 14 days
// without a logged contact — each sent once, also with two instances
// running at the same moment. The clock stands in 2020 so that links of
// other test files (sharing the database) are never due here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "@/lib/clock";
import { createPrismaClient } from "@/lib/db";
import { LINK_REMINDERS_ACTOR_LABEL, runLinkReminders } from "@/lib/jobs/link-reminders";
import { defaultJobs } from "@/lib/jobs/scheduler";
import { volunteerCoordinatorRecipients } from "@/lib/volunteer-links/coordinator-recipients";
import { logLinkContact } from "@/lib/volunteer-links/log-link-contact";
import { recordCheckIn } from "@/lib/volunteer-links/record-check-in";
import { startLink } from "@/lib/volunteer-links/start-link";
import { makeLink } from "./link-follow-up-fixtures";
import { actorOf, makeStaff } from "./staff-fixtures";
import { ensureContent, timelineOf } from "./staff-request-fixtures";

const db = createPrismaClient();
const other = createPrismaClient();
const DAY = 86_400_000;
const T0 = new Date("2020-03-02T09:00:00Z");
let coordinator: ReturnType<typeof actorOf>;
let coordinatorEmail: string;

beforeAll(async () => {
  await ensureContent(db);
  const user = await makeStaff(db, "VOLUNTEER_COORDINATOR");
  coordinator = actorOf(user);
  coordinatorEmail = user.email.toLowerCase();
  await makeStaff(db, "ADMIN"); // at least one, for the fall-back
});

afterAll(async () => {
  await db.$disconnect();
  await other.$disconnect();
});

async function startedLink() {
  const { link, request } = await makeLink(db, { status: "ACCEPTED" });
  await startLink(coordinator, { linkId: link.id }, { db, now: T0 });
  return { link, request };
}

const mailsAbout = (reference: string, subject: string) =>
  db.outboxMessage.findMany({ where: { subject: { contains: `${subject}: koppeling bij ${reference}` } } });

describe("runLinkReminders", () => {
  it("is one of the scheduler's jobs", () => {
    expect(defaultJobs().map((j) => j.name)).toContain("link-reminders");
  });

  it("asks for a check-in a week after the start, once, and a month after each check-in", async () => {
    const { link, request } = await startedLink();
    const clock = manualClock(new Date(T0.getTime() + 7 * DAY - 60_000));
    expect((await runLinkReminders({ db, now: clock() })).checkIns).not.toContain(link.id);

    clock.advance(60_000);
    expect((await runLinkReminders({ db, now: clock() })).checkIns).toContain(link.id);
    const first = await mailsAbout(request.reference, "Opvolggesprek");
    expect(first.map((m) => m.to.toLowerCase())).toContain(coordinatorEmail);
    expect(first[0]?.textBody).toContain(`/beheer/aanvragen/${request.id}`);
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      checkInRemindedAt: clock(),
    });

    clock.advance(DAY);
    expect((await runLinkReminders({ db, now: clock() })).checkIns).not.toContain(link.id);
    expect(await mailsAbout(request.reference, "Opvolggesprek")).toHaveLength(first.length);

    const { nextCheckInAt } = await recordCheckIn(
      coordinator,
      { linkId: link.id, note: "Goed" },
      { db, now: clock() },
    );
    clock.set(new Date(nextCheckInAt.getTime() - 60_000));
    expect((await runLinkReminders({ db, now: clock() })).checkIns).not.toContain(link.id);
    clock.set(nextCheckInAt);
    expect((await runLinkReminders({ db, now: clock() })).checkIns).toContain(link.id);
    expect(await mailsAbout(request.reference, "Opvolggesprek")).toHaveLength(2 * first.length);
    const audit = await db.auditEvent.findMany({
      where: { entityId: link.id, action: "volunteer-link.check-in-reminder" },
    });
    expect(audit.map((a) => a.actorLabel)).toEqual([LINK_REMINDERS_ACTOR_LABEL, LINK_REMINDERS_ACTOR_LABEL]);
  });

  it("alerts once after 14 days without contact, and again 14 days after the last contact", async () => {
    const { link, request } = await startedLink();
    // The check-in is not what this test is about: pretend it is far away.
    await db.volunteerLink.update({
      where: { id: link.id },
      data: { nextCheckInAt: new Date("2030-01-01") },
    });
    const clock = manualClock(new Date(T0.getTime() + 14 * DAY - 60_000));
    expect((await runLinkReminders({ db, now: clock() })).noContact).not.toContain(link.id);

    clock.advance(60_000);
    expect((await runLinkReminders({ db, now: clock() })).noContact).toContain(link.id);
    clock.advance(DAY);
    expect((await runLinkReminders({ db, now: clock() })).noContact).not.toContain(link.id);
    const alerts = (await timelineOf(db, request.id)).filter((e) => e.type === "LINK_NO_CONTACT_ALERT");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ actorStaffId: null, data: { linkId: link.id } });
    const mails = await mailsAbout(request.reference, "Geen contact");
    expect(mails.map((m) => m.to.toLowerCase())).toContain(coordinatorEmail);

    const contactAt = clock();
    await logLinkContact(coordinator, { linkId: link.id, kind: "CALLED" }, { db, now: contactAt });
    clock.set(new Date(contactAt.getTime() + 14 * DAY - 60_000));
    expect((await runLinkReminders({ db, now: clock() })).noContact).not.toContain(link.id);
    clock.advance(60_000);
    expect((await runLinkReminders({ db, now: clock() })).noContact).toContain(link.id);
    expect(await mailsAbout(request.reference, "Geen contact")).toHaveLength(2 * mails.length);
  });

  it("leaves links that are not running alone", async () => {
    const proposed = await makeLink(db, { startedAt: T0, nextCheckInAt: T0 });
    const ended = await makeLink(db, { status: "ENDED", startedAt: T0, nextCheckInAt: T0 });
    const result = await runLinkReminders({ db, now: new Date(T0.getTime() + 60 * DAY) });
    for (const { link } of [proposed, ended]) {
      expect(result.checkIns).not.toContain(link.id);
      expect(result.noContact).not.toContain(link.id);
    }
  });

  it("sends each reminder once when two instances run at the same moment", async () => {
    const { link } = await startedLink();
    const now = new Date(T0.getTime() + 15 * DAY);
    const [a, b] = await Promise.all([runLinkReminders({ db, now }), runLinkReminders({ db: other, now })]);
    expect([...a.checkIns, ...b.checkIns].filter((id) => id === link.id)).toHaveLength(1);
    expect([...a.noContact, ...b.noContact].filter((id) => id === link.id)).toHaveLength(1);
    const events = await db.auditEvent.count({
      where: { entityId: link.id, action: { endsWith: "-reminder" } },
    });
    expect(events).toBe(1);
  });
});

describe("volunteerCoordinatorRecipients", () => {
  it("mails the active volunteer coordinators, else the admins, else the contact address", async () => {
    expect(await db.$transaction((tx) => volunteerCoordinatorRecipients(tx))).toContain(coordinatorEmail);
    // Rolled back: the other test files never see the change.
    const rollback = new Error("rollback");
    const seen: string[][] = [];
    await expect(
      db.$transaction(async (tx) => {
        await tx.staffUser.updateMany({
          where: { role: "VOLUNTEER_COORDINATOR" },
          data: { isActive: false },
        });
        const admins = (await tx.staffUser.findMany({ where: { role: "ADMIN", isActive: true } })).map((s) =>
          s.email.toLowerCase(),
        );
        seen.push(await volunteerCoordinatorRecipients(tx), admins.sort());
        await tx.staffUser.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
        await tx.setting.upsert({
          where: { key: "contactEmail" },
          create: { key: "contactEmail", value: "stad@example.org" },
          update: { value: "stad@example.org" },
        });
        seen.push(await volunteerCoordinatorRecipients(tx));
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[2]).toEqual(["stad@example.org"]);
  });
});
