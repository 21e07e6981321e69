import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { consumeRateLimit, pruneRateLimitBuckets } from "@/lib/rate-limit/consume-rate-limit";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

const rule = { limit: 3, windowMs: 3_600_000 };

describe("consumeRateLimit", () => {
  it("allows up to the limit in a window, then refuses", async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date("2026-11-23T10:15:00.000Z");
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(db, key, rule, now));
    expect(results.map((r) => [r.allowed, r.count])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
      [false, 4],
      [false, 5],
    ]);
    expect(results[0]?.resetAt).toEqual(new Date("2026-11-23T11:00:00.000Z"));
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({
      where: { key_windowStart: { key, windowStart: new Date("2026-11-23T10:00:00.000Z") } },
    });
    expect(bucket.count).toBe(5);
  });

  it("starts again in the next window", async () => {
    const key = `test:${randomUUID()}`;
    for (let i = 0; i < 4; i++) await consumeRateLimit(db, key, rule, new Date("2026-11-23T10:59:59.000Z"));
    expect(await consumeRateLimit(db, key, rule, new Date("2026-11-23T11:00:00.000Z"))).toMatchObject({
      allowed: true,
      count: 1,
    });
  });

  it("counts atomically under concurrency (as with several app instances)", async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(db, key, rule, now)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("keeps keys apart", async () => {
    const now = new Date();
    const a = `test:${randomUUID()}`;
    const b = `test:${randomUUID()}`;
    for (let i = 0; i < 3; i++) await consumeRateLimit(db, a, rule, now);
    expect(await consumeRateLimit(db, a, rule, now)).toMatchObject({ allowed: false });
    expect(await consumeRateLimit(db, b, rule, now)).toMatchObject({ allowed: true, count: 1 });
  });

  it("prunes old windows", async () => {
    const key = `test:${randomUUID()}`;
    await consumeRateLimit(db, key, rule, new Date("2001-01-01T10:00:00.000Z"));
    expect(await pruneRateLimitBuckets(db, new Date("2001-01-02T00:00:00.000Z"))).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.count({ where: { key } })).toBe(0);
  });
});
