import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";
import { requestVolunteerLoginCode } from "@/lib/volunteer-portal/request-volunteer-login-code";
import {
  verifyVolunteerLoginCode,
  verifyVolunteerLoginLink,
} from "@/lib/volunteer-portal/verify-volunteer-login-code";
import {
  endVolunteerSession,
  validateVolunteerSession,
  VOLUNTEER_ABSOLUTE_TIMEOUT_MS,
  VOLUNTEER_IDLE_TIMEOUT_MS,
} from "@/lib/volunteer-portal/volunteer-sessions";
import { ensureContent, MINUTE } from "./staff-request-fixtures";
import { latestLoginMail, makeVolunteer } from "./volunteer-portal-fixtures";

const db = createPrismaClient();
const client = () => `client-${randomUUID()}`;
const T0 = new Date("2026-11-23T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(() => ensureContent(db));

/** Asks a code at `now` and returns what the mail says. */
async function askCode(email: string, now = T0) {
  const result = await requestVolunteerLoginCode({ email }, { clientKey: client(), db, now });
  expect(result).toEqual({ ok: true });
  const mail = await latestLoginMail(db, email);
  if (!mail) throw new Error("no sign-in mail");
  return mail;
}

function verify(email: string, code: string, now = T0) {
  return verifyVolunteerLoginCode({ email, code }, { clientKey: client(), db, now });
}

describe("asking for a sign-in code", () => {
  it("mails an active volunteer a code and a link; the code signs them in", async () => {
    const volunteer = await makeVolunteer(db);
    const { code, token } = await askCode(volunteer.email!);
    expect(code).toMatch(/^\d{6}$/);
    expect(token.length).toBeGreaterThan(30);
    const stored = await db.volunteerLoginCode.findFirstOrThrow({ where: { volunteerId: volunteer.id } });
    // Neither the code nor the token is stored as such.
    expect(stored.codeHash).not.toContain(code);
    expect(stored.linkTokenHash).not.toBe(token);

    const result = await verify(volunteer.email!.toUpperCase(), code, at(MINUTE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await validateVolunteerSession(result.sessionToken, { db, now: at(2 * MINUTE) });
    expect(session?.volunteerId).toBe(volunteer.id);
  });

  it("lets a paused volunteer sign in too", async () => {
    const volunteer = await makeVolunteer(db, { status: "PAUSED" });
    const { code } = await askCode(volunteer.email!);
    expect((await verify(volunteer.email!, code)).ok).toBe(true);
  });

  const refused: (VolunteerStatus | "unknown")[] = [
    "unknown",
    "STOPPED",
    "APPLIED",
    "INTAKE_PLANNED",
    "SCREENING",
  ];
  for (const status of refused) {
    it(`gives the same answer and sends no mail for an address that is ${status}`, async () => {
      const email =
        status === "unknown"
          ? `niemand-${randomUUID()}@buren.example`
          : (await makeVolunteer(db, { status })).email!;
      const mailsBefore = await db.outboxMessage.count();
      const codesBefore = await db.volunteerLoginCode.count();
      const result = await requestVolunteerLoginCode({ email }, { clientKey: client(), db, now: T0 });
      expect(result).toEqual({ ok: true });
      expect(await db.outboxMessage.count()).toBe(mailsBefore);
      expect(await db.volunteerLoginCode.count()).toBe(codesBefore);
      expect((await verify(email, "123456")).ok).toBe(false);
    });
  }

  it("limits the codes asked for one address, from any client", async () => {
    const volunteer = await makeVolunteer(db);
    for (let i = 0; i < 5; i++) await askCode(volunteer.email!);
    const sixth = await requestVolunteerLoginCode(
      { email: volunteer.email! },
      { clientKey: client(), db, now: T0 },
    );
    expect(sixth).toEqual({ ok: false, reason: "rate-limited" });
  });

  it("limits the attempts from one client, whatever the address", async () => {
    const clientKey = client();
    const answers = [];
    for (let i = 0; i < 31; i++) {
      const r = await verifyVolunteerLoginCode(
        { email: `x${i}@buren.example`, code: "000000" },
        { clientKey, db, now: T0 },
      );
      answers.push(r.ok ? "ok" : r.reason);
    }
    expect(answers.slice(0, 30).every((a) => a === "invalid")).toBe(true);
    expect(answers[30]).toBe("rate-limited");
  });
});

describe("a sign-in code", () => {
  it("works for 10 minutes, not longer (code and link)", async () => {
    const volunteer = await makeVolunteer(db);
    const first = await askCode(volunteer.email!);
    expect((await verify(volunteer.email!, first.code, at(10 * MINUTE + 1))).ok).toBe(false);
    const again = await askCode(volunteer.email!, at(11 * MINUTE));
    const late = await verifyVolunteerLoginLink(
      { token: again.token },
      { clientKey: client(), db, now: at(21 * MINUTE + 1) },
    );
    expect(late.ok).toBe(false);
    const inTime = await askCode(volunteer.email!, at(30 * MINUTE));
    expect((await verify(volunteer.email!, inTime.code, at(39 * MINUTE))).ok).toBe(true);
  });

  it("works once: the code and the link are the same single use", async () => {
    const volunteer = await makeVolunteer(db);
    const { code, token } = await askCode(volunteer.email!);
    expect((await verify(volunteer.email!, code)).ok).toBe(true);
    expect((await verify(volunteer.email!, code)).ok).toBe(false);
    expect((await verifyVolunteerLoginLink({ token }, { clientKey: client(), db, now: T0 })).ok).toBe(false);

    // A new mail a minute later (mails are told apart by their time).
    const later = at(MINUTE);
    const second = await askCode(volunteer.email!, later);
    const byLink = () =>
      verifyVolunteerLoginLink({ token: second.token }, { clientKey: client(), db, now: later });
    expect((await byLink()).ok).toBe(true);
    expect((await byLink()).ok).toBe(false);
    expect((await verify(volunteer.email!, second.code, later)).ok).toBe(false);
  });

  it("dies after 5 wrong codes, even for the right one after that", async () => {
    const volunteer = await makeVolunteer(db);
    const { code, token } = await askCode(volunteer.email!);
    const wrong = code === "111111" ? "222222" : "111111";
    for (let i = 0; i < 4; i++) expect((await verify(volunteer.email!, wrong)).ok).toBe(false);
    // Four wrong guesses: the right code still works…
    const other = await makeVolunteer(db);
    const otherMail = await askCode(other.email!);
    const otherWrong = otherMail.code === "111111" ? "222222" : "111111";
    for (let i = 0; i < 4; i++) await verify(other.email!, otherWrong);
    expect((await verify(other.email!, otherMail.code)).ok).toBe(true);
    // …the fifth kills it, and its link with it.
    expect((await verify(volunteer.email!, wrong)).ok).toBe(false);
    expect((await verify(volunteer.email!, code)).ok).toBe(false);
    expect((await verifyVolunteerLoginLink({ token }, { clientKey: client(), db, now: T0 })).ok).toBe(false);
    const row = await db.volunteerLoginCode.findFirstOrThrow({ where: { volunteerId: volunteer.id } });
    expect(row.failedAttempts).toBe(5);
    expect(row.usedAt).toBeNull();
  });

  it("dies after 5 wrong codes even when 20 arrive at once: only 5 are checked", async () => {
    const volunteer = await makeVolunteer(db);
    const { code, token } = await askCode(volunteer.email!);
    const wrong = code === "111111" ? "222222" : "111111";
    const answers = await Promise.all(Array.from({ length: 20 }, () => verify(volunteer.email!, wrong)));
    expect(answers.every((a) => !a.ok && a.reason === "invalid")).toBe(true);
    const row = await db.volunteerLoginCode.findFirstOrThrow({ where: { volunteerId: volunteer.id } });
    expect(row.failedAttempts).toBe(5);
    // Dead: the right code and the link are refused now.
    expect((await verify(volunteer.email!, code)).ok).toBe(false);
    expect((await verifyVolunteerLoginLink({ token }, { clientKey: client(), db, now: T0 })).ok).toBe(false);
    const after = await db.volunteerLoginCode.findFirstOrThrow({ where: { volunteerId: volunteer.id } });
    expect(after).toMatchObject({ failedAttempts: 5, usedAt: null });
  });

  it("lets the right code in after 4 wrong ones at once, counting only the wrong ones", async () => {
    const volunteer = await makeVolunteer(db);
    const { code } = await askCode(volunteer.email!);
    const wrong = code === "111111" ? "222222" : "111111";
    // The wrong ones race each other; the right one comes after them (a right code
    // racing wrong ones ends the counting when it wins: see the next test).
    const wrongAnswers = await Promise.all([1, 2, 3, 4].map(() => verify(volunteer.email!, wrong)));
    expect(wrongAnswers.map((a) => a.ok)).toEqual([false, false, false, false]);
    expect((await verify(volunteer.email!, code)).ok).toBe(true);
    const row = await db.volunteerLoginCode.findFirstOrThrow({ where: { volunteerId: volunteer.id } });
    expect(row.failedAttempts).toBe(4);
    expect(row.usedAt).not.toBeNull();
  });

  it("checks at most 5 guesses when the right code is among 19 wrong ones at once", async () => {
    const volunteer = await makeVolunteer(db);
    const { code } = await askCode(volunteer.email!);
    const wrong = code === "111111" ? "222222" : "111111";
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 10 ? code : wrong));
    const answers = await Promise.all(guesses.map((g) => verify(volunteer.email!, g)));
    const signedIn = answers.filter((a) => a.ok).length;
    const row = await db.volunteerLoginCode.findFirstOrThrow({ where: { volunteerId: volunteer.id } });
    // Whether the right code came before the fifth wrong one is up to the race;
    // either way no more than 5 guesses were checked, and it signs in at most once.
    expect(signedIn).toBeLessThanOrEqual(1);
    expect(row.failedAttempts + signedIn).toBeLessThanOrEqual(5);
    if (signedIn === 1) expect(row.usedAt).not.toBeNull();
    else expect(row).toMatchObject({ failedAttempts: 5, usedAt: null });
    // Afterwards the code works no more.
    expect((await verify(volunteer.email!, code)).ok).toBe(false);
  });

  it("stops working when a new code is asked", async () => {
    const volunteer = await makeVolunteer(db);
    const old = await askCode(volunteer.email!);
    const fresh = await askCode(volunteer.email!, at(MINUTE));
    expect(fresh.code === old.code && fresh.token === old.token).toBe(false);
    expect((await verify(volunteer.email!, old.code, at(2 * MINUTE))).ok).toBe(fresh.code === old.code);
    expect(
      (await verifyVolunteerLoginLink({ token: old.token }, { clientKey: client(), db, now: at(2 * MINUTE) }))
        .ok,
    ).toBe(false);
    expect((await verify(volunteer.email!, fresh.code, at(2 * MINUTE))).ok).toBe(true);
  });

  it("doesn't sign in a volunteer stopped after the code was sent", async () => {
    const volunteer = await makeVolunteer(db);
    const { code } = await askCode(volunteer.email!);
    await db.volunteer.update({ where: { id: volunteer.id }, data: { status: "STOPPED" } });
    expect((await verify(volunteer.email!, code)).ok).toBe(false);
  });
});

describe("a volunteer session", () => {
  async function signedIn() {
    const volunteer = await makeVolunteer(db);
    const { code } = await askCode(volunteer.email!);
    const result = await verify(volunteer.email!, code);
    if (!result.ok) throw new Error("sign-in failed");
    return { volunteer, token: result.sessionToken };
  }

  it("ends on the next request once the volunteer is stopped", async () => {
    const { volunteer, token } = await signedIn();
    expect(await validateVolunteerSession(token, { db, now: at(MINUTE) })).not.toBeNull();
    await db.volunteer.update({ where: { id: volunteer.id }, data: { status: "STOPPED" } });
    expect(await validateVolunteerSession(token, { db, now: at(2 * MINUTE) })).toBeNull();
    await db.volunteer.update({ where: { id: volunteer.id }, data: { status: "ACTIVE" } });
    // Ended for good: becoming active again needs a new sign-in.
    expect(await validateVolunteerSession(token, { db, now: at(3 * MINUTE) })).toBeNull();
  });

  it("ends after 7 days without a visit, and after 30 days in any case", async () => {
    const idle = await signedIn();
    expect(
      await validateVolunteerSession(idle.token, { db, now: at(VOLUNTEER_IDLE_TIMEOUT_MS + 1) }),
    ).toBeNull();

    const busy = await signedIn();
    const day = 24 * 60 * MINUTE;
    for (let d = 5; d < 30; d += 5) {
      expect(await validateVolunteerSession(busy.token, { db, now: at(d * day) })).not.toBeNull();
    }
    expect(
      await validateVolunteerSession(busy.token, { db, now: at(VOLUNTEER_ABSOLUTE_TIMEOUT_MS + 1) }),
    ).toBeNull();
  });

  it("ends on log out", async () => {
    const { token } = await signedIn();
    await endVolunteerSession(token, { db, now: at(MINUTE) });
    expect(await validateVolunteerSession(token, { db, now: at(2 * MINUTE) })).toBeNull();
  });
});
