import Link from "next/link";
import { formatPeriod } from "@/lib/content/format-date";
import type { CampaignCardData } from "@/lib/content/list-campaigns";
import { ExampleNotice } from "./example-notice";

/** One campaign in a list: the title links to the full campaign. */
export function CampaignCard({
  campaign,
  headingLevel = 2,
}: {
  campaign: CampaignCardData;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const period = formatPeriod(campaign.startsOn, campaign.endsOn);
  return (
    <article className="border-brand-100 hover:border-brand-700 relative flex h-full flex-col rounded-lg border-2 bg-white p-5 [overflow-wrap:anywhere]">
      <Heading className="text-xl leading-snug font-bold">
        <Link
          href={`/campagnes/${campaign.slug}`}
          className="text-brand-800 underline underline-offset-4 after:absolute after:inset-0 hover:decoration-2"
        >
          {campaign.title}
        </Link>
      </Heading>
      {campaign.slogan && campaign.slogan !== campaign.title ? (
        <p className="text-brand-900 mt-2 text-lg font-semibold">“{campaign.slogan}”</p>
      ) : null}
      <p className="mt-2">{campaign.summary}</p>
      {period ? <p className="text-muted mt-2">{period}</p> : null}
      {campaign.isExample ? <ExampleNotice kind="campaign" compact /> : null}
    </article>
  );
}

export function CampaignList({
  campaigns,
  headingLevel = 2,
}: {
  campaigns: CampaignCardData[];
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,17rem),1fr))] gap-5">
      {campaigns.map((c) => (
        <li key={c.slug}>
          <CampaignCard campaign={c} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
