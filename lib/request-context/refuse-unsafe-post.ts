import "server-only";
import type { NextRequest } from "next/server";
import { telHref } from "@/lib/content/tel-href";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

/**
 * The largest body a form post may have. next.config.ts gives Next's own
 * server-action limit (serverActions.bodySizeLimit) the same value, so the
 * proxy answers first, with a readable page, instead of Next's bare 500.
 */
export const MAX_POST_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses, with a readable Dutch page, the posts Next would answer with a bare
 * 500 (an empty page without JavaScript):
 * - 403 when the Origin header names another site than the one asked for
 *   (or "null"): the same rule Next applies to server actions against CSRF,
 *   comparing with x-forwarded-host when a proxy of ours sets it, else Host.
 *   A browser always sends Origin with a form post, also without JavaScript;
 *   a post without Origin is left to Next, as Next does;
 * - 413 when the body is larger than MAX_POST_BYTES: by Content-Length, or
 *   for a chunked body by counting it (the proxy reads a copy Next keeps).
 * Returns null for everything else.
 */
export async function refuseUnsafePost(request: NextRequest): Promise<Response | null> {
  if (SAFE_METHODS.has(request.method)) return null;
  if (isCrossOrigin(request.headers)) return refusalPage(403);
  if (await isTooLarge(request)) return refusalPage(413);
  return null;
}

/** Whether the Origin header names another host than the request's own. */
export function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || headers.get("host");
  return !host || originHost.toLowerCase() !== host.toLowerCase();
}

async function isTooLarge(request: NextRequest): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > MAX_POST_BYTES;
  if (!request.body) return false;
  // No length given (a chunked body): count until the limit is passed.
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > MAX_POST_BYTES) {
      await reader.cancel();
      return true;
    }
  }
}

const TEXTS = {
  403: {
    title: "Dit formulier kwam niet van onze website",
    body: [
      "Om je gegevens te beschermen, aanvaarden we alleen formulieren die je op onze eigen website invult.",
      "Er is niets bewaard of verstuurd.",
    ],
  },
  413: {
    title: "Wat je verstuurde is te groot",
    body: [
      "Een formulier mag samen niet meer dan 1 MB tekst bevatten. Er is niets bewaard of verstuurd.",
      "Ga terug met de terugknop van je browser, maak je tekst korter en verstuur opnieuw.",
    ],
  },
} as const;

/**
 * A whole page in plain HTML: the proxy can't render the site's layout, and
 * the page needs no script or style to be readable (also under a strict CSP).
 */
async function refusalPage(status: 403 | 413): Promise<Response> {
  const { phoneNumber } = await getSettingsOrDefaults();
  const texts = TEXTS[status];
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${texts.title}</title>
</head>
<body>
<main>
<h1>${texts.title}</h1>
${texts.body.map((line) => `<p>${line}</p>`).join("\n")}
<p>Liever bellen? Bel ons gratis: <a href="${escapeHtml(telHref(phoneNumber))}">${escapeHtml(phoneNumber)}</a>.</p>
<p><a href="/hulp-nodig">Naar het formulier om hulp te vragen</a></p>
<p><a href="/">Naar de startpagina</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
