import "server-only";

// Only for development and tests: production always has AUTH_SECRET (scripts/start.mjs
// generates and keeps one in .data/ when none is configured).
const DEVELOPMENT_SECRET = "tezamen-development-secret-never-used-in-production";

/** The secret that signs form tokens and salts client-address hashes. */
export function serverSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set: form tokens and address hashes need it in production.");
  }
  return DEVELOPMENT_SECRET;
}
