import { createHash } from "node:crypto";

/**
 * The client's address as the reverse proxy reports it: the first entry of
 * X-Forwarded-For, else X-Real-IP, else "unknown". (Clients can forge these
 * headers when the app is reachable without a proxy; the rate limit is a
 * brake on bots and mistakes, not a security boundary.)
 */
export function clientAddressFromHeaders(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 100);
  return "unknown";
}

/** A salted hash of the client address: where a submission came from, without storing the address. */
export function hashClientAddress(address: string, secret: string): string {
  return createHash("sha256").update(`${secret}:client:${address}`).digest("hex");
}
