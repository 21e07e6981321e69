/**
 * Where each information page (Page slug) is shown on the public site. Pages
 * without a route of their own are not linked from search results.
 */
const PAGE_PATHS: Record<string, string> = {
  home: "/",
  actieplan: "/actieplan",
  "over-eenzaamheid": "/over-eenzaamheid",
  privacy: "/privacy",
  toegankelijkheid: "/toegankelijkheid",
  "hulp-nodig": "/hulp-nodig",
  "ik-wil-helpen": "/ik-wil-helpen",
};

/** The public path of a Page, or null when it has no route. */
export function pagePath(slug: string): string | null {
  return PAGE_PATHS[slug] ?? null;
}

export const ROUTED_PAGE_SLUGS = Object.keys(PAGE_PATHS);
