import { configuredSiteAddress } from "@/lib/request-context/request-protocol";

type Env = Record<string, string | undefined>;

/**
 * The portal's address in links in e-mails (invitations, sign-in links,
 * "open de aanvraag"): the configured address (TEZAMEN_BASE_URL, AUTH_URL or
 * NEXTAUTH_URL), else http://localhost:$PORT for the demo on this machine.
 * Never the address of the request that sent the mail: its Host header is the
 * client's to choose, and a forged one would send the link, with its token,
 * to someone else's site.
 */
export function siteBaseUrl(env: Env = process.env): string {
  return (configuredSiteAddress(env) ?? `http://localhost:${env.PORT || "3000"}`).replace(/\/+$/, "");
}
