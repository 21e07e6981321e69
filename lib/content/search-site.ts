import "server-only";
import { prisma, type Db } from "@/lib/db";
import { markdownToText } from "@/lib/markdown/render-markdown";
import { pagePath, ROUTED_PAGE_SLUGS } from "./page-paths";
import { toSearchTerms } from "./search-terms";
import { makeSnippet } from "./snippet";

export type SearchResultType = "offer" | "page" | "action" | "testimony" | "campaign";

export interface SearchResult {
  type: SearchResultType;
  title: string;
  href: string;
  /** Plain text around the first match. */
  snippet: string;
}

export interface SearchGroup {
  type: SearchResultType;
  results: SearchResult[];
}

export interface SiteSearch {
  query: string;
  terms: string[];
  total: number;
  /** Only groups with results, in a fixed order: offers first, stories last. */
  groups: SearchGroup[];
}

const PER_TYPE = 25;

/** Every term must occur in at least one of the fields, case-insensitively. */
function matchAll<F extends string>(terms: string[], fields: readonly F[]) {
  return terms.map((term) => ({
    OR: fields.map(
      (field) =>
        ({ [field]: { contains: term, mode: "insensitive" as const } }) as {
          [K in F]: { contains: string; mode: "insensitive" };
        },
    ),
  }));
}

interface Candidate {
  title: string;
  href: string;
  text: string;
}

/** Results whose title holds more of the terms come first; then alphabetical. */
function rank(type: SearchResultType, candidates: Candidate[], terms: string[]): SearchResult[] {
  const titleHits = (c: Candidate) => terms.filter((t) => c.title.toLowerCase().includes(t)).length;
  return candidates
    .map((c) => ({ c, hits: titleHits(c) }))
    .sort((a, b) => b.hits - a.hits || a.c.title.localeCompare(b.c.title, "nl"))
    .map(({ c }) => ({ type, title: c.title, href: c.href, snippet: makeSnippet(c.text, terms) }));
}

/**
 * Site-wide search over published offers, information pages, the action plan,
 * testimonies and campaigns. An empty query searches nothing.
 */
export async function searchSite(query: string, db: Db = prisma): Promise<SiteSearch> {
  const terms = toSearchTerms(query);
  if (!terms.length) return { query, terms, total: 0, groups: [] };

  const published = { status: "PUBLISHED" as const };
  const [offers, pages, lines, actions, testimonies, campaigns] = await Promise.all([
    db.offer.findMany({
      where: { ...published, AND: matchAll(terms, ["title", "summary", "body"] as const) },
      select: { slug: true, title: true, summary: true, body: true },
      take: PER_TYPE,
    }),
    db.page.findMany({
      where: {
        ...published,
        slug: { in: ROUTED_PAGE_SLUGS },
        AND: matchAll(terms, ["title", "summary", "body"] as const),
      },
      select: { slug: true, title: true, summary: true, body: true },
      take: PER_TYPE,
    }),
    db.actionLine.findMany({
      where: { ...published, AND: matchAll(terms, ["title", "summary", "body"] as const) },
      select: { number: true, title: true, summary: true, body: true },
      take: PER_TYPE,
    }),
    db.action.findMany({
      where: { line: published, AND: matchAll(terms, ["title", "summary", "body"] as const) },
      select: { number: true, title: true, summary: true, body: true },
      take: PER_TYPE,
    }),
    db.testimony.findMany({
      where: { ...published, AND: matchAll(terms, ["title", "personName", "quote", "body"] as const) },
      select: { slug: true, title: true, quote: true, body: true },
      take: PER_TYPE,
    }),
    db.campaign.findMany({
      where: { ...published, AND: matchAll(terms, ["title", "slogan", "summary", "body"] as const) },
      select: { slug: true, title: true, slogan: true, summary: true, body: true },
      take: PER_TYPE,
    }),
  ]);

  const text = (...parts: (string | null)[]) => parts.filter(Boolean).join(" ");
  const all: SearchGroup[] = [
    {
      type: "offer",
      results: rank(
        "offer",
        offers.map((o) => ({
          title: o.title,
          href: `/aanbod/${o.slug}`,
          text: text(o.summary, markdownToText(o.body)),
        })),
        terms,
      ),
    },
    {
      type: "page",
      results: rank(
        "page",
        pages.flatMap((p) => {
          const href = pagePath(p.slug);
          return href ? [{ title: p.title, href, text: text(p.summary, markdownToText(p.body)) }] : [];
        }),
        terms,
      ),
    },
    {
      type: "action",
      results: [
        ...rank(
          "action",
          lines.map((l) => ({
            title: `Krachtlijn ${l.number}: ${l.title}`,
            href: `/actieplan#krachtlijn-${l.number}`,
            text: text(l.summary, markdownToText(l.body)),
          })),
          terms,
        ),
        ...rank(
          "action",
          actions.map((a) => ({
            title: `Actie ${a.number}: ${a.title}`,
            href: `/actieplan#actie-${a.number}`,
            text: text(a.summary, markdownToText(a.body)),
          })),
          terms,
        ),
      ],
    },
    {
      type: "testimony",
      results: rank(
        "testimony",
        testimonies.map((t) => ({
          title: t.title,
          href: `/getuigenissen/${t.slug}`,
          text: text(t.quote, markdownToText(t.body)),
        })),
        terms,
      ),
    },
    {
      type: "campaign",
      results: rank(
        "campaign",
        campaigns.map((c) => ({
          title: c.title,
          href: `/campagnes/${c.slug}`,
          text: text(c.slogan, c.summary, markdownToText(c.body)),
        })),
        terms,
      ),
    },
  ];
  const groups = all.filter((g) => g.results.length > 0);

  return { query, terms, total: groups.reduce((n, g) => n + g.results.length, 0), groups };
}
