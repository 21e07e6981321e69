import { createHash, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { createPrismaClient } from "@/lib/db";
import { acceptStaffInvitation } from "@/lib/staff-users/accept-staff-invitation";
import { findStaffInvitation, INVITATION_MESSAGES } from "@/lib/staff-users/find-staff-invitation";
import { inviteStaffUser } from "@/lib/staff-users/invite-staff-user";
import { deactivateStaffUser } from "@/lib/staff-users/deactivate-staff-user";
import { resendStaffInvitation } from "@/lib/staff-users/resend-staff-invitation";
import { AdminError } from "@/lib/staff-users/admin-error";
import { USER_MESSAGES } from "@/lib/validation/user-management-schema";
import { actorOf, makeStaff, refusal } from "./staff-fixtures";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

const NEW_PASSWORD = "zomer aan de Dijle 2026";
const DAY = 24 * 60 * 60_000;

async function admin() {
  return actorOf(await makeStaff(db, "ADMIN", { name: "Admin Test" }));
}

function newEmail() {
  return `Nieuw.Collega-${randomUUID()}@Stad.example`;
}

function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf("/") + 1);
}

const signInWith = (email: string, password: string, now = new Date()) =>
  authenticateStaff(
    { email, password, code: "" },
    { clientKey: `client-${randomUUID()}`, demoDatabase: false, db, now },
  );

describe("inviting a staff member", () => {
  it("creates the account, puts the invitation mail in the outbox and audits it, storing only a hash of the token", async () => {
    const actor = await admin();
    const email = newEmail();
    const now = new Date();
    const result = await inviteStaffUser(
      actor,
      { name: "  Els Nieuw ", email, role: "COORDINATOR" },
      { db, now },
    );

    expect(result.user).toMatchObject({ name: "Els Nieuw", email: email.toLowerCase(), role: "COORDINATOR" });
    expect(result.invitationLink).toMatch(/^http:\/\/localhost:3000\/login\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
    expect(result.expiresAt.getTime()).toBe(now.getTime() + 7 * DAY);

    const token = tokenOf(result.invitationLink);
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(user.inviteTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(user.inviteTokenHash).not.toContain(token);
    expect(user.inviteExpiresAt).toEqual(result.expiresAt);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.isActive).toBe(true);

    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email.toLowerCase() } });
    expect(mail.subject).toMatch(/^Je account voor Tezamen /);
    // The link is a secret of the message, never in its text (which the outbox shows).
    expect(mail.textBody).not.toContain(token);
    expect(mail.textBody).toContain("Kies je wachtwoord via deze link:\n{{geheim:uitnodigingslink}}\n");
    expect(mail.secrets).toEqual({ uitnodigingslink: result.invitationLink });
    expect(mail.secretsExpireAt).toEqual(result.expiresAt);
    expect(mail.textBody).toContain("Dag Els Nieuw,");
    expect(mail.status).toBe("PENDING");

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "staff-user.invite", entityId: result.user.id },
    });
    expect(audit).toMatchObject({ entityType: "StaffUser", actorStaffId: actor.id, ipHash: "test-ip-hash" });
    expect(audit.data).toMatchObject({ role: "COORDINATOR" });
    expect(JSON.stringify(audit.data)).not.toContain(token);
  });

  it("uses the site's address from NEXTAUTH_URL in the link", async () => {
    const before = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://tezamen.stad.example/";
    try {
      const result = await inviteStaffUser(
        await admin(),
        { name: "Link Test", email: newEmail(), role: "EDITOR" },
        { db },
      );
      expect(result.invitationLink).toMatch(/^https:\/\/tezamen\.stad\.example\/login\/uitnodiging\/[\w-]+$/);
    } finally {
      if (before === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = before;
    }
  });

  it("checks the form and refuses an e-mail address that already has an account", async () => {
    const actor = await admin();
    const invalid = await refusal(
      inviteStaffUser(actor, { name: "", email: "geen-adres", role: "BOSS" }, { db }),
    );
    expect(invalid).toBeInstanceOf(AdminError);
    expect(invalid.fieldErrors).toEqual({
      name: USER_MESSAGES.nameMissing,
      email: USER_MESSAGES.emailInvalid,
      role: USER_MESSAGES.roleMissing,
    });

    const existing = await makeStaff(db, "EDITOR");
    const taken = await refusal(
      inviteStaffUser(actor, { name: "Dubbel", email: existing.email.toUpperCase(), role: "EDITOR" }, { db }),
    );
    expect(taken).toMatchObject({ code: "email-taken" });
    expect(taken.fieldErrors?.email).toBe("Er is al een account met dit e-mailadres.");
  });

  it("lets only one of two simultaneous invitations for the same address through", async () => {
    const actor = await admin();
    const email = newEmail();
    const results = await Promise.allSettled([
      inviteStaffUser(actor, { name: "Een", email, role: "EDITOR" }, { db }),
      inviteStaffUser(actor, { name: "Twee", email, role: "EDITOR" }, { db }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "email-taken" });
    expect(await db.outboxMessage.count({ where: { to: email.toLowerCase() } })).toBe(1);
  });
});

