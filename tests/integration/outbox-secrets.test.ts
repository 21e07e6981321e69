// Secrets in the outbox (issue 9, point 1): sign-in codes and links and
// invitation links are never shown to anyone who reads the outbox, whatever
// the role; on the embedded demo database only an ADMIN may reveal one that
// has not expired, and that is audited without the secret; the stored copy is
// gone once the secret expires. (Delivery over SMTP: mail-smtp-delivery.test.ts.)
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type StaffActor } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { clearExpiredMailSecrets } from "@/lib/mail/mail-secrets";
import { queueMail, secretMarker } from "@/lib/mail/queue-mail";
import { listOutbox, type OutboxRow } from "@/lib/outbox/list-outbox";
import { revealOutboxSecret } from "@/lib/outbox/reveal-outbox-secret";
import { inviteStaffUser } from "@/lib/staff-users/invite-staff-user";
import { resendStaffInvitation } from "@/lib/staff-users/resend-staff-invitation";
import { requestVolunteerLoginCode } from "@/lib/volunteer-portal/request-volunteer-login-code";
import { actorOf, makeStaff, refusal, ROLES } from "./staff-fixtures";
import { latestLoginMail, makeVolunteer } from "./volunteer-portal-fixtures";

const db = createPrismaClient();
const actors = new Map<StaffRole, StaffActor>();
const MINUTE = 60_000;
// Far ahead of every other file's mail: these are the newest, on the outbox's first page.
const base = new Date(Date.UTC(2099, 2, 1, 9, 0, 0) + Math.floor(Math.random() * 1_000_000) * MINUTE);
const at = (minutes: number) => new Date(base.getTime() + minutes * MINUTE);

// Written down from the issue, not read from the permission table.
const READERS: StaffRole[] = ["ADMIN", "COORDINATOR", "VOLUNTEER_COORDINATOR"];
const NOT_READERS: StaffRole[] = ["EDITOR", "REPORTER"];
const NOT_REVEALERS: StaffRole[] = ["COORDINATOR", "VOLUNTEER_COORDINATOR", "EDITOR", "REPORTER"];

let volunteerEmail: string;
let login: { code: string; token: string };
let loginMailId: string;
let invitation: { link: string; token: string; mailId: string };

beforeAll(async () => {
  for (const role of ROLES) actors.set(role, actorOf(await makeStaff(db, role)));
  const volunteer = await makeVolunteer(db);
  volunteerEmail = volunteer.email!;
  await requestVolunteerLoginCode(
    { email: volunteerEmail },
    { clientKey: `c-${randomUUID()}`, db, now: at(0) },
  );
  login = (await latestLoginMail(db, volunteerEmail))!;
  loginMailId = (await db.outboxMessage.findFirstOrThrow({ where: { to: volunteerEmail } })).id;
  // An invitation for an ADMIN account: the link that let a coordinator become admin.
  const email = `nieuwe-admin-${randomUUID()}@stad.example`;
  const invited = await inviteStaffUser(
    actors.get("ADMIN")!,
    { name: "Nieuwe Beheerder", email, role: "ADMIN" },
    { db, now: at(1) },
  );
  invitation = {
    link: invited.invitationLink,
    token: invited.invitationLink.slice(invited.invitationLink.lastIndexOf("/") + 1),
    mailId: (await db.outboxMessage.findFirstOrThrow({ where: { to: email } })).id,
  };
});

afterAll(() => db.$disconnect());

const auditsOf = (messageId: string) =>
  db.auditEvent.findMany({ where: { entityType: "OutboxMessage", entityId: messageId } });

function rowOf(rows: readonly OutboxRow[], id: string): OutboxRow {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`message ${id} not on the first page`);
  return row;
}

