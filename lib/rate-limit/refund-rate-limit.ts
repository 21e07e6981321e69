import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { windowStartOf, type RateLimitRule } from "./consume-rate-limit";

/**
 * Takes back one count that consumeRateLimit made at `now` (same window), for
 * limits that count an attempt up front, atomically, and only keep it when the
 * attempt fails.
 */
export async function refundRateLimit(
  db: Db | Prisma.TransactionClient,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0), "updatedAt" = ${now}
    WHERE "key" = ${key} AND "windowStart" = ${windowStartOf(rule, now)}`;
}

/** Forgets every count of `key`, e.g. a client's failed sign-ins once it signs in. */
export async function clearRateLimit(db: Db | Prisma.TransactionClient, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
