import type { Metadata } from "next";
import { BackLink } from "@/components/public/back-link";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { ExampleNotice } from "@/components/public/example-notice";
import { HelpCallout } from "@/components/public/help-callout";
import { Markdown } from "@/components/public/markdown";
import { PageHeader } from "@/components/public/page-header";
import { formatPeriod } from "@/lib/content/format-date";
import { getPublishedCampaign } from "@/lib/content/get-campaign";
import { DATABASE_DOWN } from "@/lib/content/database-down";
import { publishedBySlug, type SlugPageProps } from "@/lib/content/published-by-slug";

const campaigns = publishedBySlug(getPublishedCampaign, (campaign) => ({
  title: campaign.title,
  description: campaign.summary,
}));

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  return campaigns.metadata((await params).slug);
}

export default async function CampaignPage({ params }: SlugPageProps) {
  const [campaign, settings] = await campaigns.loadWithSettings((await params).slug);
  if (campaign === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
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
