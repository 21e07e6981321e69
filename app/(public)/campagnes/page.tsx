import type { Metadata } from "next";
import { CampaignList } from "@/components/public/campaign-card";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { PageHeader } from "@/components/public/page-header";
import { listPublishedCampaigns } from "@/lib/content/list-campaigns";
import { DATABASE_DOWN, readWithSettings } from "@/lib/content/database-down";

export const metadata: Metadata = {
  title: "Campagnes",
  description: "Campagnes van de stad om samen te zorgen voor elkaar en voor jezelf.",
};

export default async function CampaignsPage() {
  const [campaigns, settings] = await readWithSettings(listPublishedCampaigns());
  if (campaigns === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  return (
    <>
      <PageHeader
        title="Campagnes"
        lead="Met campagnes praten we openlijk over je alleen voelen. En we tonen hoe kleine gebaren een groot verschil maken."
      />
      {campaigns.length ? (
        <CampaignList campaigns={campaigns} />
      ) : (
        <p>Er lopen nu geen campagnes. Kom later nog eens kijken.</p>
      )}
    </>
  );
}