describe("the outbox, per role", () => {
  it.each(READERS)(
    "%s sees the messages, every secret masked, and nothing to reveal off the demo",
    async (role) => {
      for (const demoDatabase of [false, true]) {
        const outbox = await listOutbox(actors.get(role)!, {}, { db, now: at(2), demoDatabase });
        const everything = JSON.stringify(outbox);
        expect(everything).not.toContain(login.code);
        expect(everything).not.toContain(login.token);
        expect(everything).not.toContain(invitation.token);
        expect(everything).not.toContain("{{geheim:");

        const loginRow = rowOf(outbox.rows, loginMailId);
        expect(loginRow.subject).toBe("Je code om aan te melden: [verborgen: inlogcode]");
        expect(loginRow.textBody).toContain("is: [verborgen: inlogcode]");
        expect(loginRow.textBody).toContain("Of klik op deze link:\n[verborgen: inloglink]\n");
        expect(loginRow.secretLabels).toEqual(["inlogcode", "inloglink"]);
        const inviteRow = rowOf(outbox.rows, invitation.mailId);
        expect(inviteRow.textBody).toContain(
          "Kies je wachtwoord via deze link:\n[verborgen: uitnodigingslink]\n",
        );
        // Only an ADMIN, only on the demo database, gets the reveal button.
        const revealable = demoDatabase && role === "ADMIN";
        expect(loginRow.canRevealSecret).toBe(revealable);
        expect(inviteRow.canRevealSecret).toBe(revealable);
      }
    },
  );

  it.each(NOT_READERS)("%s may not open the outbox", async (role) => {
    const error = await refusal(listOutbox(actors.get(role)!, {}, { db, demoDatabase: true }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).permission).toBe("outbox:read");
  });

  it("offers no reveal once the secret expired", async () => {
    const outbox = await listOutbox(actors.get("ADMIN")!, {}, { db, now: at(10), demoDatabase: true });
    expect(rowOf(outbox.rows, loginMailId).canRevealSecret).toBe(false);
    expect(rowOf(outbox.rows, invitation.mailId).canRevealSecret).toBe(true);
  });
});

describe("revealing a secret (demo only)", () => {
  it("shows an ADMIN the code and link on the demo database, and audits who looked at which message, without the secret", async () => {
    const admin = actors.get("ADMIN")!;
    const before = (await auditsOf(loginMailId)).length;
    const shown = await revealOutboxSecret(
      admin,
      { messageId: loginMailId },
      { db, now: at(5), demoDatabase: true },
    );
    expect(shown.to).toBe(volunteerEmail);
    expect(shown.secrets).toEqual([
      { label: "inlogcode", value: login.code },
      {
        label: "inloglink",
        value: expect.stringMatching(new RegExp(`/vrijwilliger/aanmelden/${login.token}$`)),
      },
    ]);
    const audits = await auditsOf(loginMailId);
    expect(audits).toHaveLength(before + 1);
    const audit = audits.at(-1)!;
    expect(audit).toMatchObject({
      action: "outbox.reveal-demo-secret",
      actorStaffId: admin.id,
      ipHash: "test-ip-hash",
      data: { labels: ["inlogcode", "inloglink"] },
    });
    expect(audit.occurredAt).toEqual(at(5));
    expect(JSON.stringify(audit)).not.toContain(login.code);
    expect(JSON.stringify(audit)).not.toContain(login.token);
  });

  it.each(NOT_REVEALERS)("refuses %s, also on the demo database, and audits nothing", async (role) => {
    const before = (await auditsOf(invitation.mailId)).length;
    const error = await refusal(
      revealOutboxSecret(
        actors.get(role)!,
        { messageId: invitation.mailId },
        { db, now: at(5), demoDatabase: true },
      ),
    );
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).permission).toBe("outbox:reveal-demo-secret");
    expect(await auditsOf(invitation.mailId)).toHaveLength(before);
  });

  it("refuses an ADMIN on any other database (also when not told, from the environment), and audits nothing", async () => {
    const admin = actors.get("ADMIN")!;
    const before = (await auditsOf(invitation.mailId)).length;
    const told = await refusal(
      revealOutboxSecret(admin, { messageId: invitation.mailId }, { db, now: at(5), demoDatabase: false }),
    );
    expect(told).toMatchObject({ code: "not-demo" });
    expect(told.message).toMatch(/alleen op de demodatabank/);
    // The test run has no TEZAMEN_DEMO_DATABASE: the default is "not the demo".
    expect(process.env.TEZAMEN_DEMO_DATABASE ?? "").not.toBe("1");
    const fromEnv = await refusal(
      revealOutboxSecret(admin, { messageId: invitation.mailId }, { db, now: at(5) }),
    );
    expect(fromEnv).toMatchObject({ code: "not-demo" });
    expect(await auditsOf(invitation.mailId)).toHaveLength(before);
  });

  it("refuses once the secret expired, or for a message without one, and audits nothing", async () => {
    const admin = actors.get("ADMIN")!;
    const before = (await auditsOf(loginMailId)).length;
    // The code works 10 minutes: at the tenth minute it is gone.
    const expired = await refusal(
      revealOutboxSecret(admin, { messageId: loginMailId }, { db, now: at(10), demoDatabase: true }),
    );
    expect(expired).toMatchObject({ code: "no-secret" });
    expect(await auditsOf(loginMailId)).toHaveLength(before);

    const plain = await queueMail(db, {
      to: `gewoon-${randomUUID()}@stad.example`,
      subject: "Gewoon",
      text: "Niets geheims.",
    });
    const none = await refusal(
      revealOutboxSecret(admin, { messageId: plain.id }, { db, now: at(5), demoDatabase: true }),
    );
    expect(none).toMatchObject({ code: "no-secret" });
    const unknown = await refusal(
      revealOutboxSecret(admin, { messageId: "bestaat-niet" }, { db, now: at(5), demoDatabase: true }),
    );
    expect(unknown).toMatchObject({ code: "no-secret" });
  });
});

