import { TextLink } from "@/components/ui/text-link";
import type { SiteSearch } from "@/lib/content/search-site";
import type { Settings } from "@/lib/settings/defaults";
import { HelpCallout } from "./help-callout";
import { SearchResults } from "./search-results";

/** What to show under the search form: a hint, the results, or a way forward when nothing was found. */
export function SearchOutcome({
  search,
  settings,
}: {
  search: SiteSearch;
  settings: Pick<Settings, "phoneNumber" | "slaHours">;
}) {
  if (!search.query) {
    return (
      <p className="mt-8 max-w-3xl">
        Typ een woord en kies <strong>Zoeken</strong>. Je kan ook meteen het{" "}
        <TextLink href="/aanbod">aanbod in je buurt bekijken</TextLink>.
      </p>
    );
  }
  if (!search.terms.length) {
    return (
      <p className="mt-8 max-w-3xl" role="status">
        Typ een woord van minstens 2 letters.
      </p>
    );
  }
  if (!search.total) {
    return (
      <div className="mt-8 max-w-3xl">
        <h2 className="text-brand-900 text-2xl font-bold">We vonden niets voor “{search.query}”</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>Kijk of het woord juist geschreven is.</li>
          <li>Probeer een ander of een korter woord, zoals “wandelen” of “babbel”.</li>
          <li>
            Of bekijk het <TextLink href="/aanbod">aanbod in je buurt</TextLink>.
          </li>
        </ul>
        <HelpCallout
          phoneNumber={settings.phoneNumber}
          slaHours={settings.slaHours}
          title="Liever je vraag stellen aan een mens?"
        />
      </div>
    );
  }
  return <SearchResults search={search} />;
}
