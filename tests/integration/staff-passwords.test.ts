// Issue 9, point 11: a staff member changes their own password; an admin
// sends a single-use reset link (1 hour); common and breached passwords are
// refused by the one password rule of invitation, change and reset.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { validateStaffSession } from "@/lib/auth/staff-sessions";
import { createPrismaClient } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { acceptStaffInvitation } from "@/lib/staff-users/accept-staff-invitation";
import { changeOwnPassword } from "@/lib/staff-users/change-own-password";
import { findPasswordReset } from "@/lib/staff-users/find-password-reset";
import { inviteStaffUser } from "@/lib/staff-users/invite-staff-user";
import { resetStaffPassword } from "@/lib/staff-users/reset-staff-password";
import { sendPasswordReset } from "@/lib/staff-users/send-password-reset";
import { actorOf, makeStaff, PASSWORD, refusal } from "./staff-fixtures";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

const NEW_PASSWORD = "fietsen langs de Nete 2027";
/** The test run has no SMTP: say that the link reaches the person (what a mail server does). */
const MAIL = { linkCanReachThem: true } as const;
const COMMON_REFUSAL =
  "Dit wachtwoord staat op een lijst van veelgebruikte of gelekte wachtwoorden. Die proberen inbrekers eerst. Kies iets anders, bijvoorbeeld een zin van een paar woorden.";
const WRONG_CURRENT = "Je huidige wachtwoord klopt niet. Typ het nog eens.";
// On the shipped list as is, with digits and signs around a listed one, and repeated.
const COMMON = ["1qaz2wsx3edc", "Wachtwoord2026!", "Sunshine12345", "passwordpassword"];

async function signInWith(email: string, password: string, now = new Date()) {
  return authenticateStaff(
    { email, password, code: "" },
    { clientKey: `client-${randomUUID()}`, demoDatabase: false, db, now },
  );
}

async function sessionToken(email: string, password = PASSWORD, now = new Date()): Promise<string> {
  const result = await signInWith(email, password, now);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.sessionToken;
}

const isOpen = async (token: string, now = new Date()) =>
  (await validateStaffSession(token, { db, now })) !== null;

async function lastResetMail(to: string) {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  // The link is a secret of the mail: kept in its own column, never in the text.
  expect(mail.textBody).not.toMatch(/nieuw-wachtwoord/);
  const secrets = (mail.secrets ?? {}) as { wachtwoordlink?: string };
  const link = /^http:\/\/localhost:3000\/login\/nieuw-wachtwoord\/([A-Za-z0-9_-]{43})$/.exec(
    secrets.wachtwoordlink ?? "",
  );
  if (!link) throw new Error("no reset link in the mail");
  return { mail, token: link[1]! };
}

describe("the password rule", () => {
  it.each(COMMON)(
    "refuses %s when changing, resetting and accepting an invitation, saying why",
    async (pw) => {
      const user = await makeStaff(db, "EDITOR");
      const token = await sessionToken(user.email);
      const change = await refusal(
        changeOwnPassword(
          actorOf(user),
          { currentPassword: PASSWORD, password: pw, passwordConfirm: pw },
          { db, sessionToken: token },
        ),
      );
      expect(change.fieldErrors).toEqual({ password: COMMON_REFUSAL });

      const admin = actorOf(await makeStaff(db, "ADMIN"));
      await sendPasswordReset(admin, { userId: user.id }, { db, ...MAIL });
      const { token: resetToken } = await lastResetMail(user.email);
      const reset = await refusal(
        resetStaffPassword({ token: resetToken, password: pw, passwordConfirm: pw }, { db }),
      );
      expect(reset.fieldErrors).toEqual({ password: COMMON_REFUSAL });

      const invited = await inviteStaffUser(
        admin,
        { name: "Nieuwe Collega", email: `nieuw-${randomUUID()}@stad.example`, role: "EDITOR" },
        { db },
      );
      const inviteToken = invited.invitationLink.slice(invited.invitationLink.lastIndexOf("/") + 1);
      const accept = await refusal(
        acceptStaffInvitation({ token: inviteToken, password: pw, passwordConfirm: pw }, { db }),
      );
      expect(accept.fieldErrors).toEqual({ password: COMMON_REFUSAL });
      // Nothing changed: the old password still works.
      expect(await signInWith(user.email, PASSWORD)).toMatchObject({ ok: true });
    },
  );
});

