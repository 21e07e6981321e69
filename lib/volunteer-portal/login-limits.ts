// How often a volunteer sign-in may be tried. A code has 10^6 values and dies
// after 5 wrong tries; these limits stop someone from asking new codes in bulk.
import type { RateLimitRule } from "@/lib/rate-limit/consume-rate-limit";

const QUARTER_MS = 15 * 60_000;

export const VOLUNTEER_LOGIN_LIMITS = {
  /** Codes asked for one address, whoever asks. */
  codePerEmail: { limit: 5, windowMs: QUARTER_MS },
  /** Codes asked and codes typed from one client, whatever the address. */
  perClient: { limit: 30, windowMs: QUARTER_MS },
} as const satisfies Record<string, RateLimitRule>;

/** A code and its link work this long. */
export const LOGIN_CODE_TTL_MS = 10 * 60_000;
/** After this many wrong codes, the code stops working. */
export const MAX_FAILED_ATTEMPTS = 5;
/** Only these volunteers may sign in; anyone else gets the same neutral answer. */
export const SIGN_IN_STATUSES = ["ACTIVE", "PAUSED"] as const;
