import type { Metadata } from "next";
import { PageHeader } from "@/components/public/page-header";
import { LinkNotFound } from "@/components/volunteer-portal/link-not-found";
import { ConcernForm, ContactForms, RespondForms } from "@/components/volunteer-portal/link-forms";
import { MyLinkFacts } from "@/components/volunteer-portal/my-link-facts";
import { DoneNotice, VolunteerBar } from "@/components/volunteer-portal/volunteer-bar";
import { requireVolunteer } from "@/lib/volunteer-portal/current-volunteer";
import { getMyLink } from "@/lib/volunteer-portal/get-my-link";
import type { MyLink } from "@/lib/volunteer-portal/my-link-view";
import { isPortalRefusal } from "@/lib/volunteer-portal/portal-refusal";
import { logContactAction, raiseConcernAction, respondAction } from "./actions";

export const metadata: Metadata = { title: "Koppeling", robots: { index: false } };

const DONE: Record<string, string> = {
  aanvaard: "Dank je! Je hebt het voorstel aanvaard. Neem gerust zelf contact op.",
  "contact-called": "Genoteerd: gebeld. Dank je!",
  "contact-visited": "Genoteerd: bezocht. Dank je!",
  "contact-groceries_together": "Genoteerd: samen boodschappen gedaan. Dank je!",
  "contact-other": "Genoteerd. Dank je!",
  zorg: "Je zorg is doorgegeven. De coördinator kijkt ernaar en belt je als het nodig is.",
};

export default async function MyLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ gedaan?: string }>;
}) {
  const volunteer = await requireVolunteer();
  const [{ id }, { gedaan }] = await Promise.all([params, searchParams]);
  let link: MyLink;
  try {
    link = await getMyLink(volunteer.actor, id);
  } catch (error) {
    if (!isPortalRefusal(error)) throw error;
    // Reached when the proxy was skipped (client-side navigation); it answers page loads with 404.
    return <LinkNotFound firstName={volunteer.firstName} />;
  }
  const open = link.status === "ACCEPTED" || link.status === "ACTIVE";
  return (
    <>
      <VolunteerBar firstName={volunteer.firstName} />
      <PageHeader title={`Koppeling met ${link.person.firstName}`} />
      <DoneNotice text={(gedaan && DONE[gedaan]) || null} />
      <div className="grid max-w-3xl gap-12">
        <section aria-labelledby="facts">
          <h2 id="facts" className="mb-4 text-2xl font-bold">
            Wat je moet weten
          </h2>
          <MyLinkFacts link={link} />
        </section>
        {link.status === "PROPOSED" ? (
          <section aria-labelledby="respond">
            <h2 id="respond" className="mb-4 text-2xl font-bold">
              Wil je dit doen?
            </h2>
            <RespondForms action={respondAction} linkId={link.id} />
          </section>
        ) : null}
        {open ? (
          <section aria-labelledby="contact">
            <h2 id="contact" className="mb-2 text-2xl font-bold">
              Contact noteren
            </h2>
            <p className="mb-4 text-lg">Tik op wat jullie deden. Eén tik is genoeg.</p>
            <ContactForms action={logContactAction} linkId={link.id} />
          </section>
        ) : null}
        {link.status !== "PROPOSED" ? (
          <section aria-labelledby="concern">
            <h2 id="concern" className="mb-2 text-2xl font-bold">
              Ik maak me zorgen
            </h2>
            <p className="mb-4 text-lg">
              Merk je iets dat je niet gerust stelt? Laat het de coördinator weten. Bij gevaar bel je 112.
            </p>
            <ConcernForm action={raiseConcernAction} linkId={link.id} />
          </section>
        ) : null}
      </div>
    </>
  );
}
