// Whether a request may be linked to a volunteer now, and if not why, in
// Dutch for staff. Pure: the suggestions (to explain an empty list) and
// propose-link (to refuse) read the same rule.
//
// - ASSESSED: the first link makes it LINKED.
// - LINKED, REFERRED, FOLLOW_UP: another link is recorded, the status stays
//   (as lib/help-requests/lifecycle.ts says for a second link or referral).
// - Before the assessment: assess first (needs are what the matching uses).
// - About someone else: only once that person agreed.
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { hasSubjectConsent, MESSAGES, type RequestState } from "@/lib/help-requests/lifecycle";

const LINKABLE: readonly HelpRequestStatus[] = ["ASSESSED", "LINKED", "REFERRED", "FOLLOW_UP"];

export const MATCH_REFUSALS = {
  consent:
    "Vraag eerst toestemming aan de persoon zelf. Zonder toestemming geven we niets door aan een vrijwilliger.",
  anonymised: "De gegevens van deze aanvraag zijn al gewist. Er kan niets meer aan veranderen.",
  noNeeds: "Kies eerst in de inschatting wat zou helpen. Daarna zoeken we een vrijwilliger die dat doet.",
} as const;

export function linkRefusal(
  request: RequestState & { anonymisedAt: Date | null; needs?: readonly string[] },
): string | null {
  if (request.anonymisedAt) return MATCH_REFUSALS.anonymised;
  if (request.status === "CLOSED") return MESSAGES.closed;
  if (request.status === "WITHDRAWN") return MESSAGES.withdrawn;
  if (!LINKABLE.includes(request.status)) return MESSAGES.assessFirst;
  if (!hasSubjectConsent(request)) return MATCH_REFUSALS.consent;
  if (request.needs && request.needs.length === 0) return MATCH_REFUSALS.noNeeds;
  return null;
}

/** The status after a link is proposed: ASSESSED becomes LINKED, the rest stays. */
export function statusAfterLink(status: HelpRequestStatus): HelpRequestStatus {
  return status === "ASSESSED" ? "LINKED" : status;
}
