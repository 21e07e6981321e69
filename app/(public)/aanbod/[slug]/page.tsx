import type { Metadata } from "next";
import { BackLink } from "@/components/public/back-link";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { HelpCallout } from "@/components/public/help-callout";
import { Markdown } from "@/components/public/markdown";
import { OfferFacts } from "@/components/public/offer-facts";
import { PageHeader } from "@/components/public/page-header";
import { getPublishedOffer } from "@/lib/content/get-offer";
import { DATABASE_DOWN } from "@/lib/content/database-down";
import { publishedBySlug, type SlugPageProps } from "@/lib/content/published-by-slug";

const offers = publishedBySlug(getPublishedOffer, (offer) => ({
  title: offer.title,
  description: offer.summary,
}));

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  return offers.metadata((await params).slug);
}

export default async function OfferPage({ params }: SlugPageProps) {
  const [offer, settings] = await offers.loadWithSettings((await params).slug);
  if (offer === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  return (
    <article>
      <BackLink href="/aanbod">Terug naar al het aanbod</BackLink>
      <PageHeader title={offer.title} lead={offer.summary} />
      <OfferFacts offer={offer} />
      <Markdown source={offer.body} className="max-w-3xl" />
      <HelpCallout
        phoneNumber={settings.phoneNumber}
        slaHours={settings.slaHours}
        title="Liever niet alleen gaan, of twijfel je?"
      />
    </article>
  );
}