describe("the stored copy of a secret", () => {
  it("is kept in its own column, never in the subject or text", async () => {
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: loginMailId } });
    expect(`${row.subject}\n${row.textBody}`).not.toContain(login.code);
    expect(row.textBody).not.toContain(login.token);
    expect(row.secrets).toMatchObject({ inlogcode: login.code });
    expect(row.secretsExpireAt).toEqual(at(10));
  });

  it("is removed when the secret expires (the scheduler's job), and only then", async () => {
    const to = `verloopt-${randomUUID()}@stad.example`;
    const queued = await queueMail(
      db,
      {
        to,
        subject: "Je code",
        text: `Code: ${secretMarker("inlogcode")}`,
        secrets: { values: { inlogcode: "918273" }, expiresAt: at(30) },
      },
      { now: at(20) },
    );
    await clearExpiredMailSecrets({ db, now: at(30 - 1 / 60_000) });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      secrets: { inlogcode: "918273" },
      secretsExpireAt: at(30),
    });

    const { cleared } = await clearExpiredMailSecrets({ db, now: at(30) });
    expect(cleared).toBeGreaterThanOrEqual(1);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({
      secrets: null,
      secretsExpireAt: null,
      textBody: "Code: {{geheim:inlogcode}}",
    });
    // The invitation (7 days) and the login code (10 minutes, long gone by now) are both cleared too.
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: loginMailId } })).toMatchObject({
      secrets: null,
    });
    expect(
      (await db.outboxMessage.findUniqueOrThrow({ where: { id: invitation.mailId } })).secrets,
    ).toMatchObject({ uitnodigingslink: invitation.link });
    const gone = await refusal(
      revealOutboxSecret(
        actors.get("ADMIN")!,
        { messageId: queued.id },
        { db, now: at(25), demoDatabase: true },
      ),
    );
    expect(gone).toMatchObject({ code: "no-secret" });
  });

  it("is removed when a new code or invitation replaces it (the old one stopped working)", async () => {
    const volunteer = await makeVolunteer(db);
    const ask = (minutes: number) =>
      requestVolunteerLoginCode(
        { email: volunteer.email! },
        { clientKey: `c-${randomUUID()}`, db, now: at(100 + minutes) },
      );
    await ask(0);
    await ask(1);
    const codeMails = await db.outboxMessage.findMany({
      where: { to: volunteer.email! },
      orderBy: { createdAt: "asc" },
    });
    expect(codeMails.map((m) => m.secrets === null)).toEqual([true, false]);
    expect(codeMails[0]!.secretsExpireAt).toBeNull();

    const email = `opnieuw-${randomUUID()}@stad.example`;
    const admin = actors.get("ADMIN")!;
    const first = await inviteStaffUser(
      admin,
      { name: "Opnieuw Uitgenodigd", email, role: "COORDINATOR" },
      { db, now: at(100) },
    );
    const second = await resendStaffInvitation(admin, { userId: first.user.id }, { db, now: at(101) });
    const inviteMails = await db.outboxMessage.findMany({
      where: { to: email },
      orderBy: { createdAt: "asc" },
    });
    expect(inviteMails.map((m) => m.secrets)).toEqual([null, { uitnodigingslink: second.invitationLink }]);
  });

  it("may not be written out in the mail: queueing it refuses", async () => {
    const mail = { to: `fout-${randomUUID()}@stad.example`, subject: "Je code" };
    await expect(
      queueMail(db, {
        ...mail,
        text: "Code: 555123",
        secrets: { values: { inlogcode: "555123" }, expiresAt: at(40) },
      }),
    ).rejects.toThrow(/written out|no marker/);
    await expect(queueMail(db, { ...mail, text: `Code: ${secretMarker("inlogcode")}` })).rejects.toThrow(
      /without a secret/,
    );
    expect(await db.outboxMessage.count({ where: { to: mail.to } })).toBe(0);
  });
});
