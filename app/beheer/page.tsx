import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { TodayLinkSections } from "@/components/staff/links/today-link-sections";
import { RequestTable } from "@/components/staff/request-table";
import { requireStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { getToday } from "@/lib/help-requests/get-today";

export const metadata: Metadata = { title: "Vandaag" };

const day = new Intl.DateTimeFormat("nl-BE", {
  timeZone: "Europe/Brussels",
  weekday: "long",
  day: "numeric",
  month: "long",
});

function Section({
  id,
  title,
  count,
  shown,
  more,
  children,
  empty,
}: {
  /** The heading's id (a link may point here); derived from the title when not given. */
  id?: string;
  title: string;
  count: number;
  /** How many rows the section lists (when fewer than count, `more` links to the rest). */
  shown?: number;
  more?: string;
  children: ReactNode;
  empty: string;
}) {
  return (
    <section className="mt-8" aria-labelledby={id ?? `s-${title}`}>
      <h2 id={id ?? `s-${title}`} className="text-2xl font-bold">
        {title} <span className="font-normal">({count})</span>
      </h2>
      <div className="mt-3">{count === 0 ? <p>{empty}</p> : children}</div>
      {more && shown !== undefined && shown < count ? (
        <p className="mt-2">
          <Link href={more} className="text-brand-700 font-bold underline">
            Alle {count} bekijken in de lijst met aanvragen
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** "Vandaag": what needs a human now, most urgent first. */
export default async function TodayPage() {
  const staff = await requireStaff();
  if (!can(staff.user.role, "request:read")) {
    // Editors and reporters see no personal data: their start page is their own work.
    return (
      <>
        <h1 className="text-3xl font-extrabold">Welkom, {staff.user.name}</h1>
        <p className="mt-4 text-lg">
          Je rol geeft geen toegang tot aanvragen van inwoners. Je werk vind je in het menu.
        </p>
      </>
    );
  }
  const today = await getToday(staff.actor);
  return (
    <>
      <h1 className="text-3xl font-extrabold">Vandaag</h1>
      <p className="mt-2 text-lg">{day.format(new Date())}</p>
      <Section
        title="Te laat"
        count={today.overdue.total}
        shown={today.overdue.items.length}
        more="/beheer/aanvragen?overdue=1"
        empty="Niemand wacht langer dan de termijn. Goed zo."
      >
        <RequestTable caption="Aanvragen waarvan de termijn voorbij is" rows={today.overdue.items} />
      </Section>
      <Section
        title="Bijna te laat (minder dan 4 uur)"
        count={today.dueSoon.total}
        empty="Geen aanvragen met minder dan 4 uur."
      >
        <RequestTable caption="Aanvragen met minder dan 4 uur" rows={today.dueSoon.items} />
      </Section>
      <Section
        title="Nieuw"
        count={today.new.total}
        shown={today.new.items.length}
        more="/beheer/aanvragen?status=NEW"
        empty="Geen nieuwe aanvragen."
      >
        <RequestTable caption="Nieuwe aanvragen" rows={today.new.items} />
      </Section>
      <Section
        title="Mijn opvolgingen"
        count={today.myFollowUps.total}
        empty="Je hebt vandaag geen opvolgingen."
      >
        <ul className="space-y-2">
          {today.myFollowUps.items.map((f) => (
            <li key={f.id}>
              <Link href={`/beheer/aanvragen/${f.request.id}`} className="text-brand-700 font-bold underline">
                {f.request.reference}
              </Link>{" "}
              · {f.request.person.firstName}
              {f.late ? <strong> · had al moeten gebeuren</strong> : null}
              {f.note ? <span> · {f.note}</span> : null}
            </li>
          ))}
        </ul>
      </Section>
      {today.volunteersAwaitingIntake ? (
        <Section
          title="Vrijwilligers die wachten op een kennismaking"
          count={today.volunteersAwaitingIntake.total}
          empty="Niemand wacht op een kennismakingsgesprek."
        >
          <ul className="space-y-1">
            {today.volunteersAwaitingIntake.items.map((v) => (
              <li key={v.id}>
                {v.firstName} {v.lastName}
                {v.neighbourhood ? ` · ${v.neighbourhood.name}` : ""}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {today.linkFollowUp ? <TodayLinkSections lists={today.linkFollowUp} Section={Section} /> : null}
    </>
  );
}