describe("changing my own password", () => {
  it("with the right current password: sets it, ends my other sessions, keeps this one, and audits it", async () => {
    const user = await makeStaff(db, "COORDINATOR");
    const current = await sessionToken(user.email);
    const phone = await sessionToken(user.email);
    const otherPc = await sessionToken(user.email);

    await changeOwnPassword(
      actorOf(user),
      { currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { db, sessionToken: current },
    );

    expect(await isOpen(current)).toBe(true);
    expect(await isOpen(phone)).toBe(false);
    expect(await isOpen(otherPc)).toBe(false);
    expect(await signInWith(user.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWith(user.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    const events = await db.auditEvent.findMany({
      where: { entityId: user.id, action: "staff-user.change-password" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorStaffId: user.id });
    expect(JSON.stringify(events[0])).not.toContain(NEW_PASSWORD);
  });

  it("with a wrong current password: refused, nothing changed, no session ended", async () => {
    const user = await makeStaff(db, "EDITOR");
    const current = await sessionToken(user.email);
    const other = await sessionToken(user.email);
    const error = await refusal(
      changeOwnPassword(
        actorOf(user),
        { currentPassword: "niet-mijn-wachtwoord", password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
        { db, sessionToken: current },
      ),
    );
    expect(error.fieldErrors).toEqual({ currentPassword: WRONG_CURRENT });
    expect(await isOpen(current)).toBe(true);
    expect(await isOpen(other)).toBe(true);
    expect(await signInWith(user.email, PASSWORD)).toMatchObject({ ok: true });
    expect(await signInWith(user.email, NEW_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(
      await db.auditEvent.count({
        where: { entityId: user.id, action: "staff-user.change-password-failed" },
      }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({ where: { entityId: user.id, action: "staff-user.change-password" } }),
    ).toBe(0);
  });

  it("refuses the new password when the two don't match, or when it is the current one", async () => {
    const user = await makeStaff(db, "EDITOR");
    const current = await sessionToken(user.email);
    const mismatch = await refusal(
      changeOwnPassword(
        actorOf(user),
        { currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirm: "iets anders" },
        { db, sessionToken: current },
      ),
    );
    expect(mismatch.fieldErrors).toEqual({
      passwordConfirm: "De twee wachtwoorden zijn niet hetzelfde. Typ ze nog eens.",
    });
    const same = await refusal(
      changeOwnPassword(
        actorOf(user),
        { currentPassword: PASSWORD, password: PASSWORD, passwordConfirm: PASSWORD },
        { db, sessionToken: current },
      ),
    );
    expect(same.fieldErrors).toEqual({
      password: "Je nieuwe wachtwoord is hetzelfde als je huidige. Kies een ander.",
    });
  });
});

describe("the limit on changing my own password", () => {
  it("stops guessing the current password after 5 tries in a quarter of an hour", async () => {
    const user = await makeStaff(db, "EDITOR");
    const now = new Date("2026-12-07T09:01:00Z");
    const current = await sessionToken(user.email, PASSWORD, now);
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const error = await refusal(
        changeOwnPassword(
          actorOf(user),
          { currentPassword: `geraden-${i}`, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
          { db, sessionToken: current, now },
        ),
      );
      answers.push(String(error.code));
    }
    expect(answers).toEqual([
      "invalid-input",
      "invalid-input",
      "invalid-input",
      "invalid-input",
      "invalid-input",
      "rate-limited",
    ]);
  });

  it("is not used up by a stranger failing to sign in to my account from many places", async () => {
    const user = await makeStaff(db, "EDITOR");
    const now = new Date("2026-12-07T10:01:00Z");
    const current = await sessionToken(user.email, PASSWORD, now);
    for (let i = 0; i < 30; i++) {
      await authenticateStaff(
        { email: user.email, password: `fout-${i}`, code: "" },
        { clientKey: `stranger-${randomUUID()}`, demoDatabase: false, db, now },
      );
    }
    await changeOwnPassword(
      actorOf(user),
      { currentPassword: PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { db, sessionToken: current, now },
    );
    expect(
      await db.auditEvent.count({ where: { entityId: user.id, action: "staff-user.change-password" } }),
    ).toBe(1);
  });
});

describe("a password reset sent by an admin", () => {
  it("mails a link stored only as a hash, ends the person's sessions at once, and audits the request without the link", async () => {
    const admin = actorOf(await makeStaff(db, "ADMIN"));
    const user = await makeStaff(db, "COORDINATOR");
    const before = await sessionToken(user.email);
    const now = new Date();

    const result = await sendPasswordReset(admin, { userId: user.id }, { db, ...MAIL, now });

    expect(result.expiresAt.getTime()).toBe(now.getTime() + 60 * 60_000);
    expect(result).not.toHaveProperty("link");
    const { mail, token } = await lastResetMail(user.email);
    expect(mail.subject).toMatch(/nieuw wachtwoord/i);
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordResetTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(stored.passwordResetExpiresAt).toEqual(result.expiresAt);
    expect(await isOpen(before)).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "staff-user.send-password-reset" },
    });
    expect(audit.actorStaffId).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("is refused without a mail server off the demo, signing nobody out and sending nothing", async () => {
    // The test run has neither SMTP nor the demo database: the default must refuse.
    expect(process.env.SMTP_URL ?? "").toBe("");
    const admin = actorOf(await makeStaff(db, "ADMIN"));
    const user = await makeStaff(db, "COORDINATOR");
    const open = await sessionToken(user.email);
    const error = await refusal(sendPasswordReset(admin, { userId: user.id }, { db }));
    expect(error.code).toBe("no-mail");
    expect(error.message).toBe(
      "Er is geen mailserver ingesteld, dus de link zou niemand bereiken. Er is niets veranderd: je collega blijft aangemeld. Vraag eerst een mailserver (SMTP) aan.",
    );
    expect(await isOpen(open)).toBe(true);
    expect(await db.outboxMessage.count({ where: { to: user.email } })).toBe(0);
    expect(
      (await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).passwordResetTokenHash,
    ).toBeNull();
  });

  it("lets the link set a new password once, ending every session of the person", async () => {
    const admin = actorOf(await makeStaff(db, "ADMIN"));
    const user = await makeStaff(db, "EDITOR");
    await sendPasswordReset(admin, { userId: user.id }, { db, ...MAIL });
    const { token } = await lastResetMail(user.email);
    // Signed in again (with the old password) after the mail: the reset ends that session too.
    const meanwhile = await sessionToken(user.email);

    await resetStaffPassword({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { db });

    expect(await isOpen(meanwhile)).toBe(false);
    expect(await signInWith(user.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWith(user.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    const again = await refusal(
      resetStaffPassword(
        { token, password: "nog een ander wachtwoord 1", passwordConfirm: "nog een ander wachtwoord 1" },
        { db },
      ),
    );
    expect(again.code).toBe("reset-invalid");
    expect(await signInWith(user.email, NEW_PASSWORD)).toMatchObject({ ok: true });
    const used = await db.auditEvent.findMany({
      where: { entityId: user.id, action: "staff-user.reset-password" },
    });
    expect(used).toHaveLength(1);
    expect(JSON.stringify(used)).not.toContain(token);
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ passwordResetTokenHash: null, passwordResetExpiresAt: null });
  });

  it("works until 1 hour after it was sent, not at 1 hour", async () => {
    const admin = actorOf(await makeStaff(db, "ADMIN"));
    const sentAt = new Date("2026-12-04T08:00:00.000Z");
    const late = await makeStaff(db, "EDITOR");
    await sendPasswordReset(admin, { userId: late.id }, { db, ...MAIL, now: sentAt });
    const { token: lateToken } = await lastResetMail(late.email);
    const atOneHour = new Date("2026-12-04T09:00:00.000Z");
    expect(await findPasswordReset(lateToken, { db, now: atOneHour })).toMatchObject({
      ok: false,
      reason: "expired",
    });
    const expired = await refusal(
      resetStaffPassword(
        { token: lateToken, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
        { db, now: atOneHour },
      ),
    );
    expect(expired.code).toBe("reset-expired");
    expect(expired.message).toBe(
      "Deze link is verlopen: hij werkt één uur. Vraag een beheerder om je een nieuwe link te sturen.",
    );

    const inTime = await makeStaff(db, "EDITOR");
    await sendPasswordReset(admin, { userId: inTime.id }, { db, ...MAIL, now: sentAt });
    const { token } = await lastResetMail(inTime.email);
    await resetStaffPassword(
      { token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { db, now: new Date("2026-12-04T08:59:59.000Z") },
    );
    expect(await signInWith(inTime.email, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("a newer link replaces the older one", async () => {
    const admin = actorOf(await makeStaff(db, "ADMIN"));
    const user = await makeStaff(db, "EDITOR");
    await sendPasswordReset(admin, { userId: user.id }, { db, ...MAIL, now: new Date(Date.now() - 1000) });
    const { token: first } = await lastResetMail(user.email);
    await sendPasswordReset(admin, { userId: user.id }, { db, ...MAIL });
    expect(await findPasswordReset(first, { db })).toMatchObject({ ok: false, reason: "invalid" });
  });

  it.each<StaffRole>(["COORDINATOR", "VOLUNTEER_COORDINATOR", "EDITOR", "REPORTER"])(
    "is refused to the role %s, which changes nothing",
    async (role) => {
      const user = await makeStaff(db, "EDITOR");
      const open = await sessionToken(user.email);
      const error = await refusal(
        sendPasswordReset(actorOf(await makeStaff(db, role)), { userId: user.id }, { db, ...MAIL }),
      );
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(await isOpen(open)).toBe(true);
      expect(await db.outboxMessage.count({ where: { to: user.email } })).toBe(0);
      expect(
        (await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).passwordResetTokenHash,
      ).toBeNull();
    },
  );

  it("is refused for the admin's own account, a deactivated account and a pending invitation", async () => {
    const me = await makeStaff(db, "ADMIN");
    const admin = actorOf(me);
    expect((await refusal(sendPasswordReset(admin, { userId: me.id }, { db, ...MAIL }))).code).toBe("self");
    const inactive = await makeStaff(db, "EDITOR", { isActive: false });
    expect((await refusal(sendPasswordReset(admin, { userId: inactive.id }, { db, ...MAIL }))).code).toBe(
      "invalid-input",
    );
    const invited = await inviteStaffUser(
      admin,
      { name: "Nog Niet Gekozen", email: `wacht-${randomUUID()}@stad.example`, role: "EDITOR" },
      { db },
    );
    expect((await refusal(sendPasswordReset(admin, { userId: invited.user.id }, { db, ...MAIL }))).code).toBe(
      "already-done",
    );
  });
});
