import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "@/lib/validation/zod";
import type { FormPurpose } from "./form-token";
import { serverSecret } from "./server-secret";

/**
 * A confirmation token: what a thank-you page shows, signed by the server and
 * carried in the redirect after a stored submission, so the page renders
 * without a second database read (it must show even when the database is
 * briefly unreachable right after the commit). Format:
 * `<base64url JSON payload>.<base64url HMAC-SHA256>`. It holds no personal
 * data (no name, phone or message), only what the page shows, and an expiry.
 */

/** Long enough to come back to the page from the browser history; short enough not to show a stale promise. */
export const CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** What each thank-you page shows. */
const CONFIRMATION_DATA = {
  "help-request": z.object({
    reference: z.string().regex(/^HV-[A-Z0-9]{6}$/),
    requestFor: z.enum(["SELF", "SOMEONE_ELSE"]),
    /** The call-back deadline, ms since the epoch. */
    dueAt: z.number().int().positive(),
  }),
  "volunteer-application": z.object({}),
} satisfies Record<FormPurpose, z.ZodType>;

export type ConfirmationData<P extends FormPurpose> = z.infer<(typeof CONFIRMATION_DATA)[P]>;

export type ConfirmationCheck<P extends FormPurpose> =
  { valid: true; data: ConfirmationData<P> } | { valid: false; reason: "invalid" | "expired" };

function sign(purpose: FormPurpose, payload: string, secret: string): string {
  // The "confirmation." prefix keeps these signatures apart from form tokens made with the same secret.
  return createHmac("sha256", secret).update(`confirmation.${purpose}.${payload}`).digest("base64url");
}

export function issueConfirmationToken<P extends FormPurpose>(
  purpose: P,
  data: ConfirmationData<P>,
  options: { now?: Date; secret?: string } = {},
): string {
  const expiresAt = (options.now ?? new Date()).getTime() + CONFIRMATION_TTL_MS;
  const payload = Buffer.from(JSON.stringify({ ...data, exp: expiresAt })).toString("base64url");
  return `${payload}.${sign(purpose, payload, options.secret ?? serverSecret())}`;
}

/** Checks the signature, the expiry and the shape; never throws. */
export function verifyConfirmationToken<P extends FormPurpose>(
  token: unknown,
  purpose: P,
  options: { now?: Date; secret?: string } = {},
): ConfirmationCheck<P> {
  const invalid = { valid: false, reason: "invalid" } as const;
  if (typeof token !== "string" || token.length > 1000) return invalid;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return invalid;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(sign(purpose, payload, options.secret ?? serverSecret()));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return invalid;

  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  const parsed = CONFIRMATION_DATA[purpose].extend({ exp: z.number().int() }).safeParse(decoded);
  if (!parsed.success) return invalid;
  const { exp, ...data } = parsed.data;
  if (exp <= (options.now ?? new Date()).getTime()) return { valid: false, reason: "expired" };
  return { valid: true, data: data as ConfirmationData<P> };
}

/** The query parameter that carries the token to the thank-you page. */
export const CONFIRMATION_PARAM = "bevestiging";
