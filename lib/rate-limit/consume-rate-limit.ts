import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

/** A fixed-window limit: at most `limit` submissions per `windowMs` per key. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

const HOUR_MS = 3_600_000;

/** The limits of the public forms, per client, and of staff sign-in attempts. */
export const RATE_LIMITS = {
  helpRequest: { limit: 5, windowMs: HOUR_MS },
  volunteerApplication: { limit: 5, windowMs: HOUR_MS },
  /**
   * Failed sign-ins on one account from one client: the guessing limit. A
   * stranger who trips it locks out only themselves.
   */
  loginPerAccountAndClient: { limit: 5, windowMs: HOUR_MS / 4 },
  /**
   * Failed sign-ins on one account from all clients together: slows a guesser
   * who rotates clients. Clients the account signed in from before are exempt,
   * so the owner is not locked out by it.
   */
  loginPerAccount: { limit: 25, windowMs: HOUR_MS / 4 },
  /** Failed sign-ins from one client, whatever the account. */
  loginPerClient: { limit: 30, windowMs: HOUR_MS / 4 },
} as const satisfies Record<string, RateLimitRule>;

export interface RateLimitResult {
  allowed: boolean;
  /** Submissions counted in this window, this one included. */
  count: number;
  /** When the window ends and the count starts again. */
  resetAt: Date;
}

/**
 * Counts one submission for `key` and says whether it is within the limit.
 * The counter lives in Postgres (one atomic upsert), so the limit holds across
 * every app instance. Pass a transaction client to have the count undone when
 * the transaction rolls back.
 */
export async function consumeRateLimit(
  db: Db | Prisma.TransactionClient,
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStart = windowStartOf(rule, now);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "createdAt", "updatedAt")
    VALUES (${key}, ${windowStart}, 1, ${now}, ${now})
    ON CONFLICT ("key", "windowStart")
    DO UPDATE SET "count" = "RateLimitBucket"."count" + 1, "updatedAt" = ${now}
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? Number.POSITIVE_INFINITY);
  return { allowed: count <= rule.limit, count, resetAt: new Date(windowStart.getTime() + rule.windowMs) };
}

/** The start of the fixed window `now` falls in. */
export function windowStartOf(rule: RateLimitRule, now: Date): Date {
  return new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
}

/** Deletes the counters of windows that ended before `before` (for a periodic clean-up job). */
export async function pruneRateLimitBuckets(db: Db, before: Date): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}
