import { behindTrustedProxy, configuredSiteUrl, forwardedProto } from "./request-protocol";

type Env = Record<string, string | undefined>;

export interface SiteAddressMismatch {
  /** Where the person opened the portal, e.g. "http://127.0.0.1:3000". */
  opened: string;
  /** The configured address (NEXTAUTH_URL), e.g. "http://localhost:3000". */
  configured: string;
}

const DEFAULT_PORT: Record<string, string> = { http: "80", https: "443" };

/**
 * The portal was opened at another address than the configured one: the
 * login page says so. Sign-in works at any address, but e-mail links point to
 * the configured one, and over HTTPS the session cookie isn't kept on plain
 * HTTP. The host is Host (or X-Forwarded-Host from a trusted proxy, as Next's
 * own server-action origin check reads it); the scheme is only compared when
 * a trusted proxy reports it. Nothing configured: nothing to compare.
 */
export function siteAddressMismatch(
  headers: Pick<Headers, "get">,
  env: Env = process.env,
): SiteAddressMismatch | null {
  const configured = configuredSiteUrl(env);
  if (!configured) return null;
  const forwardedHost = behindTrustedProxy(env)
    ? headers.get("x-forwarded-host")?.split(",").pop()?.trim()
    : undefined;
  const host = forwardedHost || headers.get("host");
  if (!host) return null;
  const proto = forwardedProto(headers, env);
  let opened: URL;
  try {
    opened = new URL(`${proto ?? "http"}://${host}`);
  } catch {
    return null;
  }
  const configuredProto = configured.protocol.slice(0, -1);
  const configuredPort = configured.port || DEFAULT_PORT[configuredProto];
  // Without a known scheme, a Host without a port may mean either default port.
  const openedPort = opened.port || (proto ? DEFAULT_PORT[proto] : configuredPort);
  const same =
    opened.hostname === configured.hostname &&
    openedPort === configuredPort &&
    (proto === null || proto === configuredProto);
  if (same) return null;
  return { opened: opened.origin, configured: configured.origin };
}
