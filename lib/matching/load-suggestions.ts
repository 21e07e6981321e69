// Suggestions from the database: the request, the adjacency and the candidates
// loaded, then ranked by the pure rank-volunteers.ts. No "server-only" import:
// the benchmark (scripts/bench-matching.ts) runs it outside Next.js;
// suggest-volunteers.ts is the use case with its permission check.
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContactTime, Need } from "@/lib/generated/prisma/enums";
import { DomainError, REQUEST_NOT_FOUND } from "@/lib/help-requests/domain-error";
import { LOAD_STATUSES } from "@/lib/volunteer-links/lifecycle";
import { linkRefusal } from "./link-refusal";
import { loadAdjacency } from "./load-adjacency";
import {
  rankVolunteers,
  type Exclusion,
  type MatchCandidate,
  type MatchRequest,
  type Suggestion,
} from "./rank-volunteers";

/** Shown on the request's page; the rest are further down the same order. */
export const SUGGESTION_LIMIT = 10;

export interface SuggestOptions {
  db?: Db | Prisma.TransactionClient;
  now?: Date;
  limit?: number;
  /** Also the active volunteers offering a needed activity who were left out, with the reason. */
  withExclusions?: boolean;
}

export type SuggestResult =
  | { allowed: false; reason: string }
  | {
      allowed: true;
      request: MatchRequest;
      suggestions: Suggestion[];
      excluded: Exclusion[];
      /** How many volunteers could be suggested in all (before the limit). */
      eligibleCount: number;
    };

interface CandidateRow extends Omit<MatchCandidate, "activities" | "availability" | "travelRange"> {
  activities: string[];
  availability: string[];
  travelRange: string;
}

/**
 * The candidates straight from SQL: ACTIVE volunteers offering a needed
 * activity, with their load (links in LOAD_STATUSES) counted per volunteer.
 * `eligibleOnly` also filters screening, load and travel range in SQL, so
 * only the few that can be suggested are sent back; the pure ranking checks
 * them again, so the two can't disagree on who is suggested.
 */
export async function loadCandidates(
  db: Db | Prisma.TransactionClient,
  request: Pick<MatchRequest, "needs" | "neighbourhoodId">,
  adjacentIds: readonly string[],
  eligibleOnly: boolean,
): Promise<MatchCandidate[]> {
  const needs = request.needs as string[];
  const hood = request.neighbourhoodId;
  const rows = await db.$queryRaw<CandidateRow[]>`
    SELECT v."id", v."firstName", v."lastName", v."status"::text AS "status", v."screenedAt", v."conductCertificateOn",
           COALESCE(v."activities"::text[], '{}') AS "activities", v."neighbourhoodId", v."travelRange"::text AS "travelRange",
           COALESCE(v."languages", '{}') AS "languages", COALESCE(v."availability"::text[], '{}') AS "availability", v."maxActiveLinks",
           v."lastLinkedAt", v."activatedAt", COALESCE(l."load", 0)::int AS "load"
    FROM "Volunteer" v
    LEFT JOIN LATERAL (
      SELECT count(*) AS "load" FROM "VolunteerLink"
      WHERE "volunteerId" = v."id" AND "status" = ANY(${[...LOAD_STATUSES] as string[]}::"VolunteerLinkStatus"[])
    ) l ON true
    WHERE v."status" = 'ACTIVE'
      AND v."activities" && ${needs}::"Need"[]
      AND (NOT ${eligibleOnly} OR (
        v."screenedAt" IS NOT NULL AND v."conductCertificateOn" IS NOT NULL
        AND COALESCE(l."load", 0) < v."maxActiveLinks"
        AND (${hood}::text IS NULL OR v."travelRange" = 'WHOLE_CITY' OR v."neighbourhoodId" = ${hood}
             OR (v."travelRange" = 'ADJACENT_NEIGHBOURHOODS' AND v."neighbourhoodId" = ANY(${[...adjacentIds]}::text[])))
      ))`;
  return rows as MatchCandidate[];
}

/** The ranked suggestions for a request, or why it can't be linked now; see suggest-volunteers.ts. */
export async function suggestionsForRequest(
  requestId: string,
  { db = prisma, now = new Date(), limit = SUGGESTION_LIMIT, withExclusions = false }: SuggestOptions = {},
): Promise<SuggestResult> {
  const found = await db.helpRequest.findUnique({
    where: { id: requestId },
    select: {
      status: true,
      requestFor: true,
      subjectConsent: true,
      anonymisedAt: true,
      needs: true,
      language: true,
      bestTimeToCall: true,
      neighbourhoodId: true,
      person: { select: { neighbourhoodId: true } },
    },
  });
  if (!found) throw new DomainError("not-found", REQUEST_NOT_FOUND);
  const reason = linkRefusal(found);
  if (reason) return { allowed: false, reason };
  const request: MatchRequest = {
    needs: found.needs as Need[],
    neighbourhoodId: found.neighbourhoodId ?? found.person.neighbourhoodId,
    language: found.language,
    bestTimeToCall: found.bestTimeToCall as ContactTime | null,
  };
  const adjacency = await loadAdjacency(db);
  const adjacentIds = request.neighbourhoodId ? [...(adjacency.get(request.neighbourhoodId) ?? [])] : [];
  const candidates = await loadCandidates(db, request, adjacentIds, !withExclusions);
  return {
    allowed: true,
    request,
    ...rankVolunteers({ request, candidates, adjacency, now, limit, withExclusions }),
  };
}
