import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { serverSecret } from "@/lib/forms/server-secret";

/** Six digits, leading zeros kept ("004211"). */
export function newLoginCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** The long random token of the sign-in link. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Keyed with the server secret and bound to the volunteer: a leaked table
 * can't be brute-forced offline (only 10^6 codes), and a code is no use for
 * another volunteer.
 */
export function hashLoginCode(volunteerId: string, code: string, secret = serverSecret()): string {
  return createHmac("sha256", secret).update(`${volunteerId}.${code}`).digest("hex");
}

export function loginCodeMatches(stored: string, volunteerId: string, code: string): boolean {
  const expected = Buffer.from(hashLoginCode(volunteerId, code), "hex");
  const given = Buffer.from(stored, "hex");
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The link token is long and random: a plain hash is enough. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
