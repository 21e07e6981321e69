import { TextLink } from "@/components/ui/text-link";
import { OFFER_KIND_LABELS, offerCountLabel, TARGET_GROUP_LABELS } from "@/lib/content/labels";
import type { NeighbourhoodOption } from "@/lib/content/list-neighbourhoods";
import type { OfferCardData } from "@/lib/content/offer-card-data";
import { hasOfferFilters, type OfferFilters } from "@/lib/content/offer-filters";
import type { Settings } from "@/lib/settings/defaults";
import { HelpCallout } from "./help-callout";
import { OfferList } from "./offer-card";

/** What the reader chose, in words: "Ontmoetingsplek · Senioren · Binnenstad · “koffie”". */
function describeFilters(filters: OfferFilters, neighbourhoods: NeighbourhoodOption[]): string {
  const parts: string[] = [];
  if (filters.kind) parts.push(OFFER_KIND_LABELS[filters.kind]);
  if (filters.targetGroup) parts.push(TARGET_GROUP_LABELS[filters.targetGroup]);
  if (filters.neighbourhood) {
    parts.push(neighbourhoods.find((n) => n.slug === filters.neighbourhood)?.name ?? filters.neighbourhood);
  }
  if (filters.q) parts.push(`“${filters.q}”`);
  return parts.join(" · ");
}

/** The result count (h2), the chosen filters, and the offers or a helpful empty state. */
export function OfferResults({
  offers,
  filters,
  neighbourhoods,
  settings,
}: {
  offers: OfferCardData[];
  filters: OfferFilters;
  neighbourhoods: NeighbourhoodOption[];
  settings: Pick<Settings, "phoneNumber" | "slaHours">;
}) {
  const filtered = hasOfferFilters(filters);
  return (
    <section aria-labelledby="resultaten" className="mt-10">
      <h2 id="resultaten" className="text-brand-900 text-2xl font-bold">
        {offers.length ? offerCountLabel(offers.length) : "Geen aanbod gevonden"}
      </h2>
      {filtered ? (
        <p className="mt-2">
          <span className="font-semibold">Je zocht:</span> {describeFilters(filters, neighbourhoods)}.{" "}
          <TextLink href="/aanbod" className="inline-flex min-h-11 items-center">
            Toon al het aanbod
          </TextLink>
        </p>
      ) : null}
      {offers.length ? (
        <div className="mt-5">
          <OfferList offers={offers} headingLevel={3} />
        </div>
      ) : (
        <>
          <p className="mt-3 max-w-3xl">
            Probeer een ander woord of kies minder filters. Of vraag het ons: we zoeken graag met je mee.
          </p>
          <HelpCallout
            phoneNumber={settings.phoneNumber}
            slaHours={settings.slaHours}
            headingLevel={3}
            title="We zoeken samen met je"
          />
        </>
      )}
    </section>
  );
}
