// Whether a request reached the portal over HTTPS. Next itself only speaks
// HTTP; HTTPS ends at a proxy in front. Its X-Forwarded-Proto counts only when
// TRUSTED_PROXY_HOPS says a proxy of our own is there: otherwise any client
// could send the header (same rule as X-Forwarded-For, client-address.ts).

import { trustedProxyHops } from "./client-address";

type Env = Record<string, string | undefined>;

/** A proxy of our own stands in front: TRUSTED_PROXY_HOPS is a whole number of at least 1. */
export function behindTrustedProxy(env: Env = process.env): boolean {
  return trustedProxyHops(env) >= 1;
}

/**
 * The portal's public address as configured: TEZAMEN_BASE_URL, else Auth.js's
 * AUTH_URL or NEXTAUTH_URL. Unset on the demo, which works at any address.
 */
export function configuredSiteAddress(env: Env = process.env): string | undefined {
  return env.TEZAMEN_BASE_URL || env.AUTH_URL || env.NEXTAUTH_URL || undefined;
}

/** The configured public address as a URL, when set and valid. */
export function configuredSiteUrl(env: Env = process.env): URL | null {
  const raw = configuredSiteAddress(env);
  if (!raw) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The scheme our own proxy reports, or null when no trusted proxy set it. A
 * proxy that appends gives a list; the last entry is the one it wrote.
 */
export function forwardedProto(
  headers: Pick<Headers, "get">,
  env: Env = process.env,
): "http" | "https" | null {
  if (!behindTrustedProxy(env)) return null;
  const last = (headers.get("x-forwarded-proto") ?? "").split(",").pop()?.trim().toLowerCase();
  return last === "https" || last === "http" ? last : null;
}

/**
 * Served over HTTPS: the configured address is https://, or our trusted proxy
 * says the request came in over HTTPS. Decides Secure/__Host- cookies and HSTS.
 */
export function isHttpsRequest(headers: Pick<Headers, "get">, env: Env = process.env): boolean {
  return configuredSiteUrl(env)?.protocol === "https:" || forwardedProto(headers, env) === "https";
}
