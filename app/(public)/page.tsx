import type { Metadata } from "next";
import { CampaignList } from "@/components/public/campaign-card";
import { HelpCallout } from "@/components/public/help-callout";
import { HowItWorks } from "@/components/public/how-it-works";
import { Markdown } from "@/components/public/markdown";
import { OfferList } from "@/components/public/offer-card";
import { PageHeader } from "@/components/public/page-header";
import { HomeSection } from "@/components/public/home-section";
import { TestimonyList } from "@/components/public/testimony-card";
import { getPublishedPage } from "@/lib/content/get-page";
import { HOME_FALLBACK } from "@/lib/content/home-fallback";
import { listPublishedCampaigns } from "@/lib/content/list-campaigns";
import { listFeaturedOffers } from "@/lib/content/list-featured-offers";
import { listPublishedTestimonies } from "@/lib/content/list-testimonies";
import { orFallbackWhenDatabaseDown } from "@/lib/content/database-down";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

export const metadata: Metadata = { title: { absolute: "Tezamen tegen vereenzamen" } };

export default async function HomePage() {
  const [settings, page, offers, testimonies, campaigns] = await Promise.all([
    getSettingsOrDefaults(),
    orFallbackWhenDatabaseDown(getPublishedPage("home"), null),
    orFallbackWhenDatabaseDown(listFeaturedOffers(3), []),
    orFallbackWhenDatabaseDown(listPublishedTestimonies({ take: 2 }), []),
    orFallbackWhenDatabaseDown(listPublishedCampaigns({ take: 3 }), []),
  ]);
  const intro = page ?? HOME_FALLBACK;

  return (
    <>
      <PageHeader title={intro.title} lead={intro.summary} />
      {intro.body ? <Markdown source={intro.body} className="max-w-3xl" /> : null}
      <HelpCallout phoneNumber={settings.phoneNumber} slaHours={settings.slaHours} />
      <HowItWorks slaHours={settings.slaHours} />
      {offers.length ? (
        <HomeSection
          id="aanbod-in-de-kijker"
          title="Aanbod in de kijker"
          moreHref="/aanbod"
          moreLabel="Bekijk al het aanbod"
        >
          <OfferList offers={offers} headingLevel={3} />
        </HomeSection>
      ) : null}
      {testimonies.length ? (
        <HomeSection
          id="verhalen"
          title="Verhalen"
          moreHref="/getuigenissen"
          moreLabel="Lees alle getuigenissen"
        >
          <TestimonyList testimonies={testimonies} headingLevel={3} />
        </HomeSection>
      ) : null}
      {campaigns.length ? (
        <HomeSection id="campagnes" title="Campagnes" moreHref="/campagnes" moreLabel="Bekijk alle campagnes">
          <CampaignList campaigns={campaigns} headingLevel={3} />
        </HomeSection>
      ) : null}
    </>
  );
}
