// Issue 9, point 10: a code of the authenticator app works once, and the
// secret behind it is stored encrypted.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { encryptLegacyTotpSecrets } from "@/lib/auth/encrypt-legacy-totp-secrets";
import { generateTotpSecret, totpCode } from "@/lib/auth/totp";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/auth/totp-enrolment";
import { openTotpSecret, sealTotpSecret } from "@/lib/auth/totp-secret-box";
import { createPrismaClient } from "@/lib/db";
import { serverSecret } from "@/lib/forms/server-secret";
import { makeStaff, PASSWORD } from "./staff-fixtures";

const db = createPrismaClient();
afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());

// The start of a 30-second step, so "+20 s" stays in it and "+30 s" is the next one.
const T0 = new Date("2026-12-04T09:00:00.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function signIn(email: string, code: string, now: Date) {
  return authenticateStaff(
    { email, password: PASSWORD, code },
    { clientKey: `client-${randomUUID()}`, demoDatabase: false, db, now },
  );
}

async function storedSecret(userId: string): Promise<string | null> {
  return (await db.staffUser.findUniqueOrThrow({ where: { id: userId } })).totpSecret;
}

describe("a TOTP code works once", () => {
  it("refuses the same code again while it is still valid, and accepts the next step's code", async () => {
    const secret = generateTotpSecret();
    const user = await makeStaff(db, "COORDINATOR", { totpSecret: sealTotpSecret(secret, serverSecret()) });
    const code = totpCode(secret, at(0));

    expect(await signIn(user.email, code, at(0))).toMatchObject({ ok: true });
    // Without the guard this code would pass until 60 s (one step of drift allowed).
    expect(await signIn(user.email, code, at(20))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(user.email, code, at(45))).toEqual({ ok: false, reason: "invalid" });
    // The next step's code is a new code.
    expect(await signIn(user.email, totpCode(secret, at(60)), at(60))).toMatchObject({ ok: true });
    // A code of an earlier step than one used is refused too (it is within the drift window at 75 s).
    expect(await signIn(user.email, totpCode(secret, at(30)), at(75))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db.auditEvent.count({ where: { action: "staff.login-failed", entityId: user.id } })).toBe(3);
  });

  it("lets only one of two sign-ins at the same moment with the same code through", async () => {
    const secret = generateTotpSecret();
    const user = await makeStaff(db, "ADMIN", { totpSecret: sealTotpSecret(secret, serverSecret()) });
    const code = totpCode(secret, at(300));
    const results = await Promise.all([
      signIn(user.email, code, at(300)),
      signIn(user.email, code, at(300)),
      signIn(user.email, code, at(301)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.staffSession.count({ where: { staffUserId: user.id } })).toBe(1);
  });

  it("uses up the code that confirmed the set-up", async () => {
    const user = await makeStaff(db, "COORDINATOR");
    const secret = await startTotpEnrolment(user.id, db);
    const code = totpCode(secret, at(600));
    expect(await confirmTotpEnrolment(user.id, code, { db, now: at(600) })).toBe(true);
    expect(await signIn(user.email, code, at(610))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(user.email, totpCode(secret, at(630)), at(630))).toMatchObject({ ok: true });
  });
});

describe("the TOTP secret at rest", () => {
  it("is stored encrypted at enrolment, not as the base32 secret", async () => {
    const user = await makeStaff(db, "COORDINATOR");
    const secret = await startTotpEnrolment(user.id, db);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const stored = await storedSecret(user.id);
    expect(stored).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(stored).not.toContain(secret);
    expect(openTotpSecret(stored!, serverSecret())).toBe(secret);
    // A reload shows the same secret (QR code).
    expect(await startTotpEnrolment(user.id, db)).toBe(secret);
  });

  it("still accepts a clear-text secret from before encryption, and encrypts it at that use", async () => {
    const secret = generateTotpSecret();
    const user = await makeStaff(db, "COORDINATOR", { totpSecret: secret });
    expect(await signIn(user.email, totpCode(secret, at(900)), at(900))).toMatchObject({ ok: true });
    const stored = await storedSecret(user.id);
    expect(stored).toMatch(/^v1:/);
    expect(openTotpSecret(stored!, serverSecret())).toBe(secret);
    expect(await signIn(user.email, totpCode(secret, at(930)), at(930))).toMatchObject({ ok: true });
  });

  it("encrypts clear-text secrets at server start, and leaves encrypted ones alone", async () => {
    const clear = generateTotpSecret();
    const legacy = await makeStaff(db, "ADMIN", { totpSecret: clear });
    const sealed = sealTotpSecret(generateTotpSecret(), serverSecret());
    const current = await makeStaff(db, "ADMIN", { totpSecret: sealed });
    expect(await encryptLegacyTotpSecrets({ db })).toBeGreaterThanOrEqual(1);
    const stored = await storedSecret(legacy.id);
    expect(stored).toMatch(/^v1:/);
    expect(openTotpSecret(stored!, serverSecret())).toBe(clear);
    expect(await storedSecret(current.id)).toBe(sealed);
    expect(await encryptLegacyTotpSecrets({ db })).toBe(0);
  });

  it("at server start, with another AUTH_SECRET than the stored secrets': says so and encrypts nothing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await makeStaff(db, "ADMIN", { totpSecret: sealTotpSecret(generateTotpSecret(), serverSecret()) });
    const clear = generateTotpSecret();
    const legacy = await makeStaff(db, "ADMIN", { totpSecret: clear });
    expect(await encryptLegacyTotpSecrets({ db, authSecret: `wrong-${randomUUID()}` })).toBe(0);
    expect(errors).toHaveBeenCalledWith(
      expect.stringMatching(/AUTH_SECRET can't decrypt the stored TOTP secrets/),
    );
    expect(await storedSecret(legacy.id)).toBe(clear);
  });

  it("refuses the code with a clear log line, without crashing, when AUTH_SECRET changed", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = generateTotpSecret();
    const user = await makeStaff(db, "COORDINATOR", {
      totpSecret: sealTotpSecret(secret, "the-auth-secret-of-another-deployment"),
    });
    expect(await signIn(user.email, totpCode(secret, at(1200)), at(1200))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/AUTH_SECRET.*staff user/));
    expect(errors.mock.calls.flat().join(" ")).not.toContain(secret);
  });
});
