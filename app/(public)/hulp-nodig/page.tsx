import type { Metadata } from "next";
import { HelpRequestForm } from "@/components/forms/help-request-form";
import { OutageNotice } from "@/components/forms/outage-notice";
import { CrisisBox } from "@/components/public/crisis-box";
import { Markdown } from "@/components/public/markdown";
import { PageHeader } from "@/components/public/page-header";
import { PhoneLink } from "@/components/public/phone-link";
import { getPublishedPage } from "@/lib/content/get-page";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { isDatabaseUnavailable } from "@/lib/db";
import { initialFormState } from "@/lib/forms/form-state";
import { issueFormToken } from "@/lib/forms/form-token";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { submitHelpRequestForm } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Hulp nodig?",
  description:
    "Vraag hulp voor jezelf of voor iemand anders. Het is gratis. We bellen je binnen 24 uur terug.",
};

export default async function HelpRequestPage() {
  const [settings, page, neighbourhoods] = await Promise.all([
    getSettingsOrDefaults(),
    getPublishedPage("hulp-nodig").catch(() => null),
    listNeighbourhoods().then(
      (list) => ({ list, down: false }),
      (error: unknown) => ({ list: [], down: isDatabaseUnavailable(error) }),
    ),
  ]);

  return (
    <>
      <PageHeader
        title={page?.title ?? "Hulp nodig?"}
        lead={
          page?.summary ??
          `Vraag hulp voor jezelf of voor iemand anders. Het is gratis. We bellen je binnen ${settings.slaHours} uur terug.`
        }
      />
      <div className="max-w-3xl hyphens-auto">
        {page ? (
          <Markdown source={page.body} />
        ) : (
          <div className="prose-tezamen">
            <p>
              Voel je je alleen, of maak je je zorgen over iemand? Vul dit korte formulier in. Een medewerker
              van de stad neemt contact met je op. Samen bekijken jullie wat kan helpen.
            </p>
          </div>
        )}
        <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-lg">
          <span>Je kan ons ook gratis bellen:</span>
          <PhoneLink phoneNumber={settings.phoneNumber} />
        </p>

        <CrisisBox />

        {neighbourhoods.down ? <OutageNotice phoneNumber={settings.phoneNumber} subject="vraag" /> : null}

        <h2 className="mb-6 text-2xl font-bold sm:text-3xl">Vraag hulp</h2>
        <HelpRequestForm
          action={submitHelpRequestForm}
          initialState={initialFormState(issueFormToken("help-request"))}
          neighbourhoods={neighbourhoods.list}
          phoneNumber={settings.phoneNumber}
        />
      </div>
    </>
  );
}
