// The read-only parts of a request's page (/beheer/aanvragen/[id]): who asked
// and how to reach them, what would help, one timeline of everything that
// happened, and the referrals, follow-ups and loneliness measurements.
import type { ReactNode } from "react";
import type { RequestDetail } from "@/lib/help-requests/get-request-detail";
import { STATUS_LABELS } from "@/lib/help-requests/lifecycle";
import { telHref } from "@/lib/content/tel-href";
import {
  AGE_GROUP_OPTIONS,
  CHANNEL_OPTIONS,
  CLOSE_OUTCOME_OPTIONS,
  CONTACT_TIME_OPTIONS,
  LANGUAGE_OPTIONS,
  LONELINESS_TYPE_OPTIONS,
  NEED_OPTIONS,
  SUBJECT_AWARENESS_OPTIONS,
  SUBJECT_CONSENT_OPTIONS,
  TIMELINE_EVENT_LABELS,
  URGENCY_OPTIONS,
  labelFor,
} from "@/lib/validation/options";
import { DeadlineBadge } from "./deadline-badge";
import { DetailSection as Section, detailLinkClass, Email, Facts, Phone } from "./detail-parts";
import { RequestLinks } from "./links/request-links";
import { LinkSuggestions } from "./links/suggestions-section";
import { formatDay, formatMoment } from "./request-format";

const linkClass = detailLinkClass;

function When({ at, children }: { at: Date; children?: ReactNode }) {
  return <time dateTime={at.toISOString()}>{children ?? formatMoment(at)}</time>;
}

// ───────────────────────────── Header ─────────────────────────────

export function RequestHeader({ detail }: { detail: RequestDetail }) {
  return (
    <header>
      <p className="text-lg">Aanvraag</p>
      <h1 className="font-mono text-3xl font-extrabold">{detail.reference}</h1>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-lg">
        <span className="inline-block rounded border-2 border-gray-600 px-2 py-0.5 font-bold">
          <span className="sr-only">Status: </span>
          {STATUS_LABELS[detail.status]}
        </span>
        <DeadlineBadge deadline={detail.deadline} />
      </div>
      <div className="mt-4">
        <Facts
          items={[
            ["Kanaal", labelFor(CHANNEL_OPTIONS, detail.channel)],
            ["Ontvangen", <When key="r" at={detail.receivedAt} />],
            ["Bellen vóór", <When key="d" at={detail.dueAt} />],
            [
              "Eerste contact",
              detail.firstContactAt ? <When key="f" at={detail.firstContactAt} /> : "Nog niet",
            ],
            ["Opgevolgd door", detail.assignee?.name ?? "Niemand"],
            ["Geregistreerd door", detail.createdBy?.name],
            [
              "Afgesloten",
              detail.closedAt ? (
                <span key="c">
                  <When at={detail.closedAt} />
                  {detail.closeOutcome ? ` · ${labelFor(CLOSE_OUTCOME_OPTIONS, detail.closeOutcome)}` : ""}
                  {detail.closeNote ? ` · ${detail.closeNote}` : ""}
                </span>
              ) : null,
            ],
          ]}
        />
      </div>
    </header>
  );
}

// ───────────────────────────── People ─────────────────────────────

