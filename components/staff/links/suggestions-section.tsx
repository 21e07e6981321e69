// "Koppelen aan een zorgzame buur" on a request's page: the ranked
// suggestions with their reasons, the form to propose one, and, on demand,
// who was left out and why. Only for staff with "link:manage"; loads its own
// data (the staff member comes from the page's cached session).
import Link from "next/link";
import { proposeLinkAction } from "@/app/beheer/aanvragen/[id]/link-actions";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { isOpenStatus } from "@/lib/help-requests/lifecycle";
import { needName } from "@/lib/matching/explain-match";
import { suggestVolunteers, type SuggestResult } from "@/lib/matching/suggest-volunteers";
import { ProposeLinkForm } from "./suggestions-form";

/** `?uitleg=niet-voorgesteld` opens who was left out and why: a plain link, so it works without JavaScript. */
const LEFT_OUT = { param: "uitleg", value: "niet-voorgesteld", id: "niet-voorgesteld" } as const;

/** Whether the page's search params ask for the left-out list (see LEFT_OUT). */
export function asksLeftOut(searchParams: Readonly<Record<string, string | string[] | undefined>>): boolean {
  return searchParams[LEFT_OUT.param] === LEFT_OUT.value;
}

const fullName = (v: { firstName: string; lastName?: string }) =>
  [v.firstName, v.lastName].filter(Boolean).join(" ");

const linkClass = "text-brand-700 inline-flex min-h-11 items-center text-lg underline underline-offset-4";

export async function LinkSuggestions({
  requestId,
  status,
  showLeftOut,
}: {
  requestId: string;
  status: HelpRequestStatus;
  /** Who was left out costs a second query over every candidate: only when asked. */
  showLeftOut: boolean;
}) {
  const staff = await getCurrentStaff();
  if (!staff || !can(staff.user.role, "link:manage") || !isOpenStatus(status)) return null;
  const result = await suggestVolunteers(staff.actor, requestId, { withExclusions: showLeftOut });
  return (
    <section aria-labelledby="koppelen-aan-buur" className="mt-8">
      <h3 id="koppelen-aan-buur" className="mb-3 text-xl font-bold">
        Koppelen aan een zorgzame buur
      </h3>
      {!result.allowed ? (
        <p className="text-lg">{result.reason}</p>
      ) : result.suggestions.length === 0 ? (
        <p className="text-lg">
          Er is nu geen vrijwilliger die past: niemand die actief en gescreend is, plaats heeft, doet wat
          gevraagd wordt en tot in deze wijk gaat.
        </p>
      ) : (
        <>
          <p className="mb-4 text-lg">
            {result.eligibleCount === 1
              ? "1 vrijwilliger past."
              : `${result.eligibleCount} vrijwilligers passen.`}
            {result.eligibleCount > result.suggestions.length
              ? ` Hier staan de ${result.suggestions.length} beste.`
              : ""}
          </p>
          <ProposeLinkForm
            action={proposeLinkAction}
            requestId={requestId}
            primary={status === "ASSESSED"}
            suggestions={result.suggestions.map((s) => ({
              volunteerId: s.volunteer.id,
              name: fullName(s.volunteer),
              explanation: s.explanation,
            }))}
            activities={result.request.needs.map((n) => ({ value: n, label: needName(n) }))}
          />
        </>
      )}
      {!result.allowed ? null : showLeftOut ? (
        <LeftOut requestId={requestId} result={result} />
      ) : (
        <p className="mt-4">
          <Link
            href={`/beheer/aanvragen/${requestId}?${LEFT_OUT.param}=${LEFT_OUT.value}#${LEFT_OUT.id}`}
            className={linkClass}
          >
            Bekijk wie niet voorgesteld werd en waarom
          </Link>
        </p>
      )}
    </section>
  );
}

/** The active volunteers who do what is asked but were left out, nearest first, with the reason. */
function LeftOut({
  requestId,
  result,
}: {
  requestId: string;
  result: Extract<SuggestResult, { allowed: true }>;
}) {
  const { excluded, excludedCount } = result;
  return (
    <section
      id={LEFT_OUT.id}
      aria-labelledby={`${LEFT_OUT.id}-titel`}
      className="mt-4 rounded-md border-2 border-gray-400 bg-white p-4"
    >
      <h4 id={`${LEFT_OUT.id}-titel`} className="mb-2 text-lg font-bold">
        Niet voorgesteld ({excludedCount}) en waarom
      </h4>
      {excludedCount === 0 ? (
        <p className="text-lg">Niemand: elke actieve vrijwilliger die doet wat gevraagd wordt, past.</p>
      ) : (
        <>
          <p className="mb-2 text-lg">
            Actieve vrijwilligers die doen wat gevraagd wordt, maar nu niet passen. Wie het dichtst woont,
            staat eerst.
          </p>
          <ul className="space-y-1 text-lg">
            {excluded.map((e) => (
              <li key={e.volunteer.id}>
                <strong>{fullName(e.volunteer)}</strong>: {e.explanation}
              </li>
            ))}
            {excludedCount > excluded.length ? (
              <li>En nog {excludedCount - excluded.length} anderen.</li>
            ) : null}
          </ul>
        </>
      )}
      <p className="mt-2">
        <Link href={`/beheer/aanvragen/${requestId}#koppelen-aan-buur`} className={linkClass}>
          Verberg wie niet voorgesteld werd
        </Link>
      </p>
    </section>
  );
}
