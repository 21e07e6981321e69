// Suggestions from the database: the request, the adjacency and the first
// candidates in SQL (load-candidates.ts), ranked again by the pure
// rank-volunteers.ts for their words. No "server-only" import:
// the benchmark (scripts/bench-matching.ts) runs it outside Next.js;
// suggest-volunteers.ts is the use case with its permission check.
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContactTime, Need } from "@/lib/generated/prisma/enums";
import { DomainError, REQUEST_NOT_FOUND } from "@/lib/help-requests/domain-error";
import { linkRefusal } from "./link-refusal";
import { loadExcludedCandidates, loadRankedCandidates, type CandidatePage } from "./load-candidates";
import { loadAdjacency } from "./load-adjacency";
import { rankVolunteers, type Exclusion, type MatchRequest, type Suggestion } from "./rank-volunteers";

/** Shown on the request's page; the rest are further down the same order. */
export const SUGGESTION_LIMIT = 10;
/** Left out, loaded at most: enough to answer "why not Ann?" without a wall of names. */
export const EXCLUDED_LIMIT = 30;

const NONE_LEFT_OUT: CandidatePage = { candidates: [], total: 0 };

export interface SuggestOptions {
  db?: Db | Prisma.TransactionClient;
  now?: Date;
  limit?: number;
  /** Also the active volunteers offering a needed activity who were left out, with the reason. */
  withExclusions?: boolean;
  /** At most this many of those (all are counted). */
  excludedLimit?: number;
}

export type SuggestResult =
  | { allowed: false; reason: string }
  | {
      allowed: true;
      request: MatchRequest;
      suggestions: Suggestion[];
      /** Nearest first, at most `excludedLimit`; empty unless asked for. */
      excluded: Exclusion[];
      /** How many were left out in all (0 unless asked for). */
      excludedCount: number;
      /** How many volunteers could be suggested in all (before the limit). */
      eligibleCount: number;
    };

/** The ranked suggestions for a request, or why it can't be linked now; see suggest-volunteers.ts. */
export async function suggestionsForRequest(
  requestId: string,
  {
    db = prisma,
    now = new Date(),
    limit = SUGGESTION_LIMIT,
    withExclusions = false,
    excludedLimit = EXCLUDED_LIMIT,
  }: SuggestOptions = {},
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
  const rankedQuery = () => loadRankedCandidates(db, request, adjacentIds, limit);
  const leftOutQuery = async () =>
    withExclusions ? loadExcludedCandidates(db, request, adjacentIds, excludedLimit) : NONE_LEFT_OUT;
  // Side by side on the pool (measured: p50 36 → 22 ms with both); a
  // transaction has one connection (and no $connect), so there in turn.
  const pooled = typeof (db as Partial<Db>).$connect === "function";
  const [ranked, left] = pooled
    ? await Promise.all([rankedQuery(), leftOutQuery()])
    : [await rankedQuery(), await leftOutQuery()];
  const { suggestions } = rankVolunteers({ request, candidates: ranked.candidates, adjacency, now, limit });
  // The same pure function says why each was left out (and keeps SQL's order).
  const { excluded } = rankVolunteers({
    request,
    candidates: left.candidates,
    adjacency,
    now,
    withExclusions: true,
  });
  return {
    allowed: true,
    request,
    suggestions,
    eligibleCount: ranked.total,
    excluded,
    // The left-out query counts every candidate; the ranked one the eligible. Two
    // snapshots: a link made in between could make this one off, never negative.
    excludedCount: withExclusions ? Math.max(0, left.total - ranked.total) : 0,
  };
}
