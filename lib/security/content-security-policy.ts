import { randomBytes } from "node:crypto";

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newCspNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this
 * response's nonce (Next puts it on its own scripts, reading it from the
 * request's CSP header) or when loaded by such a script ('strict-dynamic'):
 * injected markup can't run script. Everything else comes from our own origin;
 * no third party. In development React and Next's overlay need eval and
 * inline styles, so only there those are allowed.
 */
export function buildContentSecurityPolicy({
  nonce,
  development = false,
  https = false,
}: {
  nonce: string;
  development?: boolean;
  https?: boolean;
}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'self' only matters to browsers without 'strict-dynamic' (they ignore it otherwise).
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // Styles are our own stylesheets; a nonce would make browsers ignore 'unsafe-inline', so dev has none.
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["img-src", "'self'"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** HTTPS only, for a year. Not includeSubDomains: the city's other hosts are not ours to decide. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";
