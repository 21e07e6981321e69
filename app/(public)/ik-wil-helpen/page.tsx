import type { Metadata } from "next";
import { OutageNotice } from "@/components/forms/outage-notice";
import { VolunteerApplicationForm } from "@/components/forms/volunteer-application-form";
import { Markdown } from "@/components/public/markdown";
import { PageHeader } from "@/components/public/page-header";
import { PhoneLink } from "@/components/public/phone-link";
import { getPublishedPage } from "@/lib/content/get-page";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { isDatabaseUnavailable } from "@/lib/db";
import { initialFormState } from "@/lib/forms/form-state";
import { issueFormToken } from "@/lib/forms/form-token";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { submitVolunteerApplicationForm } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Ik wil helpen",
  description:
    "Word zorgzame buur: bel iemand op, ga samen wandelen of doe een boodschap. Je krijgt begeleiding.",
};

export default async function VolunteerPage() {
  const [settings, page, neighbourhoods] = await Promise.all([
    getSettingsOrDefaults(),
    getPublishedPage("ik-wil-helpen").catch(() => null),
    listNeighbourhoods().then(
      (list) => ({ list, down: false }),
      (error: unknown) => ({ list: [], down: isDatabaseUnavailable(error) }),
    ),
  ]);

  return (
    <>
      <PageHeader
        title={page?.title ?? "Ik wil helpen"}
        lead={
          page?.summary ??
          "Word zorgzame buur. Bel iemand op, ga samen wandelen of doe een boodschap. Je kiest zelf hoeveel tijd je geeft, en je krijgt begeleiding."
        }
      />
      <div className="max-w-3xl hyphens-auto">
        {page ? <Markdown source={page.body} /> : null}
        <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-lg">
          <span>Eerst iets vragen? Bel ons gratis:</span>
          <PhoneLink phoneNumber={settings.phoneNumber} />
        </p>

        <h2 className="mt-10 mb-6 text-2xl font-bold sm:text-3xl">Meld je aan</h2>
        {neighbourhoods.down ? (
          <OutageNotice phoneNumber={settings.phoneNumber} subject="aanmelding" />
        ) : null}
        <VolunteerApplicationForm
          action={submitVolunteerApplicationForm}
          initialState={initialFormState(issueFormToken("volunteer-application"))}
          neighbourhoods={neighbourhoods.list}
          phoneNumber={settings.phoneNumber}
        />
      </div>
    </>
  );
}
