// When a message that failed to send is tried again. The backoff doubles
// from one minute up to an hour, so a short SMTP outage costs few attempts,
// and there are enough attempts for the last to come about 24 hours after
// the first: an outage of a night doesn't lose a mail (an SLA warning, say).

const MINUTE_MS = 60_000;

/** Longest wait between two attempts at one message. */
export const MAX_RETRY_DELAY_MS = 60 * MINUTE_MS;

/**
 * After this many failed attempts a message is marked FAILED and no longer
 * retried: with the waits of retryDelayMs (1, 2, 4 … 32 minutes, then hourly)
 * the last attempt comes 24 hours and 3 minutes after the first.
 */
export const MAX_DELIVERY_ATTEMPTS = 30;

/** The wait after a message's `failedAttempts`-th failed attempt (1 → 1 minute, 2 → 2, 3 → 4 …, at most an hour). */
export function retryDelayMs(failedAttempts: number): number {
  // 2^6 minutes already exceeds the cap; don't compute larger powers.
  const doublings = Math.min(Math.max(failedAttempts, 1) - 1, 6);
  return Math.min(2 ** doublings * MINUTE_MS, MAX_RETRY_DELAY_MS);
}

/**
 * What becomes of a message whose `failedAttempts`-th attempt failed at
 * `failedAt`: tried again at `nextAttemptAt`, or given up after the last one.
 */
export function afterFailedAttempt(
  failedAttempts: number,
  failedAt: Date,
): { giveUp: true } | { giveUp: false; nextAttemptAt: Date } {
  if (failedAttempts >= MAX_DELIVERY_ATTEMPTS) return { giveUp: true };
  return { giveUp: false, nextAttemptAt: new Date(failedAt.getTime() + retryDelayMs(failedAttempts)) };
}
