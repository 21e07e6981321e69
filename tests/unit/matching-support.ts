// Candidates and requests for the matching unit tests: an eligible volunteer
// by default, changed one field at a time by each test.
import type { Adjacency, MatchCandidate, MatchRequest } from "@/lib/matching/rank-volunteers";

export const NOW = new Date("2026-11-23T10:00:00Z");
export const DAY = 86_400_000;

// Three neighbourhoods in a row: a — b — c (a and c don't touch).
export const ADJACENCY: Adjacency = new Map([
  ["a", new Set(["b"])],
  ["b", new Set(["a", "c"])],
  ["c", new Set(["b"])],
]);

export function request(extra: Partial<MatchRequest> = {}): MatchRequest {
  return { needs: ["CHAT_OR_CALL"], neighbourhoodId: "a", language: "nl", bestTimeToCall: null, ...extra };
}

export function volunteer(id: string, extra: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id,
    firstName: `Vrijwilliger ${id}`,
    status: "ACTIVE",
    screenedAt: new Date(NOW.getTime() - 60 * DAY),
    conductCertificateOn: new Date(NOW.getTime() - 70 * DAY),
    activities: ["CHAT_OR_CALL"],
    neighbourhoodId: "a",
    travelRange: "ADJACENT_NEIGHBOURHOODS",
    languages: ["nl"],
    availability: [],
    maxActiveLinks: 2,
    load: 0,
    lastLinkedAt: null,
    activatedAt: new Date(NOW.getTime() - 30 * DAY),
    ...extra,
  };
}
