// "Koppelingen" on a request's page: each link with the volunteer (staff may
// see the full name), status, activity, the plan with what was due and done
// per week, the last contact, and the forms the link's status allows. Only
// for staff with "link:manage"; loads its own data.
import {
  endLinkAction,
  logLinkContactAction,
  recordCheckInAction,
  respondToLinkAction,
  startLinkAction,
} from "@/app/beheer/aanvragen/[id]/link-actions";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { isOpenStatus } from "@/lib/help-requests/lifecycle";
import { needName } from "@/lib/matching/explain-match";
import { labelFor } from "@/lib/validation/options";
import { LINK_CONTACT_KIND_OPTIONS } from "@/lib/validation/link-follow-up-schemas";
import { LINK_STATUS_LABELS } from "@/lib/volunteer-links/lifecycle";
import type { LinkPlan } from "@/lib/volunteer-links/link-plan";
import { listRequestLinks, type RequestLink } from "@/lib/volunteer-links/list-request-links";
import { formatDay, formatMoment } from "../request-format";
import {
  EndLinkForm,
  LogLinkContactForm,
  RecordCheckInForm,
  RespondToLinkForm,
  StartLinkForm,
} from "./request-links-forms";

export async function RequestLinks({ requestId, status }: { requestId: string; status: HelpRequestStatus }) {
  const staff = await getCurrentStaff();
  if (!staff || !can(staff.user.role, "link:manage")) return null;
  const links = await listRequestLinks(staff.actor, requestId);
  if (links.length === 0) return null;
  const open = isOpenStatus(status);
  return (
    <section aria-labelledby="koppelingen" className="mt-8">
      <h3 id="koppelingen" className="mb-3 text-xl font-bold">
        Koppelingen
      </h3>
      <ul className="space-y-6">
        {links.map((link) => (
          <li key={link.id} className="rounded-md border-2 border-gray-400 bg-white p-4">
            <LinkSummary link={link} />
            <LinkForms link={link} requestOpen={open} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function LinkSummary({ link }: { link: RequestLink }) {
  const last = link.contacts[0];
  return (
    <>
      <h4 className="text-lg font-bold">
        {link.volunteer.firstName} {link.volunteer.lastName} · {LINK_STATUS_LABELS[link.status]}
      </h4>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">Wat</dt>
        <dd>
          {needName(link.activity)}
          {link.plan ? ` · ${link.plan}` : ""}
        </dd>
        <dt className="font-bold">Voorgesteld</dt>
        <dd>{formatDay(link.proposedAt)}</dd>
        {link.startedAt ? (
          <>
            <dt className="font-bold">Gestart</dt>
            <dd>{formatDay(link.startedAt)}</dd>
          </>
        ) : null}
        <dt className="font-bold">Laatste contact</dt>
        <dd>
          {last
            ? `${labelFor(LINK_CONTACT_KIND_OPTIONS, last.kind) ?? last.kind} · ${formatMoment(last.occurredAt)}`
            : "Nog geen contact genoteerd"}
        </dd>
        {link.status === "ACTIVE" && link.nextCheckInAt ? (
          <>
            <dt className="font-bold">Volgend opvolggesprek</dt>
            <dd>{formatDay(link.nextCheckInAt)}</dd>
          </>
        ) : null}
        {link.endedAt ? (
          <>
            <dt className="font-bold">Beëindigd</dt>
            <dd>
              {formatDay(link.endedAt)}
              {link.endReason ? ` · ${link.endReason}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <PlanProgress progress={link.progress} />
    </>
  );
}

function PlanProgress({ progress }: { progress: LinkPlan }) {
  if (progress.kind === "ONE_OFF") {
    return <p className="mt-2">Eén keer · {progress.done ? "gedaan" : "nog niet gedaan"}</p>;
  }
  if (!progress.planned) return <p className="mt-2">Terugkerend · nog geen plan per week.</p>;
  return (
    <table className="mt-3 border-collapse text-left">
      <caption className="text-left font-bold">
        Plan per week: {progress.totalDone} van {progress.totalDue} contacten
        {progress.finished ? " · plan afgelopen" : ""}
      </caption>
      <thead>
        <tr>
          {["Week", "Vanaf", "Gepland", "Gedaan"].map((name) => (
            <th key={name} scope="col" className="border border-gray-400 px-2 py-1">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {progress.weeks.map((week) => (
          <tr key={week.number}>
            <th scope="row" className="border border-gray-400 px-2 py-1">
              {week.number}
              {week.when === "current" ? " (nu)" : ""}
            </th>
            <td className="border border-gray-400 px-2 py-1">{formatDay(week.startsAt)}</td>
            <td className="border border-gray-400 px-2 py-1">{week.due}</td>
            <td className="border border-gray-400 px-2 py-1">
              {week.when === "future" ? "–" : week.done}
              {week.when === "past" && week.done < week.due ? " (te weinig)" : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Only the steps the link's status allows; on a closed request only the end. */
function LinkForms({ link, requestOpen }: { link: RequestLink; requestOpen: boolean }) {
  const s = link.status;
  if (s === "ENDED" || s === "DECLINED") return null;
  return (
    <div className="mt-4">
      {requestOpen && s === "PROPOSED" ? (
        <RespondToLinkForm action={respondToLinkAction} linkId={link.id} />
      ) : null}
      {requestOpen && s === "ACCEPTED" ? <StartLinkForm action={startLinkAction} linkId={link.id} /> : null}
      {requestOpen && s !== "PROPOSED" ? (
        <LogLinkContactForm action={logLinkContactAction} linkId={link.id} />
      ) : null}
      {requestOpen && s === "ACTIVE" ? (
        <RecordCheckInForm action={recordCheckInAction} linkId={link.id} />
      ) : null}
      <EndLinkForm action={endLinkAction} linkId={link.id} />
    </div>
  );
}
