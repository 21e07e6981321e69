import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BackLink } from "@/components/public/back-link";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { HelpCallout } from "@/components/public/help-callout";
import { Markdown } from "@/components/public/markdown";
import { OfferFacts } from "@/components/public/offer-facts";
import { PageHeader } from "@/components/public/page-header";
import { getPublishedOffer } from "@/lib/content/get-offer";
import { DATABASE_DOWN, readUnlessDatabaseDown } from "@/lib/content/database-down";
import { NOT_FOUND_METADATA, UNAVAILABLE_METADATA } from "@/lib/content/fallback-metadata";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

interface Props {
  params: Promise<{ slug: string }>;
}

const loadOffer = cache((slug: string) => readUnlessDatabaseDown(getPublishedOffer(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offer = await loadOffer((await params).slug);
  if (offer === DATABASE_DOWN) return UNAVAILABLE_METADATA;
  return offer ? { title: offer.title, description: offer.summary } : NOT_FOUND_METADATA;
}

export default async function OfferPage({ params }: Props) {
  const [offer, settings] = await Promise.all([loadOffer((await params).slug), getSettingsOrDefaults()]);
  if (offer === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  if (!offer) notFound();
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
