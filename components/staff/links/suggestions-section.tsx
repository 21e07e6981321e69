// "Koppelen aan een zorgzame buur" on a request's page: the ranked
// suggestions with their reasons, the form to propose one, and who was left
// out and why. Only for staff with "link:manage"; loads its own data (the
// staff member comes from the page's cached session).
import { proposeLinkAction } from "@/app/beheer/aanvragen/[id]/link-actions";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { isOpenStatus } from "@/lib/help-requests/lifecycle";
import { needName } from "@/lib/matching/explain-match";
import { suggestVolunteers } from "@/lib/matching/suggest-volunteers";
import { ProposeLinkForm } from "./suggestions-form";

export async function LinkSuggestions({
  requestId,
  status,
}: {
  requestId: string;
  status: HelpRequestStatus;
}) {
  const staff = await getCurrentStaff();
  if (!staff || !can(staff.user.role, "link:manage") || !isOpenStatus(status)) return null;
  const result = await suggestVolunteers(staff.actor, requestId, { withExclusions: true });
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
              name: [s.volunteer.firstName, s.volunteer.lastName].filter(Boolean).join(" "),
              explanation: s.explanation,
            }))}
            activities={result.request.needs.map((n) => ({ value: n, label: needName(n) }))}
          />
        </>
      )}
      {result.allowed && result.excluded.length > 0 ? (
        <details className="mt-4 rounded-md border-2 border-gray-400 bg-white">
          <summary className="hover:bg-brand-50 flex min-h-11 cursor-pointer items-center px-4 py-2 text-lg font-bold">
            Niet voorgesteld ({result.excludedCount}) en waarom
          </summary>
          <ul className="space-y-1 border-t-2 border-gray-300 p-4 text-lg">
            {result.excluded.map((e) => (
              <li key={e.volunteer.id}>
                <strong>{[e.volunteer.firstName, e.volunteer.lastName].filter(Boolean).join(" ")}</strong>:{" "}
                {e.explanation}
              </li>
            ))}
            {result.excludedCount > result.excluded.length ? (
              <li>En nog {result.excludedCount - result.excluded.length} anderen.</li>
            ) : null}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
