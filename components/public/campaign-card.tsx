import { formatPeriod } from "@/lib/content/format-date";
import type { CampaignCardData } from "@/lib/content/list-campaigns";
import { CardList, ContentCard, type HeadingLevel } from "./content-card";
import { ExampleNotice } from "./example-notice";

/** One campaign in a list: the title links to the full campaign. */
export function CampaignCard({
  campaign,
  headingLevel = 2,
}: {
  campaign: CampaignCardData;
  headingLevel?: HeadingLevel;
}) {
  const period = formatPeriod(campaign.startsOn, campaign.endsOn);
  return (
    <ContentCard href={`/campagnes/${campaign.slug}`} title={campaign.title} headingLevel={headingLevel}>
      {campaign.slogan && campaign.slogan !== campaign.title ? (
        <p className="text-brand-900 mt-2 text-lg font-semibold">“{campaign.slogan}”</p>
      ) : null}
      <p className="mt-2">{campaign.summary}</p>
      {period ? <p className="text-muted mt-2">{period}</p> : null}
      {campaign.isExample ? <ExampleNotice kind="campaign" compact /> : null}
    </ContentCard>
  );
}

export function CampaignList({
  campaigns,
  headingLevel = 2,
}: {
  campaigns: CampaignCardData[];
  headingLevel?: HeadingLevel;
}) {
  return (
    <CardList items={campaigns} keyOf={(c) => c.slug}>
      {(c) => <CampaignCard campaign={c} headingLevel={headingLevel} />}
    </CardList>
  );
}
