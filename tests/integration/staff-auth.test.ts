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
});

describe("staff sign-in limits", () => {
  const MINUTE = 60_000;
  /** Signs in and returns only the outcome: "ok", "invalid" or "rate-limited". */
  async function attempt(email: string, password: string, clientKey: string, now: Date, code = "") {
    const result = await authenticateStaff({ email, password, code }, ctx({ clientKey, now }));
    return result.ok ? "ok" : result.reason;
  }
  async function attempts(
    n: number,
    email: string,
    password: string,
    clientKey: (i: number) => string,
    now: Date,
  ) {
    const answers = [];
    for (let i = 0; i < n; i++) answers.push(await attempt(email, password, clientKey(i), now));
    return answers;
  }
  const newClient = () => `client-${randomUUID()}`;

  it("refuse a stranger failing on purpose, but not the account's owner", async () => {
    const secret = generateTotpSecret();
    const owner = await makeStaff(db, "COORDINATOR", { totpSecret: secret });
    const now = new Date("2026-12-01T09:05:00Z");
    const stranger = newClient();
    // Five wrong passwords from one client, then that client is refused, even with the right one.
    expect(await attempts(12, owner.email, "fout", () => stranger, now)).toEqual([
      ...Array(5).fill("invalid"),
      ...Array(7).fill("rate-limited"),
    ]);
    expect(await attempt(owner.email, PASSWORD, stranger, now, totpCode(secret, now))).toBe("rate-limited");
    // The owner, from their own client (never used before), signs in as usual.
    expect(await attempt(owner.email, PASSWORD, newClient(), now, totpCode(secret, now))).toBe("ok");
    // The stranger's client is refused for the rest of the quarter hour only.
    const later = new Date(now.getTime() + 15 * MINUTE);
    expect(await attempt(owner.email, "fout", stranger, later)).toBe("invalid");
  });

  it("stop a guesser who rotates clients, except at a client the owner signed in from before", async () => {
    const owner = await makeStaff(db, "EDITOR");
    const ownerClient = newClient();
    const yesterday = new Date("2026-12-01T10:01:00Z");
    expect(await attempt(owner.email, PASSWORD, ownerClient, yesterday)).toBe("ok");

    const now = new Date("2026-12-02T10:01:00Z");
    // Five clients, five wrong guesses each: 25 guesses on the account.
    const guessers = Array.from({ length: 5 }, newClient);
    expect(await attempts(25, owner.email, "fout", (i) => guessers[Math.floor(i / 5)]!, now)).toEqual(
      Array(25).fill("invalid"),
    );
    // A 26th client gets no guess at the account, not even the right password…
    expect(await attempts(3, owner.email, "fout", newClient, now)).toEqual(Array(3).fill("rate-limited"));
    expect(await attempt(owner.email, PASSWORD, newClient(), now)).toBe("rate-limited");
    // …but the owner's usual client still signs in (and may mistype first).
    expect(await attempt(owner.email, "fout", ownerClient, now)).toBe("invalid");
    expect(await attempt(owner.email, PASSWORD, ownerClient, now)).toBe("ok");
    // The next quarter hour, new clients get their guesses again.
    const later = new Date(now.getTime() + 15 * MINUTE);
    expect(await attempt(owner.email, PASSWORD, newClient(), later)).toBe("ok");
  });

  it("count only failures, and forget a client's failures on the account once it signs in", async () => {
    const user = await makeStaff(db, "EDITOR");
    const client = newClient();
    const now = new Date("2026-12-03T11:02:00Z");
    const answers = [];
    for (let round = 0; round < 3; round++) {
      answers.push(...(await attempts(4, user.email, "fout", () => client, now)));
      answers.push(await attempt(user.email, PASSWORD, client, now));
    }
    expect(answers).toEqual([
      ...[...Array(4).fill("invalid"), "ok"],
      ...[...Array(4).fill("invalid"), "ok"],
      ...[...Array(4).fill("invalid"), "ok"],
    ]);
    // Successes from one client don't add up: 12 sign-ins in a row all work.
    expect(await attempts(12, user.email, PASSWORD, () => client, now)).toEqual(Array(12).fill("ok"));
  });

  it("check parallel wrong guesses against the limit one by one", async () => {
    const user = await makeStaff(db, "EDITOR");
    const client = newClient();
    const now = new Date("2026-12-03T12:03:00Z");
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => attempt(user.email, "fout", client, now)),
    );
    expect(answers.filter((a) => a === "invalid")).toHaveLength(5);
    expect(answers.filter((a) => a === "rate-limited")).toHaveLength(15);
  });

  it("limit the failures from one client over all accounts", async () => {
    const client = newClient();
    const now = new Date("2026-12-03T13:04:00Z");
    const answers = [];
    for (let i = 0; i < 30; i++)
      answers.push(await attempt(`x${i}-${randomUUID()}@stad.example`, "fout", client, now));
    expect(answers).toEqual(Array(30).fill("invalid"));
    const other = await makeStaff(db, "EDITOR");
    expect(await attempt(other.email, PASSWORD, client, now)).toBe("rate-limited");
    expect(await attempt(other.email, PASSWORD, newClient(), now)).toBe("ok");
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
