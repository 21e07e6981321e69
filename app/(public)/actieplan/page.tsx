import type { Metadata } from "next";
import { ActionPlan } from "@/components/public/action-plan";
import { ContentPage } from "@/components/public/content-page";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { DATABASE_DOWN, readWithSettings } from "@/lib/content/database-down";
import { getActionPlan } from "@/lib/content/get-action-plan";
import { getPublishedPage } from "@/lib/content/get-page";

export const metadata: Metadata = {
  title: "Actieplan",
  description: "Het actieplan Tezamen tegen vereenzamen: 3 krachtlijnen en 9 acties.",
};

const FALLBACK_INTRO = {
  title: "Het actieplan Tezamen tegen vereenzamen",
  summary: "Hoe de stad samen met inwoners en partners werkt aan verbinding: 3 krachtlijnen en 9 acties.",
  body: "",
};

export default async function ActionPlanPage() {
  const [data, settings] = await readWithSettings(
    Promise.all([getPublishedPage("actieplan"), getActionPlan()]),
  );
  if (data === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  const [intro, lines] = data;
  return (
    <ContentPage page={intro ?? FALLBACK_INTRO}>
      <ActionPlan lines={lines} />
    </ContentPage>
  );
}
