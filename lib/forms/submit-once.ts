import type { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable, type Db } from "@/lib/db";
import { consumeRateLimit, type RateLimitRule } from "@/lib/rate-limit/consume-rate-limit";

/** Why a submission was not stored: too many from this client, or the database is unreachable. */
export type SubmitFailure = { ok: false; reason: "rate-limited" | "unavailable" };

export type SubmitOnceResult<T> = { ok: true; value: T; duplicate: boolean } | SubmitFailure;

class RateLimitExceeded extends Error {
  constructor() {
    super("rate limit exceeded");
  }
}

/** A unique-constraint violation (Prisma P2002), from any unique column. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export interface SubmitOnceOptions<T, L> {
  db: Db;
  /** The result of an earlier submission with the same idempotency token, if any. */
  findExisting: (db: Db) => Promise<T | null>;
  /** Loads what `create` needs (e.g. settings); skipped for a repeated submission. */
  load: (db: Db) => Promise<L>;
  /**
   * Creates the records in one transaction. It must write the idempotency
   * token to a unique column, so a concurrent duplicate fails there.
   */
  create: (tx: Prisma.TransactionClient, loaded: L) => Promise<T>;
  rateLimit: { key: string; rule: RateLimitRule; now: Date };
  /** Attempts when another unique value (such as a reference code) collides. */
  maxAttempts?: number;
}

/**
 * The one way the public forms store a submission, so that it is stored once
 * and only once:
 * - a repeated token (double click, retry, back button) returns the earlier
 *   result and is not counted against the rate limit;
 * - the records and the rate-limit count are written in one transaction, so
 *   a refused or failed submission leaves nothing behind, and two concurrent
 *   submissions with the same token end as one row (the loser sees the unique
 *   violation and returns the winner's result);
 * - when the database can't be reached the answer is "unavailable", never a
 *   claim that something was received. Other errors are rethrown.
 */
export async function submitOnce<T, L>(options: SubmitOnceOptions<T, L>): Promise<SubmitOnceResult<T>> {
  const { db, findExisting, rateLimit } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  try {
    const existing = await findExisting(db);
    if (existing) return { ok: true, value: existing, duplicate: true };
    const loaded = await options.load(db);

    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const value = await db.$transaction(async (tx) => {
          const created = await options.create(tx, loaded);
          // Counted after the token is claimed: a concurrent duplicate has
          // failed on the token by now, and its count is rolled back with it.
          const limit = await consumeRateLimit(tx, rateLimit.key, rateLimit.rule, rateLimit.now);
          if (!limit.allowed) throw new RateLimitExceeded();
          return created;
        });
        return { ok: true, value, duplicate: false };
      } catch (error) {
        if (error instanceof RateLimitExceeded || isUniqueViolation(error)) {
          const winner = await findExisting(db);
          if (winner) return { ok: true, value: winner, duplicate: true };
          if (error instanceof RateLimitExceeded) return { ok: false, reason: "rate-limited" };
          continue; // another unique value (a reference code) collided: try again with a new one
        }
        throw error;
      }
    }
    throw new Error(`submitOnce: no unique values after ${maxAttempts} attempts`);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, reason: "unavailable" };
    throw error;
  }
}
