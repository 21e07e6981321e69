// The read-only parts of a volunteer's page (/beheer/vrijwilligers/[id]):
// who they are and how to reach them, what they offer, their load and links,
// their history and the coaching notes.
import Link from "next/link";
import type { VolunteerEventType } from "@/lib/generated/prisma/enums";
import { labelFor, NEED_OPTIONS, VOLUNTEER_ACTIVITY_OPTIONS } from "@/lib/validation/options";
import { TRAVEL_RANGE_OPTIONS } from "@/lib/validation/staff-volunteer-schemas";
import { LINK_STATUS_LABELS } from "@/lib/volunteer-links/lifecycle";
import type { VolunteerDetail } from "@/lib/volunteers/get-volunteer-detail";
import { VOLUNTEER_STATUS_LABELS } from "@/lib/volunteers/lifecycle";
import { DetailSection as Section, detailLinkClass, Email, Facts, Phone } from "../detail-parts";
import { formatDay, formatMoment } from "../request-format";
import { availabilityText, describeLoad, languageNames } from "./volunteer-format";

const EVENT_LABELS: Readonly<Record<VolunteerEventType, string>> = {
  APPLIED: "Aangemeld",
  INTAKE_PLANNED: "Intake gepland",
  INTAKE_DONE: "Intake gedaan",
  SCREENED: "Gescreend",
  STATUS_CHANGED: "Status gewijzigd",
  PROFILE_UPDATED: "Profiel aangepast",
  PAUSE_REQUESTED: "Vraagt een pauze",
  NOTE: "Notitie",
};

const linkClass = detailLinkClass;

export function VolunteerHeader({ v }: { v: VolunteerDetail }) {
  return (
    <header>
      <h1 className="text-3xl font-extrabold">
        {v.firstName} {v.lastName}
      </h1>
      <p className="mt-2 text-xl">
        Status: <strong>{VOLUNTEER_STATUS_LABELS[v.status]}</strong> ·{" "}
        {describeLoad(v.load, v.maxActiveLinks)}
      </p>
      {v.pauseRequestedAt ? (
        <p className="border-accent-700 mt-4 rounded-md border-4 bg-white p-4 text-lg">
          <strong>Vraagt een pauze</strong> sinds {formatMoment(v.pauseRequestedAt)}
          {v.pauseRequestNote ? `: “${v.pauseRequestNote}”` : "."}
        </p>
      ) : null}
    </header>
  );
}

export function VolunteerProfile({ v }: { v: VolunteerDetail }) {
  return (
    <Section title="Gegevens en profiel" id="profiel-titel">
      <Facts
        items={[
          ["Telefoon", v.phoneE164 ? <Phone e164={v.phoneE164} /> : null],
          ["E-mail", v.email ? <Email address={v.email} /> : null],
          ["Wijk", v.neighbourhood?.name ?? "Onbekend"],
          ["Hoe ver", labelFor(TRAVEL_RANGE_OPTIONS, v.travelRange)],
          ["Wil doen", v.activities.map((a) => labelFor(VOLUNTEER_ACTIVITY_OPTIONS, a) ?? a).join(", ")],
          ["Talen", languageNames(v.languages)],
          ["Beschikbaar", availabilityText(v.availability)],
          ["Koppelingen", describeLoad(v.load, v.maxActiveLinks)],
          ["Motivatie", v.motivation],
          ["Aangemeld", formatDay(v.createdAt)],
          ["Intake", v.intakeAt ? formatMoment(v.intakeAt) : null],
          ["Uitkomst intake", v.intakeOutcome],
          ["Uittreksel (model 2)", v.conductCertificateOn ? formatDay(v.conductCertificateOn) : null],
          ["Actief sinds", v.activatedAt ? formatDay(v.activatedAt) : null],
          ["Laatste koppeling", v.lastLinkedAt ? formatDay(v.lastLinkedAt) : null],
          [
            "Gestopt",
            v.stoppedAt ? `${formatDay(v.stoppedAt)}${v.stopReason ? `: ${v.stopReason}` : ""}` : null,
          ],
        ]}
      />
    </Section>
  );
}

export function VolunteerLinks({ v }: { v: VolunteerDetail }) {
  return (
    <Section title="Koppelingen" id="koppelingen-titel">
      {v.links.length === 0 ? (
        <p className="text-lg">Nog geen koppelingen.</p>
      ) : (
        <ul className="space-y-2 text-lg">
          {v.links.map((l) => (
            <li key={l.id}>
              <Link href={`/beheer/aanvragen/${l.helpRequest.id}`} className={`${linkClass} font-mono`}>
                {l.helpRequest.reference}
              </Link>{" "}
              · {labelFor(NEED_OPTIONS, l.activity)} · {LINK_STATUS_LABELS[l.status]}
              {l.plan ? <span className="block text-base">{l.plan}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function VolunteerHistory({ v }: { v: VolunteerDetail }) {
  return (
    <Section title="Geschiedenis" id="geschiedenis-titel">
      {v.events.length === 0 ? (
        <p className="text-lg">Nog niets gebeurd.</p>
      ) : (
        <ol className="space-y-3 text-lg">
          {v.events.map((e) => (
            <li key={e.id} className="border-l-4 border-gray-300 pl-4">
              <p>
                <time dateTime={e.occurredAt.toISOString()}>{formatMoment(e.occurredAt)}</time> ·{" "}
                <strong>{EVENT_LABELS[e.type]}</strong>
                {e.toStatus ? ` → ${VOLUNTEER_STATUS_LABELS[e.toStatus]}` : ""}
                {e.actorStaff
                  ? ` · ${e.actorStaff.name}`
                  : e.type === "PAUSE_REQUESTED"
                    ? " · de vrijwilliger"
                    : ""}
              </p>
              {e.note ? <p className="text-base">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

export function VolunteerNotes({ v }: { v: VolunteerDetail }) {
  return (
    <Section title="Coachingsnotities" id="notities-titel">
      {v.notes.length === 0 ? (
        <p className="text-lg">Nog geen notities.</p>
      ) : (
        <ul className="space-y-3 text-lg">
          {v.notes.map((n) => (
            <li key={n.id} className="border-l-4 border-gray-300 pl-4">
              <p className="text-base">
                <time dateTime={n.createdAt.toISOString()}>{formatMoment(n.createdAt)}</time>
                {n.author ? ` · ${n.author.name}` : ""}
              </p>
              <p className="whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
