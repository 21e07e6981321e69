// The candidates for a request straight from SQL, already cut to what the
// page shows: with 10,000 volunteers thousands can be eligible (everyone who
// goes anywhere in the city), so sending them all to Node to rank would be
// most of the time. SQL orders by the same keys as rank-volunteers.ts and
// returns only the first `limit` rows plus the count; rankVolunteers then
// ranks those rows again and stays the one source of the explanations.
// tests/integration/matching-sql-order.test.ts proves the two orders agree.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AvailabilitySlot, type Need } from "@/lib/generated/prisma/enums";
import { LOAD_STATUSES } from "@/lib/volunteer-links/lifecycle";
import { slotsMatching, type MatchCandidate, type MatchRequest } from "./rank-volunteers";

type Client = Db | Prisma.TransactionClient;

interface CandidateRow extends Omit<MatchCandidate, "activities" | "availability" | "travelRange"> {
  activities: string[];
  availability: string[];
  travelRange: string;
  total: number;
}

export interface CandidatePage {
  /** The first `limit` rows in SQL's order. */
  candidates: MatchCandidate[];
  /** How many rows the query had in all (before the limit); see each function. */
  total: number;
}

type Where = Pick<MatchRequest, "needs" | "neighbourhoodId">;

/** A volunteer `v` as MatchCandidate (lists NULL read as empty); the load comes from LOAD_JOIN. */
const COLUMNS = Prisma.sql`v."id", v."firstName", v."lastName", v."status"::text AS "status", v."screenedAt",
  v."conductCertificateOn", COALESCE(v."activities"::text[], '{}') AS "activities", v."neighbourhoodId",
  v."travelRange"::text AS "travelRange", COALESCE(v."languages", '{}') AS "languages",
  COALESCE(v."availability"::text[], '{}') AS "availability", v."maxActiveLinks", v."lastLinkedAt", v."activatedAt"`;

/** The fields of a MatchCandidate but the load, as Prisma selects them. */
export const CANDIDATE_FIELDS = {
  id: true,
  firstName: true,
  lastName: true,
  status: true,
  screenedAt: true,
  conductCertificateOn: true,
  activities: true,
  neighbourhoodId: true,
  travelRange: true,
  languages: true,
  availability: true,
  maxActiveLinks: true,
  lastLinkedAt: true,
  activatedAt: true,
} as const satisfies Prisma.VolunteerSelect;

/** What COLUMNS reads, passed through a subquery. */
const RAW_COLUMNS = Prisma.raw(
  Object.keys(CANDIDATE_FIELDS)
    .map((c) => `v."${c}"`)
    .join(", "),
);

/** `l."load"`: the volunteer's links in LOAD_STATUSES (an index-only lookup per volunteer). */
const LOAD_JOIN = Prisma.sql`LEFT JOIN LATERAL (
    SELECT count(*)::int AS "load" FROM "VolunteerLink"
    WHERE "volunteerId" = v."id" AND "status" = ANY(${[...LOAD_STATUSES] as string[]}::"VolunteerLinkStatus"[])
  ) l ON true`;

/** The candidates: ACTIVE and offering a needed activity. */
function isCandidate(request: Where) {
  return Prisma.sql`v."status" = 'ACTIVE' AND v."activities" && ${request.needs as string[]}::"Need"[]`;
}

/** The distance class of rank-volunteers.ts: 0 same neighbourhood, 1 adjacent, 2 further or unknown. */
function distance(hood: string | null, adjacentIds: readonly string[]) {
  return Prisma.sql`(CASE WHEN v."neighbourhoodId" IS NULL OR ${hood}::text IS NULL THEN 2
    WHEN v."neighbourhoodId" = ${hood} THEN 0
    WHEN v."neighbourhoodId" = ANY(${[...adjacentIds]}::text[]) THEN 1
    ELSE 2 END)`;
}

/**
 * Eligible as in rank-volunteers.ts (exclusionOf), for a candidate: screened,
 * a free place, within travel range. Separate ANDs, so Postgres checks all
 * but the load in the scan, before it counts anyone's links. NULL for a
 * volunteer without a neighbourhood outside their range (NULL = hood).
 */
