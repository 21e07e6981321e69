import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { serverSecret } from "./server-secret";

/**
 * A form token, issued when the form is first shown and kept in a hidden
 * field: `<issuedAtMs>.<random>.<hmac>`. It does three jobs:
 * - the signature shows the form came from us (for this purpose);
 * - the issue time gives a minimum fill time against bots (people never hit it);
 * - the random part is the idempotency key: a double submit or a retry of the
 *   same form yields the same request, never a second one.
 */

/** Bots post within a second; a person needs longer than this to read and fill in the form. */
export const MIN_FILL_TIME_MS = 3_000;

/** What a token is for, so a token from one form can't be used on another. */
export type FormPurpose = "help-request" | "volunteer-application";

function sign(purpose: FormPurpose, issuedAt: number, nonce: string, secret: string): string {
  return createHmac("sha256", secret).update(`${purpose}.${issuedAt}.${nonce}`).digest("base64url");
}

export function issueFormToken(purpose: FormPurpose, options: { now?: Date; secret?: string } = {}): string {
  const issuedAt = (options.now ?? new Date()).getTime();
  const nonce = randomBytes(16).toString("base64url");
  return `${issuedAt}.${nonce}.${sign(purpose, issuedAt, nonce, options.secret ?? serverSecret())}`;
}

export type FormTokenCheck =
  { valid: true; nonce: string; issuedAt: Date; tooFast: boolean } | { valid: false };

/** Verifies a token's signature and tells whether the form came back too fast. */
export function verifyFormToken(
  token: unknown,
  purpose: FormPurpose,
  options: { now?: Date; secret?: string; minFillTimeMs?: number } = {},
): FormTokenCheck {
  if (typeof token !== "string" || token.length > 200) return { valid: false };
  const match = /^(\d{13})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { valid: false };
  const [, issuedText, nonce, signature] = match as unknown as [string, string, string, string];
  const issuedAt = Number(issuedText);
  const expected = Buffer.from(sign(purpose, issuedAt, nonce, options.secret ?? serverSecret()));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false };
  const now = (options.now ?? new Date()).getTime();
  // No maximum age: someone may take all the time they need (or leave the tab open overnight).
  const tooFast = now - issuedAt < (options.minFillTimeMs ?? MIN_FILL_TIME_MS);
  return { valid: true, nonce, issuedAt: new Date(issuedAt), tooFast };
}
