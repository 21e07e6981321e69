import type { Metadata } from "next";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { OfferFilterForm } from "@/components/public/offer-filter-form";
import { OfferResults } from "@/components/public/offer-results";
import { PageHeader } from "@/components/public/page-header";
import { DATABASE_DOWN, readWithSettings } from "@/lib/content/database-down";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { listOffers } from "@/lib/content/list-offers";
import { parseOfferFilters, type SearchParams } from "@/lib/content/offer-filters";

export const metadata: Metadata = {
  title: "Aanbod",
  description:
    "Plekken, activiteiten en hulp in je buurt: om mensen te ontmoeten, voor een babbel of voor praktische hulp.",
};

export default async function OffersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseOfferFilters(await searchParams);
  const [data, settings] = await readWithSettings(Promise.all([listOffers(filters), listNeighbourhoods()]));
  if (data === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  const [offers, neighbourhoods] = data;
  return (
    <>
      <PageHeader
        title={`Aanbod in ${settings.cityName}`}
        lead="Plekken om mensen te ontmoeten, activiteiten, een babbel aan de telefoon of hulp aan huis. Kies wat je zoekt."
      />
      <OfferFilterForm filters={filters} neighbourhoods={neighbourhoods} />
      <OfferResults offers={offers} filters={filters} neighbourhoods={neighbourhoods} settings={settings} />
    </>
  );
}