describe("accepting an invitation", () => {
  it("sets the password, after which the new colleague can sign in; the link then stops working", async () => {
    const email = newEmail();
    const invited = await inviteStaffUser(await admin(), { name: "Jonas", email, role: "EDITOR" }, { db });
    const token = tokenOf(invited.invitationLink);

    // Before accepting, no password works.
    expect(await signInWith(email, NEW_PASSWORD)).toEqual({ ok: false, reason: "invalid" });

    const found = await findStaffInvitation(token, { db });
    expect(found).toMatchObject({ ok: true, name: "Jonas", email: email.toLowerCase() });

    const accepted = await acceptStaffInvitation(
      { token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { db, ipHash: "invitee-ip" },
    );
    expect(accepted.userId).toBe(invited.user.id);

    const user = await db.staffUser.findUniqueOrThrow({ where: { id: invited.user.id } });
    expect(user.inviteTokenHash).toBeNull();
    expect(user.inviteExpiresAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await signInWith(email, NEW_PASSWORD)).toMatchObject({
      ok: true,
      userId: invited.user.id,
      mustEnrolSecondFactor: false,
    });
    expect(
      await db.auditEvent.count({
        where: {
          action: "staff-user.accept-invitation",
          entityId: invited.user.id,
          actorStaffId: invited.user.id,
        },
      }),
    ).toBe(1);

    // Used: refused, with a message that says what to do.
    expect(await findStaffInvitation(token, { db })).toEqual({
      ok: false,
      reason: "invalid",
      message: INVITATION_MESSAGES.invalid,
    });
    const again = await refusal(
      acceptStaffInvitation(
        { token, password: "een ander wachtwoord", passwordConfirm: "een ander wachtwoord" },
        { db },
      ),
    );
    expect(again).toMatchObject({ code: "invitation-invalid", message: INVITATION_MESSAGES.invalid });
    expect(await signInWith(email, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("sends roles that see personal data to set up the second factor at their first sign-in", async () => {
    const email = newEmail();
    const invited = await inviteStaffUser(
      await admin(),
      { name: "Mira", email, role: "COORDINATOR" },
      { db },
    );
    await acceptStaffInvitation(
      { token: tokenOf(invited.invitationLink), password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { db },
    );
    expect(await signInWith(email, NEW_PASSWORD)).toMatchObject({ ok: true, mustEnrolSecondFactor: true });
  });

  it("refuses an expired invitation", async () => {
    const now = new Date();
    const invited = await inviteStaffUser(
      await admin(),
      { name: "Laat", email: newEmail(), role: "EDITOR" },
      { db, now },
    );
    const token = tokenOf(invited.invitationLink);
    const later = new Date(now.getTime() + 7 * DAY + 1_000);
    expect(await findStaffInvitation(token, { db, now: later })).toMatchObject({
      ok: false,
      reason: "expired",
    });
    const error = await refusal(
      acceptStaffInvitation(
        { token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
        { db, now: later },
      ),
    );
    expect(error).toMatchObject({ code: "invitation-expired", message: INVITATION_MESSAGES.expired });
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: invited.user.id } });
    expect(user.inviteTokenHash).not.toBeNull();
    // Just before the end it still works.
    const inTime = new Date(now.getTime() + 7 * DAY - 1_000);
    await expect(
      acceptStaffInvitation(
        { token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
        { db, now: inTime },
      ),
    ).resolves.toMatchObject({ userId: invited.user.id });
  });

  it("refuses unknown and malformed tokens, and the invitation of a deactivated account", async () => {
    for (const token of ["", "kort", "x".repeat(43), "../../etc/passwd"]) {
      expect(await findStaffInvitation(token, { db })).toMatchObject({ ok: false, reason: "invalid" });
    }
    const actor = await admin();
    const invited = await inviteStaffUser(actor, { name: "Weg", email: newEmail(), role: "EDITOR" }, { db });
    await deactivateStaffUser(actor, { userId: invited.user.id }, { db });
    const error = await refusal(
      acceptStaffInvitation(
        { token: tokenOf(invited.invitationLink), password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
        { db },
      ),
    );
    expect(error).toMatchObject({ code: "invitation-invalid" });
  });

  it("asks for a password of at least 12 characters, typed twice the same", async () => {
    const invited = await inviteStaffUser(
      await admin(),
      { name: "Kort", email: newEmail(), role: "EDITOR" },
      { db },
    );
    const token = tokenOf(invited.invitationLink);
    const short = await refusal(
      acceptStaffInvitation({ token, password: "kort", passwordConfirm: "kort" }, { db }),
    );
    expect(short.fieldErrors).toEqual({ password: USER_MESSAGES.passwordTooShort });
    const mismatch = await refusal(
      acceptStaffInvitation({ token, password: NEW_PASSWORD, passwordConfirm: `${NEW_PASSWORD}!` }, { db }),
    );
    expect(mismatch.fieldErrors).toEqual({ passwordConfirm: USER_MESSAGES.passwordMismatch });
    // Still usable after a refusal.
    expect(await findStaffInvitation(token, { db })).toMatchObject({ ok: true });
  });

  it("accepts an invitation only once when the link is used twice at the same moment", async () => {
    const invited = await inviteStaffUser(
      await admin(),
      { name: "Dubbelklik", email: newEmail(), role: "EDITOR" },
      { db },
    );
    const token = tokenOf(invited.invitationLink);
    const results = await Promise.allSettled([
      acceptStaffInvitation({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { db }),
      acceptStaffInvitation(
        { token, password: "tweede wachtwoord!", passwordConfirm: "tweede wachtwoord!" },
        { db },
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await db.auditEvent.count({
        where: { action: "staff-user.accept-invitation", entityId: invited.user.id },
      }),
    ).toBe(1);
  });
});

describe("sending an invitation again", () => {
  it("replaces the link: the old one stops working, the new one works for another 7 days", async () => {
    const actor = await admin();
    const start = new Date();
    const email = newEmail();
    const first = await inviteStaffUser(
      actor,
      { name: "Opnieuw", email, role: "EDITOR" },
      { db, now: start },
    );
    const later = new Date(start.getTime() + 10 * DAY);
    const second = await resendStaffInvitation(actor, { userId: first.user.id }, { db, now: later });
    expect(second.expiresAt.getTime()).toBe(later.getTime() + 7 * DAY);
    expect(await db.outboxMessage.count({ where: { to: email.toLowerCase() } })).toBe(2);

    const oldToken = tokenOf(first.invitationLink);
    expect(await findStaffInvitation(oldToken, { db, now: later })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    await acceptStaffInvitation(
      { token: tokenOf(second.invitationLink), password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { db, now: later },
    );
    expect(await refusal(resendStaffInvitation(actor, { userId: first.user.id }, { db }))).toMatchObject({
      code: "already-done",
    });
    expect(
      await db.auditEvent.count({
        where: { action: "staff-user.resend-invitation", entityId: first.user.id },
      }),
    ).toBe(1);
  });
});
