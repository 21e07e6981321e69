// Which caring neighbours fit a request, best first, and why: a pure,
// deterministic function (no database, no clock: `now` is given), so the
// coordinator's page, the benchmark and the unit tests all run the same rules.
//
// Eligible: ACTIVE, screened (certificate of good conduct recorded), below
// their maximum of links (LOAD_STATUSES), offering at least one needed
// activity, and willing to travel to the request's neighbourhood.
// Ranked by: neighbourhood (same > adjacent > further), shared language,
// overlapping availability (only when the request has a preferred time),
// lower load; among equals the one who has waited longest since their last
// link (never linked: since they became active) comes first, then by id.
import type { AvailabilitySlot, ContactTime, Need, TravelRange } from "@/lib/generated/prisma/enums";
import { explainExclusion, explainSuggestion } from "./explain-match";

// The shapes live in match-types.ts (explain-match.ts needs them too); callers import them from here.
export type * from "./match-types";
import type {
  Adjacency,
  Distance,
  Exclusion,
  ExclusionReason,
  MatchCandidate,
  MatchRequest,
  Suggestion,
} from "./match-types";

export interface RankInput {
  request: MatchRequest;
  candidates: readonly MatchCandidate[];
  adjacency: Adjacency;
  now: Date;
  /** At most this many suggestions (all when left out). */
  limit?: number;
  /** Also return who was left out and why. */
  withExclusions?: boolean;
}

export interface RankResult {
  suggestions: Suggestion[];
  /** How many could be suggested in all (before the limit). */
  eligibleCount: number;
  excluded: Exclusion[];
}

const DISTANCE_ORDER: Readonly<Record<Distance, number>> = { SAME: 0, ADJACENT: 1, FURTHER: 2, UNKNOWN: 2 };

export function distanceBetween(
  volunteerHood: string | null,
  requestHood: string | null,
  adjacency: Adjacency,
): Distance {
  if (!volunteerHood || !requestHood) return "UNKNOWN";
  if (volunteerHood === requestHood) return "SAME";
  return adjacency.get(volunteerHood)?.has(requestHood) ? "ADJACENT" : "FURTHER";
}

/**
 * Whether a volunteer's travel range reaches the request. A request without
 * a neighbourhood can't be placed, so it doesn't exclude anyone; a volunteer
 * without one only fits when they go anywhere in the city.
 */
export function withinRange(range: TravelRange, distance: Distance, requestHood: string | null): boolean {
  if (range === "WHOLE_CITY" || !requestHood) return true;
  if (distance === "SAME") return true;
  return range === "ADJACENT_NEIGHBOURHOODS" && distance === "ADJACENT";
}

export function isScreened(v: Pick<MatchCandidate, "screenedAt" | "conductCertificateOn">): boolean {
  return v.screenedAt !== null && v.conductCertificateOn !== null;
}

/** The slots that fit a preferred time of day; empty for no preference or ANY. */
export function slotsMatching(
  availability: readonly AvailabilitySlot[],
  time: ContactTime | null,
): AvailabilitySlot[] {
  if (!time || time === "ANY") return [];
  return availability.filter((slot) => slot.endsWith(`_${time}`));
}

function exclusionOf(
  v: MatchCandidate,
  request: MatchRequest,
  distance: Distance,
  activities: Need[],
): ExclusionReason | null {
  if (v.status !== "ACTIVE") return "NOT_ACTIVE";
  if (!isScreened(v)) return "NOT_SCREENED";
  if (v.load >= v.maxActiveLinks) return "FULL";
  if (activities.length === 0) return "NO_NEEDED_ACTIVITY";
  if (!withinRange(v.travelRange, distance, request.neighbourhoodId)) return "OUT_OF_RANGE";
  return null;
}

/** Negative when a should come before b. */
function compareSuggestions(a: Suggestion, b: Suggestion, preferredTime: boolean): number {
  const byDistance = DISTANCE_ORDER[a.distance] - DISTANCE_ORDER[b.distance];
  if (byDistance !== 0) return byDistance;
  if (a.sharedLanguage !== b.sharedLanguage) return a.sharedLanguage ? -1 : 1;
  if (preferredTime) {
    const aFits = a.matchingSlots.length > 0;
    if (aFits !== b.matchingSlots.length > 0) return aFits ? -1 : 1;
  }
  const byLoad = a.volunteer.load - b.volunteer.load;
  if (byLoad !== 0) return byLoad;
  // Fairness: waiting longest first; an unknown start counts as waiting longest.
  const aSince = a.waitingSince?.getTime() ?? Number.NEGATIVE_INFINITY;
  const bSince = b.waitingSince?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (aSince !== bSince) return aSince < bSince ? -1 : 1;
  return a.volunteer.id < b.volunteer.id ? -1 : a.volunteer.id > b.volunteer.id ? 1 : 0;
}

export function rankVolunteers({
  request,
  candidates,
  adjacency,
  now,
  limit,
  withExclusions = false,
}: RankInput): RankResult {
  const needed = new Set(request.needs);
  const preferredTime = request.bestTimeToCall !== null && request.bestTimeToCall !== "ANY";
  const suggestions: Suggestion[] = [];
  const excluded: Exclusion[] = [];
  for (const volunteer of candidates) {
    const distance = distanceBetween(volunteer.neighbourhoodId, request.neighbourhoodId, adjacency);
    const activities = volunteer.activities.filter((a) => needed.has(a));
    const reason = exclusionOf(volunteer, request, distance, activities);
    if (reason) {
      if (withExclusions)
        excluded.push({ volunteer, reason, explanation: explainExclusion(volunteer, reason) });
      continue;
    }
    suggestions.push({
      volunteer,
      distance,
      sharedLanguage: volunteer.languages.includes(request.language),
      activities,
      matchingSlots: slotsMatching(volunteer.availability, request.bestTimeToCall),
      waitingSince: volunteer.lastLinkedAt ?? volunteer.activatedAt,
      reasons: [],
      explanation: "",
    });
  }
  suggestions.sort((a, b) => compareSuggestions(a, b, preferredTime));
  const shown = limit === undefined ? suggestions : suggestions.slice(0, limit);
  // Words only for those shown: with thousands of candidates that is most of the work.
  for (const suggestion of shown) {
    suggestion.reasons = explainSuggestion(suggestion, request, now);
    suggestion.explanation = suggestion.reasons.join(" · ");
  }
  return { suggestions: shown, eligibleCount: suggestions.length, excluded };
}
