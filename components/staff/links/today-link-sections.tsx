// The link follow-up on "Vandaag" (/beheer), for staff with "link:manage":
// volunteers' concerns (with a "Gezien" button that works without
// JavaScript), check-ins due, links without contact for 14 days, and
// volunteers who ask for a pause.
import Link from "next/link";
import type { ReactNode } from "react";
import { acknowledgeConcernAction } from "@/app/beheer/concern-actions";
import { labelFor } from "@/lib/validation/options";
import { CONCERN_CATEGORY_OPTIONS } from "@/lib/validation/volunteer-portal-schemas";
import type { LinkFollowUpToday, TodayLink } from "@/lib/volunteer-links/get-link-follow-up-today";
import { formatDay, formatMoment } from "../request-format";

const linkClass = "text-brand-700 font-bold underline";

export type TodaySection = (props: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) => ReactNode;

function RequestRef({ request }: { request: { id: string; reference: string } }) {
  return (
    <Link href={`/beheer/aanvragen/${request.id}`} className={linkClass}>
      {request.reference}
    </Link>
  );
}

function LinkRows({ links, detail }: { links: TodayLink[]; detail: (link: TodayLink) => string }) {
  return (
    <ul className="space-y-2">
      {links.map((link) => (
        <li key={link.id}>
          <RequestRef request={link.helpRequest} /> · {link.helpRequest.person.firstName} met{" "}
          {link.volunteer.firstName} {link.volunteer.lastName} · {detail(link)}
        </li>
      ))}
    </ul>
  );
}

export function TodayLinkSections({ lists, Section }: { lists: LinkFollowUpToday; Section: TodaySection }) {
  return (
    <>
      <Section
        id="zorgen"
        title="Zorgen van vrijwilligers"
        count={lists.concerns.total}
        empty="Geen nieuwe zorgen van vrijwilligers."
      >
        <ul className="space-y-4">
          {lists.concerns.items.map((c) => (
            <li key={c.id} className="rounded-md border-2 border-gray-400 bg-white p-3">
              <p>
                <strong>{labelFor(CONCERN_CATEGORY_OPTIONS, c.category)}</strong> · {c.volunteer.firstName}{" "}
                {c.volunteer.lastName} · {formatMoment(c.createdAt)}
                {c.helpRequest ? (
                  <>
                    {" "}
                    · <RequestRef request={c.helpRequest} />
                  </>
                ) : null}
              </p>
              <p className="mt-1">{c.body}</p>
              <form action={acknowledgeConcernAction} className="mt-2">
                <input type="hidden" name="concernId" value={c.id} />
                <button
                  type="submit"
                  className="bg-brand-700 min-h-11 rounded-md px-4 py-2 font-bold text-white"
                  aria-label={`Gezien: ${labelFor(CONCERN_CATEGORY_OPTIONS, c.category)}, ${c.volunteer.firstName} ${c.volunteer.lastName}`}
                >
                  Gezien
                </button>
              </form>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="opvolggesprekken"
        title="Opvolggesprekken"
        count={lists.checkInsDue.total}
        empty="Geen opvolggesprekken te doen."
      >
        <LinkRows
          links={lists.checkInsDue.items}
          detail={(l) => `gepland ${l.nextCheckInAt ? formatDay(l.nextCheckInAt) : ""}`}
        />
      </Section>
      <Section
        id="zonder-contact"
        title="Koppelingen zonder contact (14 dagen)"
        count={lists.noContact.total}
        empty="Bij elke lopende koppeling is de laatste 14 dagen contact genoteerd."
      >
        <LinkRows
          links={lists.noContact.items}
          detail={(l) =>
            l.lastContactAt ? `laatste contact ${formatDay(l.lastContactAt)}` : "nog geen contact genoteerd"
          }
        />
      </Section>
      <Section
        id="pauze"
        title="Vrijwilligers die een pauze vragen"
        count={lists.pauseRequests.total}
        empty="Niemand vraagt een pauze."
      >
        <ul className="space-y-2">
          {lists.pauseRequests.items.map((v) => (
            <li key={v.id}>
              <Link href={`/beheer/vrijwilligers/${v.id}`} className={linkClass}>
                {v.firstName} {v.lastName}
              </Link>
              {v.pauseRequestedAt ? ` · gevraagd op ${formatDay(v.pauseRequestedAt)}` : ""}
              {v.pauseRequestNote ? ` · ${v.pauseRequestNote}` : ""}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