function eligible(hood: string | null, adjacentIds: readonly string[]) {
  return Prisma.sql`(v."screenedAt" IS NOT NULL AND v."conductCertificateOn" IS NOT NULL
    AND l."load" < v."maxActiveLinks"
    AND (${hood}::text IS NULL OR v."travelRange" = 'WHOLE_CITY' OR v."neighbourhoodId" = ${hood}
         OR (v."travelRange" = 'ADJACENT_NEIGHBOURHOODS' AND v."neighbourhoodId" = ANY(${[...adjacentIds]}::text[]))))`;
}

function toPage(rows: CandidateRow[]): CandidatePage {
  return {
    candidates: rows.map(({ total: _total, ...candidate }) => candidate as MatchCandidate),
    total: rows[0]?.total ?? 0,
  };
}

const ALL_SLOTS = Object.values(AvailabilitySlot);

/**
 * The eligible volunteers in the order of rank-volunteers.ts (compareSuggestions):
 * distance class, shared language, a slot at the preferred time (none asked:
 * the empty list overlaps nothing, so the key is the same for all), lower
 * load, longest wait (last link, else activation; unknown first), then id in
 * code-point order as JavaScript compares strings (COLLATE "C").
 * `total`: how many are eligible.
 */
export async function loadRankedCandidates(
  db: Client,
  request: MatchRequest,
  adjacentIds: readonly string[],
  limit: number,
): Promise<CandidatePage> {
  const hood = request.neighbourhoodId;
  const slots = slotsMatching(ALL_SLOTS, request.bestTimeToCall) as string[];
  const rows = await db.$queryRaw<CandidateRow[]>`
    SELECT ${COLUMNS}, l."load", count(*) OVER ()::int AS "total"
    FROM "Volunteer" v ${LOAD_JOIN}
    WHERE ${isCandidate(request)} AND ${eligible(hood, adjacentIds)}
    ORDER BY ${distance(hood, adjacentIds)},
             COALESCE(${request.language} = ANY(v."languages"), false) DESC,
             COALESCE(v."availability"::text[] && ${slots}::text[], false) DESC,
             l."load",
             COALESCE(v."lastLinkedAt", v."activatedAt") ASC NULLS FIRST,
             v."id" COLLATE "C"
    LIMIT ${limit}`;
  return toPage(rows);
}

/**
 * The candidates who are not eligible (not screened, full, or too far),
 * nearest first and then by name: the first a coordinator wonders about
 * ("why not Ann, two streets away?"). The candidates are sorted before their
 * links are counted (OFFSET 0 keeps the sort inside), so only the rows read
 * until `limit` are left out cost a count. `total`: how many candidates there
 * are, eligible or not (minus the eligible count: how many are left out).
 */
export async function loadExcludedCandidates(
  db: Client,
  request: Where,
  adjacentIds: readonly string[],
  limit: number,
): Promise<CandidatePage> {
  const hood = request.neighbourhoodId;
  const rows = await db.$queryRaw<CandidateRow[]>`
    SELECT ${COLUMNS}, l."load", v."total"
    FROM (
      SELECT ${RAW_COLUMNS}, ${distance(hood, adjacentIds)} AS "distanceRank", count(*) OVER ()::int AS "total"
      FROM "Volunteer" v
      WHERE ${isCandidate(request)}
      ORDER BY "distanceRank", v."firstName", v."lastName", v."id" COLLATE "C"
      OFFSET 0
    ) v ${LOAD_JOIN}
    -- NULL (no neighbourhood, out of range) is not eligible either.
    WHERE NOT COALESCE(${eligible(hood, adjacentIds)}, false)
    ORDER BY v."distanceRank", v."firstName", v."lastName", v."id" COLLATE "C"
    LIMIT ${limit}`;
  return toPage(rows);
}

/**
 * Every ACTIVE volunteer offering one of `needs`, unranked and unfiltered, the
 * plain Prisma way: what the benchmark ranks in Node, and what the test of the
 * SQL order ranks to compare.
 */
export async function loadAllCandidates(db: Client, needs: readonly Need[]): Promise<MatchCandidate[]> {
  const rows = await db.volunteer.findMany({
    where: { status: "ACTIVE", activities: { hasSome: [...needs] } },
    select: {
      ...CANDIDATE_FIELDS,
      _count: { select: { links: { where: { status: { in: [...LOAD_STATUSES] } } } } },
    },
  });
  return rows.map(({ _count, activities, languages, availability, ...v }) => ({
    ...v,
    // Prisma leaves omitted lists NULL.
    activities: activities ?? [],
    languages: languages ?? [],
    availability: availability ?? [],
    load: _count.links,
  }));
}
