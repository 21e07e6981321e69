import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { staffSessionCookieName } from "@/lib/auth/auth-cookies";
import { isStaffPageRefused, staffPagePermission } from "@/lib/auth/staff-page-refusal";
import { publishedSlugExists, type SluggedContent } from "@/lib/content/published-slug-exists";
import { refuseUnsafePost } from "@/lib/request-context/refuse-unsafe-post";
import { isHttpsRequest } from "@/lib/request-context/request-protocol";
import {
  STRICT_TRANSPORT_SECURITY,
  buildContentSecurityPolicy,
  newCspNonce,
} from "@/lib/security/content-security-policy";
import { isLinkHiddenFromSession } from "@/lib/volunteer-portal/link-hidden-from-session";
import { volunteerCookie } from "@/lib/volunteer-portal/volunteer-cookie";

const DETAIL_ROUTES: Record<string, SluggedContent> = {
  aanbod: "offer",
  getuigenissen: "testimony",
  campagnes: "campaign",
};

const NOT_FOUND_PATH = "/niet-gevonden";
const FORBIDDEN_PATH = "/beheer/geen-toegang";
const VOLUNTEER_LINK = /^\/vrijwilliger\/koppelingen\/([^/]+)$/;
const LINK_NOT_FOUND_PATH = "/vrijwilliger/koppeling-niet-gevonden";

/**
 * An unknown slug is rewritten, with status 404, to a page that renders the
 * not-found content into the HTML. A page calling notFound() itself gets a 404
 * with an empty body in production builds of Next 16 (vercel/next.js#98295),
 * which is a blank page without JavaScript. See docs/decisions/0004-not-found-in-proxy.md.
 * forbidden() has the same bug: a staff page the role may not open is
 * rewritten, with status 403, to a page that renders the refusal
 * (docs/decisions/0007-forbidden-without-js.md). A volunteer's link they may
 * not see is answered like an unknown slug. The pages still guard themselves.
 *
 * Every page also gets its Content-Security-Policy here, with a fresh nonce:
 * Next reads the nonce from the request's CSP header and puts it on its own
 * scripts (every page renders per request, app/layout.tsx). HSTS over HTTPS.
 */
export async function proxy(request: NextRequest) {
  const https = isHttpsRequest(request.headers);
  const nonce = newCspNonce();
  const development = process.env.NODE_ENV === "development";
  const csp = buildContentSecurityPolicy({ nonce, https, development });
  // A cross-origin or oversized post: 403/413 with a readable page, not Next's bare 500.
  const response = (await refuseUnsafePost(request)) ?? (await route(request, withCsp(request, csp), https));
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** The request as the page sees it: with the CSP header Next takes the nonce from. */
type Forward = { request: { headers: Headers } };

function withCsp(request: NextRequest, csp: string): Forward {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  return { request: { headers } };
}

async function route(request: NextRequest, forward: Forward, https: boolean): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  // A convenience only: every staff page checks the session itself (lib/auth/current-staff.ts).
  if (isStaffPath(pathname) && !request.cookies.has(staffSessionCookieName(https))) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  if (pathname === FORBIDDEN_PATH || (isDocumentLoad(request) && (await refusedByRole(pathname)))) {
    return NextResponse.rewrite(new URL(FORBIDDEN_PATH, request.url), { ...forward, status: 403 });
  }
  if (
    pathname === LINK_NOT_FOUND_PATH ||
    (isDocumentLoad(request) && (await hiddenVolunteerLink(request, https)))
  ) {
    return NextResponse.rewrite(new URL(LINK_NOT_FOUND_PATH, request.url), { ...forward, status: 404 });
  }
  if (pathname === NOT_FOUND_PATH || (await unknownSlug(pathname))) {
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { ...forward, status: 404 });
  }
  return NextResponse.next(forward);
}

function isStaffPath(pathname: string): boolean {
  return pathname === "/beheer" || pathname.startsWith("/beheer/");
}

/** A published item's page whose slug doesn't exist. */
async function unknownSlug(pathname: string): Promise<boolean> {
  const [, section, slug, rest] = pathname.split("/");
  const kind = section ? DETAIL_ROUTES[section] : undefined;
  return Boolean(
    kind && slug && rest === undefined && !(await publishedSlugExists(kind, decodeURIComponent(slug))),
  );
}

/** A volunteer's link page for a link they may not see: 404, like an unknown slug. */
async function hiddenVolunteerLink(request: NextRequest, https: boolean): Promise<boolean> {
  const linkId = VOLUNTEER_LINK.exec(request.nextUrl.pathname)?.[1];
  if (!linkId) return false;
  const token = request.cookies.get(volunteerCookie(https).name)?.value;
  return isLinkHiddenFromSession(token, decodeURIComponent(linkId));
}

/**
 * The role comes from the encrypted session cookie, read without a database
 * query; the page then checks the session itself. A role change ends the
 * sessions (lib/staff-users/change-staff-role.ts), so the cookie's role is
 * current for every session the page accepts.
 */
async function refusedByRole(pathname: string): Promise<boolean> {
  if (!staffPagePermission(pathname)) return false;
  return isStaffPageRefused(pathname, (await auth())?.role);
}

/**
 * A page load in the browser. Client-side navigations (RSC requests) and
 * server actions (POST) get forbidden() from the page, which JavaScript renders.
 */
function isDocumentLoad(request: NextRequest): boolean {
  return (request.method === "GET" || request.method === "HEAD") && !request.headers.has("rsc");
}

export const config = {
  matcher: [
    // Every page (for its CSP); not the build's static files or the health check.
    "/((?!_next/static|_next/image|favicon.ico|api/).*)",
    // Every post (a server action posts to its page's own path) for refuseUnsafePost;
    // a matcher can't select by method, so: every request that carries a body or an Origin.
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "transfer-encoding" }] },
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "origin" }] },
  ],
};
