import { describe, expect, it } from "vitest";
import {
  afterFailedAttempt,
  MAX_DELIVERY_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  retryDelayMs,
} from "@/lib/mail/delivery-schedule";

const MINUTE = 60_000;

describe("retryDelayMs", () => {
  it("doubles from one minute and stops at an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 29].map((n) => retryDelayMs(n) / MINUTE)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60, 60,
    ]);
    expect(retryDelayMs(1_000)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("treats a count below one as the first failure", () => {
    expect(retryDelayMs(0)).toBe(MINUTE);
  });
});

describe("afterFailedAttempt", () => {
  const failedAt = new Date("2026-11-23T22:00:00Z");

  it("schedules the next attempt after the delay, until the last attempt", () => {
    expect(afterFailedAttempt(1, failedAt)).toEqual({
      giveUp: false,
      nextAttemptAt: new Date("2026-11-23T22:01:00Z"),
    });
    expect(afterFailedAttempt(4, failedAt)).toEqual({
      giveUp: false,
      nextAttemptAt: new Date("2026-11-23T22:08:00Z"),
    });
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS - 1, failedAt)).toEqual({
      giveUp: false,
      nextAttemptAt: new Date("2026-11-23T23:00:00Z"),
    });
    expect(afterFailedAttempt(MAX_DELIVERY_ATTEMPTS, failedAt)).toEqual({ giveUp: true });
  });

  it("spreads the attempts over about 24 hours: a night's outage doesn't make a mail FAILED", () => {
    // Follow one message that fails every time, each attempt exactly when scheduled.
    const first = new Date("2026-11-23T22:00:00Z");
    let at = first;
    let attempts = 1;
    for (;;) {
      const next = afterFailedAttempt(attempts, at);
      if (next.giveUp) break;
      at = next.nextAttemptAt;
      attempts++;
    }
    expect(attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(at.getTime() - first.getTime()).toBe((24 * 60 + 3) * MINUTE);
  });
});
