import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

/**
 * The TCP peer's address, set on every request by the server that serves the
 * app (scripts/lib/next-server.mjs), overwriting any copy the client sent.
 * Next itself only fills X-Forwarded-For with the socket address when the
 * client didn't send one, so that header alone can't be trusted.
 */
export const CLIENT_ADDRESS_HEADER = "x-tezamen-client-address";

/**
 * How many reverse proxies of our own stand in front of the app
 * (TRUSTED_PROXY_HOPS). Unset, 0 or not a number: none, and X-Forwarded-For is
 * ignored, since without a proxy of ours anyone can write it.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim() ?? "";
  if (!/^\d+$/.test(raw)) return 0;
  return Number.parseInt(raw, 10);
}

let warnedNoSocketAddress = false;

/**
 * The client's address. With `hops` proxies of our own, each appending the
 * address it saw to X-Forwarded-For, it is the entry that many places from the
 * right (entries further left are whatever the client claimed). Without
 * proxies, or with fewer entries than proxies (the request didn't come through
 * them), it is the socket address. "unknown" when the app is served without
 * scripts/lib/next-server.mjs: every client then shares one rate-limit key,
 * which errs on the side of refusing.
 */
export function clientAddressFromHeaders(headers: Pick<Headers, "get">, hops = trustedProxyHops()): string {
  if (hops > 0) {
    const entries = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean);
    const forwarded = entries.length >= hops ? entries[entries.length - hops] : undefined;
    if (forwarded) return normalizeAddress(forwarded);
  }
  const socket = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (socket) {
    if (hops === 0) warnIfForwardedIgnored(headers.get("x-forwarded-for"), socket);
    return normalizeAddress(socket);
  }
  if (!warnedNoSocketAddress) {
    warnedNoSocketAddress = true;
    console.warn(
      "[client-address] No socket address on the request: serve the app with scripts/start.mjs (not `next start`); all clients now share one rate limit.",
    );
  }
  return "unknown";
}

let warnedForwardedIgnored = false;

/**
 * Next copies the socket address into X-Forwarded-For when there is none, so
 * another value means a client or a proxy wrote it. Said once, for an operator
 * who forgot TRUSTED_PROXY_HOPS behind their proxy.
 */
function warnIfForwardedIgnored(forwardedFor: string | null, socket: string) {
  if (warnedForwardedIgnored || !forwardedFor || forwardedFor.trim() === socket) return;
  warnedForwardedIgnored = true;
  console.warn(
    "[client-address] X-Forwarded-For is ignored because TRUSTED_PROXY_HOPS is not set. If a proxy of yours stands in front of the app, set it: else every client behind the proxy shares one rate limit.",
  );
}

/**
 * One client, one key: "::ffff:203.0.113.7" (IPv4 on a dual-stack socket) is
 * 203.0.113.7, and an IPv6 address counts as its /64, since one household or
 * device gets a whole /64 and could otherwise take a fresh address per request.
 */
function normalizeAddress(address: string): string {
  const lower = address.toLowerCase().slice(0, 100);
  if (lower.startsWith("::ffff:") && isIPv4(lower.slice("::ffff:".length)))
    return lower.slice("::ffff:".length);
  if (!isIPv6(lower)) return lower;
  return `${expandIPv6(lower.split("%")[0] ?? lower)
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/** The eight groups of a valid IPv6 address ("::" filled in; an IPv4 tail counts as two groups). */
function expandIPv6(address: string): string[] {
  const groupsOf = (part: string) =>
    part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : [];
  const [head = "", tail] = address.split("::");
  const left = groupsOf(head);
  if (tail === undefined) return left;
  const right = groupsOf(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
}

/** A salted hash of the client address: where a submission came from, without storing the address. */
export function hashClientAddress(address: string, secret: string): string {
  return createHash("sha256").update(`${secret}:client:${address}`).digest("hex");
}
