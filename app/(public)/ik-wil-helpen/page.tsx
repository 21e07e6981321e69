import type { Metadata } from "next";
import { OutageNotice } from "@/components/forms/outage-notice";
import { VolunteerApplicationForm } from "@/components/forms/volunteer-application-form";
import { FormPage } from "@/components/public/form-page";
import { loadFormPageData } from "@/lib/content/form-page-data";
import { initialFormState } from "@/lib/forms/form-state";
import { issueFormToken } from "@/lib/forms/form-token";
import { submitVolunteerApplicationForm } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Ik wil helpen",
  description:
    "Word zorgzame buur: bel iemand op, ga samen wandelen of doe een boodschap. Je krijgt begeleiding.",
};

export default async function VolunteerPage() {
  const { settings, page, neighbourhoods } = await loadFormPageData("ik-wil-helpen");
  return (
    <FormPage
      page={page}
      title="Ik wil helpen"
      lead="Word zorgzame buur. Bel iemand op, ga samen wandelen of doe een boodschap. Je kiest zelf hoeveel tijd je geeft, en je krijgt begeleiding."
      callUs="Eerst iets vragen? Bel ons gratis:"
      phoneNumber={settings.phoneNumber}
    >
      <h2 className="mt-10 mb-6 text-2xl font-bold sm:text-3xl">Meld je aan</h2>
      {neighbourhoods.down ? <OutageNotice phoneNumber={settings.phoneNumber} subject="aanmelding" /> : null}
      <VolunteerApplicationForm
        action={submitVolunteerApplicationForm}
        initialState={initialFormState(issueFormToken("volunteer-application"))}
        neighbourhoods={neighbourhoods.list}
        phoneNumber={settings.phoneNumber}
      />
    </FormPage>
  );
}
