import Link from "next/link";
import { Fragment } from "react";
import type { SearchResultType, SiteSearch } from "@/lib/content/search-site";
import { highlightTerms } from "@/lib/content/snippet";

const GROUP_TITLES: Record<SearchResultType, string> = {
  offer: "Aanbod",
  page: "Informatie",
  action: "Actieplan",
  testimony: "Getuigenissen",
  campaign: "Campagnes",
};

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightTerms(text, terms).map((part, i) =>
        part.match ? (
          <mark key={i} className="text-ink bg-yellow-200">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Search results grouped by kind of content (h2), each result a link (h3) with a snippet. */
export function SearchResults({ search }: { search: SiteSearch }) {
  return (
    <div className="mt-8 max-w-3xl">
      <p className="text-lg font-semibold" role="status">
        {search.total === 1 ? "1 resultaat" : `${search.total} resultaten`} voor “{search.query}”
      </p>
      {search.groups.map((group) => (
        <section key={group.type} aria-labelledby={`groep-${group.type}`} className="mt-8">
          <h2 id={`groep-${group.type}`} className="text-brand-900 text-2xl font-bold">
            {GROUP_TITLES[group.type]}{" "}
            <span className="text-muted font-semibold">({group.results.length})</span>
          </h2>
          <ul className="mt-4 space-y-4">
            {group.results.map((result) => (
              <li key={result.href} className="border-brand-100 rounded-lg border-2 p-4">
                <h3 className="text-xl leading-snug font-bold">
                  <Link
                    href={result.href}
                    className="text-brand-800 underline underline-offset-4 hover:decoration-2"
                  >
                    {result.title}
                  </Link>
                </h3>
                <p className="mt-2">
                  <Highlighted text={result.snippet} terms={search.terms} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
