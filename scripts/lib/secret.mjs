// A stable secret for sessions and hashing when none is configured: generated
// once and kept in .data/ (git-ignored). Production sets AUTH_SECRET itself.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function ensureSecret(root) {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * Next.js derives server-action IDs and encrypts bound arguments with this key;
 * by default it is random per build, so a form opened (without JavaScript)
 * before a new release would fail to post after it. Derived from AUTH_SECRET,
 * it stays the same across builds and instances.
 */
export function serverActionsKey(secret) {
  return crypto.createHash("sha256").update(`${secret}:next-server-actions`).digest("base64");
}
