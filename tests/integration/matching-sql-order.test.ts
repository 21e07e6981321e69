// The SQL order of load-candidates.ts equals the pure order of
// rank-volunteers.ts: a few hundred varied volunteers (deterministic random:
// every rule dimension, NULL lists, unknown neighbourhoods, ties broken only
// by id, ids where a locale collation would differ from JavaScript), and for
// many requests suggestionsForRequest's top N (cut in SQL) must equal
// rankVolunteers over all candidates cut to N, with the same counts and the
// same people left out for the same reasons. Everything is written in one
// transaction that is rolled back, so the other test files never see it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  AvailabilitySlot,
  type ContactTime,
  type Need,
  type TravelRange,
  type VolunteerLinkStatus,
  type VolunteerStatus,
} from "@/lib/generated/prisma/enums";
import { generateReference } from "@/lib/help-requests/reference";
import { loadAdjacency } from "@/lib/matching/load-adjacency";
import { loadAllCandidates } from "@/lib/matching/load-candidates";
import { suggestionsForRequest } from "@/lib/matching/load-suggestions";
import {
  distanceBetween,
  rankVolunteers,
  type Exclusion,
  type MatchCandidate,
} from "@/lib/matching/rank-volunteers";
import { ensureContent } from "./staff-request-fixtures";

const db = createPrismaClient();
const NOW = new Date("2026-11-23T10:00:00Z");
const DAY = 86_400_000;
const NEEDS: Need[] = ["CHAT_OR_CALL", "VISIT_OR_WALK", "GROCERIES_OR_ERRANDS", "DIGITAL_HELP"];
const LANGUAGES = ["nl", "fr", "ar", "tr"];
const TIMES: (ContactTime | null)[] = ["MORNING", "AFTERNOON", "EVENING", "ANY", null];
const SLOTS = Object.values(AvailabilitySlot);
// A few dates only, so that many volunteers wait exactly as long (ties).
const DATES = [null, 400, 90, 30, 7].map((d) => (d === null ? null : new Date(NOW.getTime() - d * DAY)));
const LIMITS = [1, 3, 10, 10_000];
/** Not a cuid: where a locale collation (not "C") would sort them unlike JavaScript. */
const ODD_IDS = ["Zeta", "alpha", "a-b", "ab", "a_b", "A", "é", "e", "ß", "Ärger", "10", "9"];

