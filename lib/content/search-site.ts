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
/** The searched fields of offers, pages, action lines and actions. */
const TEXT_FIELDS = ["title", "summary", "body"] as const;

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

/** A candidate with its text for the snippet: the lead parts (summary, quote…), then the body as plain text. */
function candidate(title: string, href: string, lead: (string | null)[], body: string): Candidate {
  return { title, href, text: [...lead, markdownToText(body)].filter(Boolean).join(" ") };
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
      where: { ...published, AND: matchAll(terms, TEXT_FIELDS) },
      select: { slug: true, title: true, summary: true, body: true },
      take: PER_TYPE,
    }),
    db.page.findMany({
      where: {
        ...published,
        slug: { in: ROUTED_PAGE_SLUGS },
        AND: matchAll(terms, TEXT_FIELDS),
      },
      select: { slug: true, title: true, summary: true, body: true },
      take: PER_TYPE,
    }),
    db.actionLine.findMany({
      where: { ...published, AND: matchAll(terms, TEXT_FIELDS) },
      select: { number: true, title: true, summary: true, body: true },
      take: PER_TYPE,
    }),
    db.action.findMany({
      where: { line: published, AND: matchAll(terms, TEXT_FIELDS) },
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

  const group = (type: SearchResultType, candidates: Candidate[]): SearchGroup => ({
    type,
    results: rank(type, candidates, terms),
  });
  const all: SearchGroup[] = [
    group(
      "offer",
      offers.map((o) => candidate(o.title, `/aanbod/${o.slug}`, [o.summary], o.body)),
    ),
    group(
      "page",
      pages.flatMap((p) => {
        const href = pagePath(p.slug);
        return href ? [candidate(p.title, href, [p.summary], p.body)] : [];
      }),
    ),
    {
      // The action lines before the actions, each ranked on its own.
      type: "action",
      results: [
        ...rank(
          "action",
          lines.map((l) =>
            candidate(
              `Krachtlijn ${l.number}: ${l.title}`,
              `/actieplan#krachtlijn-${l.number}`,
              [l.summary],
              l.body,
            ),
          ),
          terms,
        ),
        ...rank(
          "action",
          actions.map((a) =>
            candidate(`Actie ${a.number}: ${a.title}`, `/actieplan#actie-${a.number}`, [a.summary], a.body),
          ),
          terms,
        ),
      ],
    },
    group(
      "testimony",
      testimonies.map((t) => candidate(t.title, `/getuigenissen/${t.slug}`, [t.quote], t.body)),
    ),
    group(
      "campaign",
      campaigns.map((c) => candidate(c.title, `/campagnes/${c.slug}`, [c.slogan, c.summary], c.body)),
    ),
  ];
  const groups = all.filter((g) => g.results.length > 0);

  return { query, terms, total: groups.reduce((n, g) => n + g.results.length, 0), groups };
}
