// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits),
// the codes of authenticator apps. Small enough to own; tested against the
// RFC's test vectors.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const STEP_SECONDS = 30;
const DIGITS = 6;

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, "");
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error("Not a base32 string");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new random secret (160 bits, base32), as authenticator apps expect. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The code for the 30-second step that contains `at`. */
export function totpCode(
  secret: string,
  at: Date = new Date(),
  digits = DIGITS,
  algorithm: "sha1" | "sha256" | "sha512" = "sha1",
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(totpStep(at)));
  const key = base32Decode(secret);
  const digest = createHmac(algorithm, key).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, "0");
}

/** The 30-second time step that contains `at` (the counter of RFC 6238). */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / STEP_SECONDS);
}

/**
 * The time step a code belongs to, allowing one step of clock drift either
 * way (a person types slowly, phones' clocks drift); null when it matches
 * none. The caller records the step so the code can't be used again.
 */
export function matchTotpStep(secret: string, code: string, at: Date = new Date()): number | null {
  const given = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(given)) return null;
  for (const drift of [-1, 0, 1]) {
    const expected = totpCode(secret, new Date(at.getTime() + drift * STEP_SECONDS * 1000));
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(given))) return totpStep(at) + drift;
  }
  return null;
}

/** Whether a code matches (see matchTotpStep); says nothing about earlier use. */
export function verifyTotp(secret: string, code: string, at: Date = new Date()): boolean {
  return matchTotpStep(secret, code, at) !== null;
}

/** The otpauth:// URI that authenticator apps read from a QR code. */
export function totpUri(secret: string, account: string, issuer: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}
