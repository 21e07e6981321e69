import { buttonClasses } from "@/components/ui/button-link";
import { NEIGHBOURHOOD_KIND_LABELS, OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from "@/lib/content/labels";
import type { NeighbourhoodOption } from "@/lib/content/list-neighbourhoods";
import type { OfferFilters } from "@/lib/content/offer-filters";
import { MAX_QUERY_LENGTH } from "@/lib/content/search-terms";
import type { NeighbourhoodKind } from "@/lib/generated/prisma/enums";

const fieldClasses =
  "mt-1 block min-h-11 w-full rounded-md border-2 border-gray-600 bg-white px-3 py-2 text-ink";

/** The catalogue filter: a plain GET form, so it works without JavaScript and results can be bookmarked. */
export function OfferFilterForm({
  filters,
  neighbourhoods,
}: {
  filters: OfferFilters;
  neighbourhoods: NeighbourhoodOption[];
}) {
  const kinds: NeighbourhoodKind[] = ["DISTRICT", "SUB_MUNICIPALITY"];
  return (
    <form
      method="get"
      action="/aanbod"
      role="search"
      aria-label="Aanbod filteren"
      className="bg-brand-50 rounded-lg p-4 sm:p-5"
    >
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <label htmlFor="filter-q" className="font-semibold">
            Zoek op een woord <span className="font-normal">(niet verplicht)</span>
          </label>
          <p id="filter-q-hint" className="text-muted">
            Bijvoorbeeld: koffie, wandelen of smartphone.
          </p>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="filter-q-hint"
            className={fieldClasses}
          />
        </div>
        <div>
          <label htmlFor="filter-soort" className="font-semibold">
            Wat zoek je?
          </label>
          <select id="filter-soort" name="soort" defaultValue={filters.kind ?? ""} className={fieldClasses}>
            <option value="">Alle soorten</option>
            {Object.entries(OFFER_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-voor" className="font-semibold">
            Voor wie?
          </label>
          <select
            id="filter-voor"
            name="voor"
            defaultValue={filters.targetGroup ?? ""}
            className={fieldClasses}
          >
            <option value="">Alle groepen</option>
            {Object.entries(TARGET_GROUP_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="md:col-span-2">
          <label htmlFor="filter-wijk" className="font-semibold">
            In welke wijk of deelgemeente?
          </label>
          <p id="filter-wijk-hint" className="text-muted">
            Aanbod voor heel de stad staat er altijd bij.
          </p>
          <select
            id="filter-wijk"
            name="wijk"
            defaultValue={filters.neighbourhood ?? ""}
            aria-describedby="filter-wijk-hint"
            className={fieldClasses}
          >
            <option value="">Alle wijken</option>
            {kinds.map((kind) => (
              <optgroup key={kind} label={NEIGHBOURHOOD_KIND_LABELS[kind]}>
                {neighbourhoods
                  .filter((n) => n.kind === kind)
                  .map((n) => (
                    <option key={n.slug} value={n.slug}>
                      {n.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className={`${buttonClasses.primary} mt-5 w-full cursor-pointer sm:w-auto`}>
        Toon aanbod
      </button>
    </form>
  );
}