/** mulberry32: the same "random" volunteers every run. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => list.filter(() => next() < max / list.length);
  return { next, pick, some, chance: (p: number) => next() < p };
}

type Tx = Prisma.TransactionClient;
class Rollback extends Error {}

/** Runs `check` on a transaction that is always rolled back. */
async function rolledBack(check: (tx: Tx) => Promise<void>) {
  try {
    await db.$transaction(
      async (tx) => {
        await check(tx);
        throw new Rollback();
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

async function seed(tx: Tx, hoods: string[]) {
  const rng = generator(20261123);
  const volunteers: Prisma.VolunteerCreateManyInput[] = [];
  for (let i = 0; i < 320; i++) {
    const id = i < ODD_IDS.length ? ODD_IDS[i]! : `v${String(i).padStart(3, "0")}`;
    // Every fifth one copies an earlier one but for its id: equal on every key.
    if (i % 5 === 4 && volunteers.length > 0) {
      volunteers.push({ ...rng.pick(volunteers), id, email: null });
      continue;
    }
    const screened = rng.chance(0.85);
    volunteers.push({
      id,
      status: rng.chance(0.85) ? "ACTIVE" : rng.pick<VolunteerStatus>(["PAUSED", "STOPPED", "SCREENING"]),
      firstName: rng.pick(["An", "Bram", "Chloé", "Driss", "Els"]),
      lastName: rng.pick(["Peeters", "Janssens", "El Amrani", "Yilmaz"]),
      // Prisma leaves an omitted list NULL: some volunteers have no lists at all.
      ...(rng.chance(0.05) ? {} : { activities: rng.some(NEEDS, 2) }),
      ...(rng.chance(0.1) ? {} : { languages: rng.chance(0.4) ? ["nl", rng.pick(LANGUAGES)] : ["nl"] }),
      ...(rng.chance(0.1) ? {} : { availability: rng.some(SLOTS, 4) }),
      travelRange: rng.pick<TravelRange>(["SAME_NEIGHBOURHOOD", "ADJACENT_NEIGHBOURHOODS", "WHOLE_CITY"]),
      neighbourhoodId: rng.chance(0.08) ? null : rng.pick(hoods),
      maxActiveLinks: 1 + Math.floor(rng.next() * 3),
      screenedAt: screened || rng.chance(0.5) ? new Date(NOW.getTime() - 100 * DAY) : null,
      conductCertificateOn: screened ? new Date(NOW.getTime() - 110 * DAY) : null,
      lastLinkedAt: rng.pick(DATES),
      activatedAt: rng.pick(DATES),
    });
  }
  await tx.volunteer.createMany({ data: volunteers });

  const requests = Array.from({ length: 40 }, (_, i) => ({
    id: `sql-order-request-${i}`,
    personId: `sql-order-person-${i}`,
    // The person's neighbourhood counts when the request has none.
    personHood: rng.chance(0.5) ? rng.pick(hoods) : null,
    reference: generateReference(),
    channel: "WEBSITE" as const,
    status: "ASSESSED" as const,
    requestFor: "SELF" as const,
    needs: [rng.pick(NEEDS), ...(rng.chance(0.4) ? [rng.pick(NEEDS)] : [])],
    language: rng.pick(LANGUAGES),
    bestTimeToCall: rng.pick(TIMES),
    neighbourhoodId: rng.chance(0.15) ? null : rng.pick(hoods),
    receivedAt: NOW,
    dueAt: NOW,
    firstContactAt: NOW,
    assessedAt: NOW,
  }));
  await tx.person.createMany({
    data: requests.map((r) => ({ id: r.personId, firstName: "Test", neighbourhoodId: r.personHood })),
  });
  await tx.helpRequest.createMany({ data: requests.map(({ personHood: _hood, ...r }) => r) });

  // Load: links that take a place and links that don't (ENDED, DECLINED).
  const links = volunteers.flatMap((v) =>
    Array.from({ length: Math.floor(rng.next() * 4) }, () => ({
      volunteerId: v.id!,
      helpRequestId: rng.pick(requests).id,
      activity: "CHAT_OR_CALL" as const,
      status: rng.pick<VolunteerLinkStatus>([
        "PROPOSED",
        "ACCEPTED",
        "ACTIVE",
        "ACTIVE",
        "ENDED",
        "DECLINED",
      ]),
    })),
  );
  await tx.volunteerLink.createMany({ data: links });
  return requests.map((r) => r.id);
}

const byId = (list: Exclusion[]) =>
  list
    .map((e) => ({ id: e.volunteer.id, reason: e.reason, explanation: e.explanation }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

/** The suggestions with at most `excludedLimit` of those left out. */
async function leftOut(tx: Tx, requestId: string, excludedLimit: number) {
  const result = await suggestionsForRequest(requestId, {
    db: tx,
    now: NOW,
    withExclusions: true,
    excludedLimit,
  });
  if (!result.allowed) throw new Error(result.reason);
  return result;
}

let hoods: string[];

beforeAll(async () => {
  await ensureContent(db);
  hoods = (await db.neighbourhood.findMany({ select: { id: true } })).map((n) => n.id);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("suggestions ranked in SQL", () => {
  it("give the same top N as the pure ranking over all candidates, with the same counts", async () => {
    await rolledBack(async (tx) => {
      const requestIds = await seed(tx, hoods);
      const adjacency = await loadAdjacency(tx);
      let compared = 0;
      let withTies = 0;
      for (const id of requestIds) {
        let all: MatchCandidate[] | undefined;
        for (const limit of LIMITS) {
          const result = await suggestionsForRequest(id, { db: tx, now: NOW, limit });
          if (!result.allowed) throw new Error(result.reason);
          all ??= await loadAllCandidates(tx, result.request.needs);
          const pure = rankVolunteers({
            request: result.request,
            candidates: all,
            adjacency,
            now: NOW,
            limit,
          });
          const where = `request ${id}, limit ${limit}`;
          expect(result.suggestions, where).toEqual(pure.suggestions);
          expect(result.eligibleCount, where).toBe(pure.eligibleCount);
          expect(result.excludedCount, where).toBe(0);
          compared += result.suggestions.length;
          if (limit === 10_000) {
            // Count neighbours in the order that differ only by id: the tie-break was tested.
            withTies += pure.suggestions.filter((s, i) => {
              const prev = pure.suggestions[i - 1];
              return prev && prev.explanation === s.explanation && prev.volunteer.load === s.volunteer.load;
            }).length;
          }
        }
      }
      // The data really exercised the order: many suggestions, and ties.
      expect(compared).toBeGreaterThan(1_000);
      expect(withTies).toBeGreaterThan(20);
    });
  });

  it("leave out the same people for the same reasons, nearest first, capped but all counted", async () => {
    await rolledBack(async (tx) => {
      const requestIds = await seed(tx, hoods);
      const adjacency = await loadAdjacency(tx);
      let counted = 0;
      for (const id of requestIds) {
        const full = await leftOut(tx, id, 10_000);
        const all = await loadAllCandidates(tx, full.request.needs);
        const pure = rankVolunteers({
          request: full.request,
          candidates: all,
          adjacency,
          now: NOW,
          withExclusions: true,
        });
        expect(byId(full.excluded), id).toEqual(byId(pure.excluded));
        expect(full.excludedCount, id).toBe(pure.excluded.length);
        const hood = full.request.neighbourhoodId;
        const rank = { SAME: 0, ADJACENT: 1, FURTHER: 2, UNKNOWN: 2 } as const;
        const distances = full.excluded.map(
          (e) => rank[distanceBetween(e.volunteer.neighbourhoodId, hood, adjacency)],
        );
        expect(distances, id).toEqual([...distances].sort());
        // The page asks for a few: the first of the same list, and the same count.
        const few = await leftOut(tx, id, 5);
        expect(few.excluded, id).toEqual(full.excluded.slice(0, 5));
        expect(few.excludedCount, id).toBe(full.excludedCount);
        counted += full.excludedCount;
      }
      expect(counted).toBeGreaterThan(200);
    });
  });
});
