import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { endAllStaffSessions, endStaffSession, validateStaffSession } from "@/lib/auth/staff-sessions";
import { generateTotpSecret, totpCode } from "@/lib/auth/totp";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/auth/totp-enrolment";
import { createPrismaClient } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { makeStaff, PASSWORD } from "./staff-fixtures";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

/** A well-formed code that is not the current one. */
const wrongCode = (secret: string, now: Date) => (totpCode(secret, now) === "000000" ? "111111" : "000000");

const ctx = (overrides: Partial<Parameters<typeof authenticateStaff>[1]> = {}) => ({
  clientKey: `client-${randomUUID()}`,
  demoDatabase: false,
  db,
  ...overrides,
});

describe("staff sign-in", () => {
  it("accepts the right password and starts a server-side session", async () => {
    const user = await makeStaff(db, "EDITOR");
    const result = await authenticateStaff(
      { email: user.email.toUpperCase(), password: PASSWORD, code: "" },
      ctx(),
    );
    expect(result).toMatchObject({ ok: true, userId: user.id, mustEnrolSecondFactor: false });
    if (!result.ok) return;
    const session = await validateStaffSession(result.sessionToken, { db });
    expect(session?.user.id).toBe(user.id);
    // Only a hash of the token is stored.
    expect(await db.staffSession.count({ where: { tokenHash: result.sessionToken } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "staff.login", entityId: user.id } })).toBe(1);
  });

  it("answers the same for an unknown account, a wrong password and a deactivated account", async () => {
    const user = await makeStaff(db, "EDITOR");
    const inactive = await makeStaff(db, "EDITOR", { isActive: false });
    const answers = [
      await authenticateStaff({ email: "niemand@stad.example", password: PASSWORD, code: "" }, ctx()),
      await authenticateStaff({ email: user.email, password: "fout", code: "" }, ctx()),
      await authenticateStaff({ email: inactive.email, password: PASSWORD, code: "" }, ctx()),
    ];
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("requires the TOTP code once the second factor is set up", async () => {
    const secret = generateTotpSecret();
    const user = await makeStaff(db, "COORDINATOR", { totpSecret: secret });
    const now = new Date();
    expect(
      await authenticateStaff({ email: user.email, password: PASSWORD, code: "" }, ctx({ now })),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(
      await authenticateStaff(
        { email: user.email, password: PASSWORD, code: wrongCode(secret, now) },
        ctx({ now }),
      ),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    const ok = await authenticateStaff(
      { email: user.email, password: PASSWORD, code: totpCode(secret, now) },
      ctx({ now }),
    );
    expect(ok).toMatchObject({ ok: true, mustEnrolSecondFactor: false });
  });

  it("sends roles that see personal data to enrolment; demo accounts skip it only on the demo database", async () => {
    const coordinator = await makeStaff(db, "COORDINATOR");
    expect(
      await authenticateStaff({ email: coordinator.email, password: PASSWORD, code: "" }, ctx()),
    ).toMatchObject({ ok: true, mustEnrolSecondFactor: true });
    const demo = await makeStaff(db, "COORDINATOR", { isDemo: true });
    expect(
      await authenticateStaff(
        { email: demo.email, password: PASSWORD, code: "" },
        ctx({ demoDatabase: true }),
      ),
    ).toMatchObject({ ok: true, mustEnrolSecondFactor: false });
    expect(
      await authenticateStaff(
        { email: demo.email, password: PASSWORD, code: "" },
        ctx({ demoDatabase: false }),
      ),
    ).toMatchObject({ ok: true, mustEnrolSecondFactor: true });
    const editor = await makeStaff(db, "EDITOR");
    expect(
      await authenticateStaff({ email: editor.email, password: PASSWORD, code: "" }, ctx()),
    ).toMatchObject({ ok: true, mustEnrolSecondFactor: false });
  });

  it("limits attempts per account and per client", async () => {
    const user = await makeStaff(db, "EDITOR");
    const now = new Date();
    for (let i = 0; i < 10; i++) {
      expect(
        await authenticateStaff({ email: user.email, password: "fout", code: "" }, ctx({ now })),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    // The 11th attempt on this account is refused, even with the right password and from another client.
    expect(
      await authenticateStaff({ email: user.email, password: PASSWORD, code: "" }, ctx({ now })),
    ).toEqual({ ok: false, reason: "rate-limited" });
    // Fifteen minutes later it works again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect(
      await authenticateStaff({ email: user.email, password: PASSWORD, code: "" }, ctx({ now: later })),
    ).toMatchObject({ ok: true });

    const clientKey = `client-${randomUUID()}`;
    for (let i = 0; i < 30; i++)
      await authenticateStaff(
        { email: `x${i}@stad.example`, password: "fout", code: "" },
        ctx({ clientKey, now }),
      );
    const other = await makeStaff(db, "EDITOR");
    expect(
      await authenticateStaff({ email: other.email, password: PASSWORD, code: "" }, ctx({ clientKey, now })),
    ).toEqual({ ok: false, reason: "rate-limited" });
  });
});

describe("staff sessions", () => {
  async function signedIn(role: StaffRole = "EDITOR", now = new Date()) {
    const user = await makeStaff(db, role);
    const result = await authenticateStaff({ email: user.email, password: PASSWORD, code: "" }, ctx({ now }));
    if (!result.ok) throw new Error("sign-in failed");
    return { user, token: result.sessionToken };
  }

  it("end after 30 minutes without a request", async () => {
    const start = new Date("2026-11-23T09:00:00Z");
    const { token } = await signedIn("EDITOR", start);
    expect(
      await validateStaffSession(token, { db, now: new Date(start.getTime() + 29 * 60_000) }),
    ).not.toBeNull();
    // Activity at 29 min keeps it alive until 59 min…
    expect(
      await validateStaffSession(token, { db, now: new Date(start.getTime() + 58 * 60_000) }),
    ).not.toBeNull();
    // …but 31 idle minutes end it, for good.
    expect(
      await validateStaffSession(token, { db, now: new Date(start.getTime() + 90 * 60_000) }),
    ).toBeNull();
    expect(
      await validateStaffSession(token, { db, now: new Date(start.getTime() + 91 * 60_000) }),
    ).toBeNull();
  });

  it("end 12 hours after sign-in, however active", async () => {
    const start = new Date("2026-11-23T07:00:00Z");
    const { token } = await signedIn("EDITOR", start);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect(
        await validateStaffSession(token, { db, now: new Date(start.getTime() + minutes * 60_000) }),
      ).not.toBeNull();
    }
    expect(
      await validateStaffSession(token, { db, now: new Date(start.getTime() + 12 * 60 * 60_000 + 60_000) }),
    ).toBeNull();
  });

  it("end on log out and when the user is deactivated", async () => {
    const a = await signedIn();
    await endStaffSession(a.token, { db });
    expect(await validateStaffSession(a.token, { db })).toBeNull();

    const b = await signedIn();
    await db.staffUser.update({ where: { id: b.user.id }, data: { isActive: false } });
    expect(await validateStaffSession(b.token, { db })).toBeNull();

    const c = await signedIn();
    await endAllStaffSessions(c.user.id, db);
    expect(await validateStaffSession(c.token, { db })).toBeNull();
  });
});

describe("second factor enrolment", () => {
  it("keeps the same secret until confirmed with a valid code", async () => {
    const user = await makeStaff(db, "COORDINATOR");
    const secret = await startTotpEnrolment(user.id, db);
    expect(await startTotpEnrolment(user.id, db)).toBe(secret);
    const now = new Date();
    expect(await confirmTotpEnrolment(user.id, wrongCode(secret, now), { db, now })).toBe(false);
    expect(await confirmTotpEnrolment(user.id, totpCode(secret, now), { db, now })).toBe(true);
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.totpEnabledAt).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { action: "staff.enrol-second-factor", entityId: user.id } }),
    ).toBe(1);
  });
});
