// The shapes the ranking works on and returns: apart from rank-volunteers.ts so
// that explain-match.ts (which words them) and the ranking don't import each other.
import type {
  AvailabilitySlot,
  ContactTime,
  Need,
  TravelRange,
  VolunteerStatus,
} from "@/lib/generated/prisma/enums";

export interface MatchRequest {
  needs: readonly Need[];
  neighbourhoodId: string | null;
  /** ISO 639-1 code of the person's language. */
  language: string;
  bestTimeToCall: ContactTime | null;
}

export interface MatchCandidate {
  id: string;
  firstName: string;
  /** For staff only (they tell volunteers with the same first name apart); never needed to rank. */
  lastName?: string;
  status: VolunteerStatus;
  screenedAt: Date | null;
  conductCertificateOn: Date | null;
  activities: readonly Need[];
  neighbourhoodId: string | null;
  travelRange: TravelRange;
  languages: readonly string[];
  availability: readonly AvailabilitySlot[];
  maxActiveLinks: number;
  /** Links in LOAD_STATUSES now. */
  load: number;
  lastLinkedAt: Date | null;
  activatedAt: Date | null;
}

/** Neighbourhood id → the ids of the neighbourhoods that border it (both directions). */
export type Adjacency = ReadonlyMap<string, ReadonlySet<string>>;

/** How far the volunteer lives from the request; UNKNOWN when either neighbourhood is not known. */
export type Distance = "SAME" | "ADJACENT" | "FURTHER" | "UNKNOWN";

export type ExclusionReason = "NOT_ACTIVE" | "NOT_SCREENED" | "FULL" | "NO_NEEDED_ACTIVITY" | "OUT_OF_RANGE";

export interface Suggestion {
  volunteer: MatchCandidate;
  distance: Distance;
  sharedLanguage: boolean;
  /** The needed activities this volunteer offers (the first is the default for the link). */
  activities: Need[];
  /** Slots that fit the request's preferred time; empty when it has none. */
  matchingSlots: AvailabilitySlot[];
  /** Since when they wait for a link (last link, else activation), null when unknown. */
  waitingSince: Date | null;
  /** The reasons in words, e.g. ["zelfde wijk", "spreekt Frans", "0 van 2 koppelingen"]. */
  reasons: string[];
  /** The reasons joined with " · ". */
  explanation: string;
}

export interface Exclusion {
  volunteer: MatchCandidate;
  reason: ExclusionReason;
  /** Why not, in Dutch ("zit vol: 2 van 2 koppelingen"). */
  explanation: string;
}
