import type { Metadata } from "next";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { PageHeader } from "@/components/public/page-header";
import { SearchForm } from "@/components/public/search-form";
import { SearchOutcome } from "@/components/public/search-outcome";
import { DATABASE_DOWN, readWithSettings } from "@/lib/content/database-down";
import type { SearchParams } from "@/lib/content/offer-filters";
import { searchSite } from "@/lib/content/search-site";
import { normaliseQuery } from "@/lib/content/search-terms";

interface Props {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normaliseQuery((await searchParams).q);
  return { title: query ? `Zoeken naar “${query}”` : "Zoeken" };
}

export default async function SearchPage({ searchParams }: Props) {
  const query = normaliseQuery((await searchParams).q);
  const [search, settings] = await readWithSettings(searchSite(query));
  if (search === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  return (
    <>
      <PageHeader
        title="Zoeken"
        lead="Zoek in het aanbod, de uitleg over eenzaamheid, het actieplan, de getuigenissen en de campagnes."
      />
      <SearchForm query={query} />
      <SearchOutcome search={search} settings={settings} />
    </>
  );
}
