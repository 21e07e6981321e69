import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { hashLinkToken, loginCodeMatches } from "./login-code-hash";
import { MAX_FAILED_ATTEMPTS, SIGN_IN_STATUSES, VOLUNTEER_LOGIN_LIMITS } from "./login-limits";
import { createVolunteerSession } from "./volunteer-sessions";

export type VerifyLoginResult =
  | { ok: true; sessionToken: string; volunteerId: string }
  /** "invalid" covers a wrong, expired, used or dead code and an unknown address alike. */
  | { ok: false; reason: "invalid" | "rate-limited" };

interface VerifyContext {
  clientKey: string;
  db?: Db;
  now?: Date;
}

const LIVE_STATUSES = { in: [...SIGN_IN_STATUSES] };

/** Signs a volunteer in with the e-mail address and the 6-digit code from the mail. */
export async function verifyVolunteerLoginCode(
  input: { email: string; code: string },
  ctx: VerifyContext,
): Promise<VerifyLoginResult> {
  const db = ctx.db ?? prisma;
  const now = ctx.now ?? new Date();
  if (!(await withinClientLimit(db, ctx.clientKey, now))) return { ok: false, reason: "rate-limited" };
  const candidates = await db.volunteerLoginCode.findMany({
    where: {
      usedAt: null,
      expiresAt: { gt: now },
      failedAttempts: { lt: MAX_FAILED_ATTEMPTS },
      volunteer: {
        email: { equals: input.email.trim(), mode: "insensitive" },
        status: LIVE_STATUSES,
      },
    },
    select: { id: true },
  });
  // Every live code of this address takes the guess, counted before it is
  // checked, in one atomic step: a code with 5 counted gets no more, so at most
  // 5 guesses are ever checked against it, however many arrive at once.
  const codes = await countGuess(
    db,
    candidates.map((c) => c.id),
    now,
  );
  const match = codes.find((c) => loginCodeMatches(c.codeHash, c.volunteerId, input.code));
  if (!match) {
    await recordFailure(db, ctx, now, codes[0]?.volunteerId ?? null);
    return { ok: false, reason: "invalid" };
  }
  return redeemCode(db, match.id, match.volunteerId, ctx, now, "code");
}

/** Adds a guess to the codes that are still live and have fewer than 5; returns those codes. */
async function countGuess(db: Db, ids: string[], now: Date) {
  if (ids.length === 0) return [];
  return db.$queryRaw<{ id: string; volunteerId: string; codeHash: string }[]>`
    UPDATE "VolunteerLoginCode"
    SET "failedAttempts" = "failedAttempts" + 1, "updatedAt" = ${now}
    WHERE "id" = ANY(${ids}) AND "usedAt" IS NULL AND "expiresAt" > ${now}
      AND "failedAttempts" < ${MAX_FAILED_ATTEMPTS}
    RETURNING "id", "volunteerId", "codeHash"`;
}

/** Signs a volunteer in with the link from the mail. */
export async function verifyVolunteerLoginLink(
  input: { token: string },
  ctx: VerifyContext,
): Promise<VerifyLoginResult> {
  const db = ctx.db ?? prisma;
  const now = ctx.now ?? new Date();
  if (!(await withinClientLimit(db, ctx.clientKey, now))) return { ok: false, reason: "rate-limited" };
  const code = await db.volunteerLoginCode.findUnique({
    where: { linkTokenHash: hashLinkToken(input.token) },
    select: { id: true, volunteerId: true, usedAt: true, expiresAt: true, failedAttempts: true },
  });
  const live = code && !code.usedAt && code.expiresAt > now && code.failedAttempts < MAX_FAILED_ATTEMPTS;
  if (!live) {
    await recordFailure(db, ctx, now, code?.volunteerId ?? null);
    return { ok: false, reason: "invalid" };
  }
  return redeemCode(db, code.id, code.volunteerId, ctx, now, "link");
}

async function withinClientLimit(db: Db, clientKey: string, now: Date): Promise<boolean> {
  const key = `volunteer-login-client:${clientKey}`;
  return (await consumeRateLimit(db, key, VOLUNTEER_LOGIN_LIMITS.perClient, now)).allowed;
}

/**
 * Marks the code used (once: a conditional update, so two clicks can't both
 * pass) and starts a session. The right code's guess was counted up front, so
 * it is taken back here: the count is of wrong codes. The link must not use a
 * code that 5 wrong codes killed in the meantime.
 */
async function redeemCode(
  db: Db,
  codeId: string,
  volunteerId: string,
  ctx: VerifyContext,
  now: Date,
  by: "code" | "link",
): Promise<VerifyLoginResult> {
  const claimed = await db.volunteerLoginCode.updateMany({
    where: {
      id: codeId,
      usedAt: null,
      volunteer: { status: LIVE_STATUSES },
      ...(by === "link" ? { failedAttempts: { lt: MAX_FAILED_ATTEMPTS } } : {}),
    },
    data: { usedAt: now, ...(by === "code" ? { failedAttempts: { decrement: 1 } } : {}) },
  });
  if (claimed.count === 0) return { ok: false, reason: "invalid" };
  const sessionToken = await createVolunteerSession(volunteerId, { db, now });
  await recordAuditEvent(db, {
    action: "volunteer.login",
    entityType: "Volunteer",
    entityId: volunteerId,
    actorLabel: `vrijwilliger ${volunteerId}`,
    ipHash: ctx.clientKey,
    occurredAt: now,
  });
  return { ok: true, sessionToken, volunteerId };
}

async function recordFailure(db: Db, ctx: VerifyContext, now: Date, volunteerId: string | null) {
  await recordAuditEvent(db, {
    action: "volunteer.login-failed",
    entityType: "Volunteer",
    entityId: volunteerId,
    ipHash: ctx.clientKey,
    occurredAt: now,
  });
}