export function RequestPeople({ detail }: { detail: RequestDetail }) {
  const { person, reporter } = detail;
  if (detail.anonymisedAt) {
    return (
      <Section id="persoon" title="Persoon">
        <p className="text-lg">
          De persoonsgegevens van deze aanvraag zijn gewist op {formatDay(detail.anonymisedAt)}. De cijfers
          blijven bewaard.
        </p>
      </Section>
    );
  }
  const neighbourhood = detail.neighbourhood?.name ?? person.neighbourhood?.name ?? null;
  const address = [person.streetAddress, person.postalCode].filter(Boolean).join(", ");
  const forOther = detail.requestFor === "SOMEONE_ELSE";
  return (
    <div className="mt-8 grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="persoon" className="rounded-md border-2 border-gray-400 p-4">
        <h2 id="persoon" className="mb-3 text-2xl font-bold">
          Wie hulp nodig heeft
        </h2>
        <Facts
          items={[
            ["Naam", [person.firstName, person.lastName].filter(Boolean).join(" ")],
            ["Telefoon", person.phoneE164 ? <Phone key="p" e164={person.phoneE164} /> : null],
            ["E-mail", person.email ? <Email key="e" address={person.email} /> : null],
            ["Wijk", neighbourhood],
            ["Adres", address],
            ["Taal", labelFor(LANGUAGE_OPTIONS, detail.language) ?? detail.language],
            ["Bellen", labelFor(CONTACT_TIME_OPTIONS, detail.bestTimeToCall)],
            ["Leeftijd", labelFor(AGE_GROUP_OPTIONS, detail.ageGroup)],
          ]}
        />
        {!person.phoneE164 && !person.email ? (
          <p className="mt-2 text-lg">Geen telefoon of e-mail van de persoon zelf.</p>
        ) : null}
      </section>
      {reporter ? (
        <section aria-labelledby="melder" className="rounded-md border-2 border-gray-400 p-4">
          <h2 id="melder" className="mb-3 text-2xl font-bold">
            {forOther ? "Wie de vraag doorgaf" : "Contactpersoon bij de partner"}
          </h2>
          <Facts
            items={[
              ["Naam", [reporter.firstName, reporter.lastName].filter(Boolean).join(" ")],
              ["Relatie", reporter.relation],
              ["Organisatie", reporter.organisation?.name],
              ["Telefoon", reporter.phoneE164 ? <Phone key="p" e164={reporter.phoneE164} /> : null],
              ["E-mail", reporter.email ? <Email key="e" address={reporter.email} /> : null],
              [
                "Weet de persoon het?",
                forOther ? labelFor(SUBJECT_AWARENESS_OPTIONS, detail.subjectAwareness) : null,
              ],
              ["Toestemming", forOther ? labelFor(SUBJECT_CONSENT_OPTIONS, detail.subjectConsent) : null],
              [
                "Verwittigd",
                detail.referrerNotifiedAt ? (
                  <span key="n">
                    &lsquo;Contact gelegd&rsquo; gemaild op <When at={detail.referrerNotifiedAt} />
                  </span>
                ) : null,
              ],
            ]}
          />
          {forOther && !detail.mayShare ? (
            <p className="mt-3 rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-lg">
              De persoon heeft nog niet ingestemd. Geef niets door aan een vrijwilliger of organisatie.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

export function RequestNeeds({ detail, showLeftOut }: { detail: RequestDetail; showLeftOut: boolean }) {
  return (
    <Section id="vraag" title="De vraag">
      <Facts
        items={[
          [
            "Wat zou helpen",
            detail.needs.map((n) => labelFor(NEED_OPTIONS, n)).join(", ") || "Nog niet gekozen",
          ],
          [
            "Wat speelt er",
            detail.lonelinessTypes.map((t) => labelFor(LONELINESS_TYPE_OPTIONS, t)).join(", "),
          ],
          ["Dringend", labelFor(URGENCY_OPTIONS, detail.urgency)],
        ]}
      />
      {detail.message ? (
        <figure className="mt-4 max-w-3xl">
          <figcaption className="text-lg font-bold">Bericht</figcaption>
          <blockquote className="border-brand-700 mt-1 border-l-4 pl-4 text-lg whitespace-pre-line">
            {detail.message}
          </blockquote>
        </figure>
      ) : null}
      <RequestLinks requestId={detail.id} status={detail.status} />
      <LinkSuggestions requestId={detail.id} status={detail.status} showLeftOut={showLeftOut} />
    </Section>
  );
}

// ───────────────────────────── Timeline ─────────────────────────────

type TimelineItem = RequestDetail["timeline"][number];

function actorOf(event: TimelineItem, detail: RequestDetail): string {
  if (event.actorStaff) return event.actorStaff.name;
  if (event.actorVolunteer) return `${event.actorVolunteer.firstName} (vrijwilliger)`;
  if (event.type === "RECEIVED") return detail.channel === "WEBSITE" ? "Via de website" : "Tezamen";
  return "Automatisch";
}

function dataOf(event: TimelineItem): Record<string, unknown> {
  return event.data && typeof event.data === "object" && !Array.isArray(event.data)
    ? (event.data as Record<string, unknown>)
    : {};
}

/** What the structured data of an event adds in words (with whom, on time, the scores). */
function details(event: TimelineItem): string[] {
  const data = dataOf(event);
  const out: string[] = [];
  if (event.type === "FIRST_CONTACT") {
    out.push(data.contactWith === "REPORTER" ? "Met wie de vraag doorgaf" : "Met de persoon zelf");
    if (data.onTime === true) out.push("binnen de termijn");
    if (data.onTime === false) out.push("na de termijn");
  }
  if (event.type === "ASSESSED" && typeof data.urgency === "string") {
    out.push(`Dringend: ${labelFor(URGENCY_OPTIONS, data.urgency as never) ?? data.urgency}`);
  }
  const score = data.lonelinessScore as { total?: number } | null | undefined;
  if (score && typeof score.total === "number") out.push(`Eenzaamheidsscore ${score.total} van 6`);
  return out;
}

export function RequestTimeline({ detail }: { detail: RequestDetail }) {
  // Newest first: what just happened sits right under the actions.
  const events = [...detail.timeline].reverse();
  return (
    <Section id="tijdlijn" title="Tijdlijn (nieuwste eerst)">
      {events.length === 0 ? (
        <p className="text-lg">Nog niets gebeurd.</p>
      ) : (
        <ol className="border-brand-700 ml-2 space-y-4 border-l-4 pl-5">
          {events.map((event) => {
            const extra = details(event);
            return (
              <li key={event.id}>
                <p className="text-lg">
                  <strong>{TIMELINE_EVENT_LABELS[event.type]}</strong>
                  {event.fromStatus && event.toStatus ? (
                    <span>
                      {" "}
                      · {STATUS_LABELS[event.fromStatus]} → {STATUS_LABELS[event.toStatus]}
                    </span>
                  ) : null}
                </p>
                <p className="text-muted text-base">
                  <When at={event.occurredAt} /> · {actorOf(event, detail)}
                </p>
                {extra.length > 0 ? <p className="text-base">{extra.join(" · ")}</p> : null}
                {event.note ? (
                  <p className="mt-1 max-w-3xl text-lg whitespace-pre-line">{event.note}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}

// ───────────────────── Referrals, follow-ups, measurements ─────────────────────

export function RequestReferrals({ detail }: { detail: RequestDetail }) {
  // Links have their own panel (RequestLinks).
  if (detail.referrals.length === 0) return null;
  return (
    <Section id="doorverwijzingen" title="Doorverwijzingen">
      <ul className="space-y-3 text-lg">
        {detail.referrals.map((r) => (
          <li key={r.id}>
            <strong>{r.organisation.name}</strong>
            {r.offer ? ` · ${r.offer.title}` : ""}
            <span className="text-muted block text-base">
              <When at={r.createdAt} />
              {r.createdBy ? ` · ${r.createdBy.name}` : ""}
            </span>
            {r.organisation.phone ? (
              <span className="block">
                <a href={telHref(r.organisation.phone)} className={linkClass}>
                  {r.organisation.phone}
                </a>
              </span>
            ) : null}
            {r.note ? <span className="block">{r.note}</span> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function RequestFollowUps({ detail }: { detail: RequestDetail }) {
  if (detail.followUps.length === 0) return null;
  return (
    <Section id="opvolgingen" title="Opvolgingen">
      <ul className="space-y-3 text-lg">
        {detail.followUps.map((f) => (
          <li key={f.id}>
            <strong>
              <When at={f.dueAt} />
            </strong>
            {f.assignee ? ` · ${f.assignee.name}` : ""} ·{" "}
            {f.doneAt ? (
              <span>
                afgerond op <When at={f.doneAt} />
              </span>
            ) : (
              <span>nog te doen</span>
            )}
            {f.note ? <span className="block">{f.note}</span> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function RequestMeasurements({ detail }: { detail: RequestDetail }) {
  if (detail.measurements.length === 0) return null;
  return (
    <Section id="metingen" title="Eenzaamheid gemeten (De Jong Gierveld)">
      <p className="mb-3 text-lg">Hoe hoger de score, hoe eenzamer de persoon zich voelt.</p>
      {/* A scroll box on a narrow screen: focusable so it scrolls by keyboard. */}
      {}
      <div className="relative overflow-x-auto" role="region" aria-labelledby="metingen" tabIndex={0}>
        <table className="w-full min-w-[32rem] border-collapse text-left text-lg">
          <thead>
            <tr className="border-ink border-b-2">
              <th scope="col" className="py-2 pr-3">
                Wanneer
              </th>
              <th scope="col" className="py-2 pr-3">
                Emotioneel (0–3)
              </th>
              <th scope="col" className="py-2 pr-3">
                Sociaal (0–3)
              </th>
              <th scope="col" className="py-2 pr-3">
                Totaal (0–6)
              </th>
              <th scope="col" className="py-2">
                Door
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.measurements.map((m) => (
              <tr key={m.id} className="border-b border-gray-300">
                <td className="py-2 pr-3">
                  <When at={m.takenAt} />
                </td>
                <td className="py-2 pr-3">{m.emotionalScore}</td>
                <td className="py-2 pr-3">{m.socialScore}</td>
                <td className="py-2 pr-3 font-bold">{m.emotionalScore + m.socialScore}</td>
                <td className="py-2">{m.recordedBy?.name ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
