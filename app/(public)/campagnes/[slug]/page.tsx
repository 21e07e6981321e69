import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BackLink } from "@/components/public/back-link";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { ExampleNotice } from "@/components/public/example-notice";
import { HelpCallout } from "@/components/public/help-callout";
import { Markdown } from "@/components/public/markdown";
import { PageHeader } from "@/components/public/page-header";
import { formatPeriod } from "@/lib/content/format-date";
import { getPublishedCampaign } from "@/lib/content/get-campaign";
import { DATABASE_DOWN, readUnlessDatabaseDown } from "@/lib/content/database-down";
import { NOT_FOUND_METADATA, UNAVAILABLE_METADATA } from "@/lib/content/fallback-metadata";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

interface Props {
  params: Promise<{ slug: string }>;
}

const loadCampaign = cache((slug: string) => readUnlessDatabaseDown(getPublishedCampaign(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await loadCampaign((await params).slug);
  if (campaign === DATABASE_DOWN) return UNAVAILABLE_METADATA;
  return campaign ? { title: campaign.title, description: campaign.summary } : NOT_FOUND_METADATA;
}

export default async function CampaignPage({ params }: Props) {
  const [campaign, settings] = await Promise.all([
    loadCampaign((await params).slug),
    getSettingsOrDefaults(),
  ]);
  if (campaign === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  if (!campaign) notFound();
  const period = formatPeriod(campaign.startsOn, campaign.endsOn);
  return (
    <article>
      <BackLink href="/campagnes">Terug naar alle campagnes</BackLink>
      <PageHeader title={campaign.title} lead={campaign.summary}>
        {campaign.slogan && campaign.slogan !== campaign.title ? (
          <p className="text-brand-900 mt-4 text-xl font-bold">“{campaign.slogan}”</p>
        ) : null}
        {period ? <p className="text-muted mt-2">{period}</p> : null}
      </PageHeader>
      {campaign.isExample ? <ExampleNotice kind="campaign" /> : null}
      <Markdown source={campaign.body} className="max-w-3xl" />
      <HelpCallout phoneNumber={settings.phoneNumber} slaHours={settings.slaHours} />
    </article>
  );
}
