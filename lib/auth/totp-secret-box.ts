// The TOTP secret at rest: AES-256-GCM with a key derived (HKDF-SHA256) from
// AUTH_SECRET, so a copy of the database alone yields no second factors.
// Stored as "v1:<iv>:<tag>:<ciphertext>" (base64url); a value without the
// version prefix is a clear-text secret from before encryption (re-encrypted
// at its next successful use). Plain functions taking AUTH_SECRET as an
// argument, so end-to-end fixtures can read what the server stored.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
// Domain separation: this key is used for nothing else derived from AUTH_SECRET.
const HKDF_INFO = "tezamen:staff-totp-secret:v1";
const HKDF_SALT = "tezamen-totp";

export class TotpSecretUnreadableError extends Error {
  override readonly name = "TotpSecretUnreadableError";
}

function key(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, HKDF_SALT, HKDF_INFO, 32));
}

/** True for a value written by sealTotpSecret (any version); false for a legacy clear-text secret. */
export function isSealedTotpSecret(stored: string): boolean {
  return /^v\d+:/.test(stored);
}

export function sealTotpSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(authSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    VERSION,
    iv.toString("base64url"),
    tag.toString("base64url"),
    ciphertext.toString("base64url"),
  ].join(":");
}

/**
 * The base32 secret behind a stored value; a legacy clear-text value is
 * returned as is. Throws TotpSecretUnreadableError when the value was sealed
 * with another AUTH_SECRET (or is damaged).
 */
export function openTotpSecret(stored: string, authSecret: string): string {
  if (!isSealedTotpSecret(stored)) return stored;
  const [version, iv, tag, ciphertext] = stored.split(":");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new TotpSecretUnreadableError(`Unknown TOTP secret format ${version ?? "?"}`);
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(authSecret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw new TotpSecretUnreadableError(
      "A TOTP secret can't be decrypted: AUTH_SECRET is not the one it was encrypted with (or the value is damaged)",
    );
  }
}
