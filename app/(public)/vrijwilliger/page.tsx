import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/public/page-header";
import { activityLabel } from "@/components/volunteer-portal/my-link-facts";
import { DoneNotice, VolunteerBar } from "@/components/volunteer-portal/volunteer-bar";
import { formatBelgianPhone } from "@/lib/phone/normalize-phone";
import { LINK_STATUS_LABELS } from "@/lib/volunteer-links/lifecycle";
import { requireVolunteer } from "@/lib/volunteer-portal/current-volunteer";
import { listMyLinks } from "@/lib/volunteer-portal/list-my-links";

export const metadata: Metadata = { title: "Mijn koppelingen", robots: { index: false } };

const DONE: Record<string, string> = {
  pauze: "Je vraag om pauze is verstuurd. De coördinator neemt contact met je op.",
  geweigerd: "Je zei nee tegen het voorstel. Dank je om het te laten weten.",
};

export default async function VolunteerHomePage({
  searchParams,
}: {
  searchParams: Promise<{ gedaan?: string }>;
}) {
  const volunteer = await requireVolunteer();
  const links = await listMyLinks(volunteer.actor);
  const { gedaan } = await searchParams;
  return (
    <>
      <VolunteerBar firstName={volunteer.firstName} />
      <PageHeader
        title="Mijn koppelingen"
        lead="Hier zie je met wie je gekoppeld bent. Tik op een naam om een contact te noteren of een zorg door te geven."
      />
      <DoneNotice text={(gedaan && DONE[gedaan]) || null} />
      {links.length === 0 ? (
        <p className="text-xl">
          Je hebt nu geen koppelingen. De coördinator laat het je weten als er iemand is.
        </p>
      ) : (
        <ul className="grid max-w-3xl gap-4">
          {links.map((link) => (
            <li key={link.id} className="border-brand-200 rounded-md border-2 bg-white p-5">
              <h2 className="text-2xl font-bold">
                <Link
                  href={`/vrijwilliger/koppelingen/${link.id}`}
                  className="text-brand-700 inline-flex min-h-11 items-center underline underline-offset-4"
                >
                  {link.person.firstName}
                </Link>
              </h2>
              <p className="mt-1 text-lg">
                {activityLabel(link)} · {LINK_STATUS_LABELS[link.status]}
                {link.status === "PROPOSED" ? " — wacht op je antwoord" : ""}
              </p>
              {link.person.phoneE164 ? (
                <p className="mt-1 text-lg">
                  <a
                    href={`tel:${link.person.phoneE164}`}
                    className="text-brand-700 inline-flex min-h-11 items-center font-bold underline underline-offset-4"
                  >
                    Bel {formatBelgianPhone(link.person.phoneE164)}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
