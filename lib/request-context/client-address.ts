import { createHash } from "node:crypto";

/**
 * How many reverse proxies of our own stand in front of the app (TRUSTED_PROXY_HOPS,
 * default 1: the HTTPS proxy or load balancer). Each appends the address it saw
 * to X-Forwarded-For, so the entry that many places from the right is the
 * client as our outermost proxy saw it; entries further left are whatever the
 * client claimed and can't be trusted.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number.parseInt(env.TRUSTED_PROXY_HOPS ?? "1", 10);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

/**
 * The client's address: from X-Forwarded-For as described above (Next fills in
 * the socket address when no proxy set the header), else X-Real-IP, else "unknown".
 */
export function clientAddressFromHeaders(headers: Pick<Headers, "get">, hops = trustedProxyHops()): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  // With fewer entries than hops, the leftmost is the best we have.
  const forwarded = entries[Math.max(0, entries.length - hops)];
  if (forwarded) return forwarded.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real.slice(0, 100);
  return "unknown";
}

/** A salted hash of the client address: where a submission came from, without storing the address. */
export function hashClientAddress(address: string, secret: string): string {
  return createHash("sha256").update(`${secret}:client:${address}`).digest("hex");
}
