import type { Metadata } from "next";
import { HelpRequestForm } from "@/components/forms/help-request-form";
import { OutageNotice } from "@/components/forms/outage-notice";
import { CrisisBox } from "@/components/public/crisis-box";
import { FormPage } from "@/components/public/form-page";
import { loadFormPageData } from "@/lib/content/form-page-data";
import { initialFormState } from "@/lib/forms/form-state";
import { issueFormToken } from "@/lib/forms/form-token";
import { submitHelpRequestForm } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Hulp nodig?",
  description:
    "Vraag hulp voor jezelf of voor iemand anders. Het is gratis. We bellen je binnen 24 uur terug.",
};

export default async function HelpRequestPage() {
  const { settings, page, neighbourhoods } = await loadFormPageData("hulp-nodig");
  return (
    <FormPage
      page={page}
      title="Hulp nodig?"
      lead={`Vraag hulp voor jezelf of voor iemand anders. Het is gratis. We bellen je binnen ${settings.slaHours} uur terug.`}
      fallbackBody={
        <div className="prose-tezamen">
          <p>
            Voel je je alleen, of maak je je zorgen over iemand? Vul dit korte formulier in. Een medewerker
            van de stad neemt contact met je op. Samen bekijken jullie wat kan helpen.
          </p>
        </div>
      }
      callUs="Je kan ons ook gratis bellen:"
      phoneNumber={settings.phoneNumber}
    >
      <CrisisBox />

      {neighbourhoods.down ? <OutageNotice phoneNumber={settings.phoneNumber} subject="vraag" /> : null}

      <h2 className="mb-6 text-2xl font-bold sm:text-3xl">Vraag hulp</h2>
      <HelpRequestForm
        action={submitHelpRequestForm}
        initialState={initialFormState(issueFormToken("help-request"))}
        neighbourhoods={neighbourhoods.list}
        phoneNumber={settings.phoneNumber}
      />
    </FormPage>
  );
}
