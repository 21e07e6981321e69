// Who may be suggested at all: each rule of eligibility on its own, with the
// reason a coordinator reads for someone left out.
import { describe, expect, it } from "vitest";
import { rankVolunteers, type MatchCandidate, type MatchRequest } from "@/lib/matching/rank-volunteers";
import { ADJACENCY, NOW, request, volunteer } from "./matching-support";

function rank(candidates: MatchCandidate[], req: MatchRequest = request()) {
  return rankVolunteers({ request: req, candidates, adjacency: ADJACENCY, now: NOW, withExclusions: true });
}

const ids = (result: ReturnType<typeof rank>) => result.suggestions.map((s) => s.volunteer.id);

describe("eligibility", () => {
  it("suggests an active, screened volunteer with room who offers a needed activity nearby", () => {
    const result = rank([volunteer("v1")]);
    expect(ids(result)).toEqual(["v1"]);
    expect(result.excluded).toEqual([]);
  });

  it.each(["APPLIED", "INTAKE_PLANNED", "SCREENING", "PAUSED", "STOPPED"] as const)(
    "leaves out a volunteer who is %s",
    (status) => {
      const result = rank([volunteer("v1", { status })]);
      expect(ids(result)).toEqual([]);
      expect(result.excluded[0]).toMatchObject({ reason: "NOT_ACTIVE" });
      expect(result.excluded[0]!.explanation).toMatch(/^niet actief \(/);
    },
  );

  it("leaves out a volunteer without a screening or without a certificate date", () => {
    const result = rank([
      volunteer("v1", { screenedAt: null }),
      volunteer("v2", { conductCertificateOn: null }),
    ]);
    expect(ids(result)).toEqual([]);
    expect(result.excluded.map((e) => e.reason)).toEqual(["NOT_SCREENED", "NOT_SCREENED"]);
    expect(result.excluded[0]!.explanation).toContain("goed gedrag");
  });

  it("leaves out a volunteer at their maximum, and keeps one with a place left", () => {
    const result = rank([
      volunteer("full", { load: 2, maxActiveLinks: 2 }),
      volunteer("over", { load: 3, maxActiveLinks: 2 }),
      volunteer("room", { load: 1, maxActiveLinks: 2 }),
    ]);
    expect(ids(result)).toEqual(["room"]);
    expect(result.excluded.map((e) => [e.volunteer.id, e.reason, e.explanation])).toEqual([
      ["full", "FULL", "zit vol: 2 van 2 koppelingen"],
      ["over", "FULL", "zit vol: 3 van 2 koppelingen"],
    ]);
  });

  it("needs at least one of the requested activities", () => {
    const result = rank(
      [
        volunteer("none", { activities: ["DIGITAL_HELP"] }),
        volunteer("one", { activities: ["DIGITAL_HELP", "VISIT_OR_WALK"] }),
      ],
      request({ needs: ["CHAT_OR_CALL", "VISIT_OR_WALK"] }),
    );
    expect(ids(result)).toEqual(["one"]);
    expect(result.suggestions[0]!.activities).toEqual(["VISIT_OR_WALK"]);
    expect(result.excluded[0]).toMatchObject({ reason: "NO_NEEDED_ACTIVITY" });
  });

  it("SAME_NEIGHBOURHOOD reaches only the own neighbourhood", () => {
    const same = volunteer("same", { travelRange: "SAME_NEIGHBOURHOOD", neighbourhoodId: "a" });
    const next = volunteer("next", { travelRange: "SAME_NEIGHBOURHOOD", neighbourhoodId: "b" });
    const result = rank([same, next]);
    expect(ids(result)).toEqual(["same"]);
    expect(result.excluded[0]).toMatchObject({
      reason: "OUT_OF_RANGE",
      explanation: "gaat alleen in de eigen wijk",
    });
  });

  it("ADJACENT_NEIGHBOURHOODS reaches the own and bordering neighbourhoods, not further", () => {
    const result = rank([
      volunteer("same", { neighbourhoodId: "a" }),
      volunteer("next", { neighbourhoodId: "b" }),
      volunteer("far", { neighbourhoodId: "c" }),
    ]);
    expect(ids(result)).toEqual(["same", "next"]);
    expect(result.excluded.map((e) => [e.volunteer.id, e.reason])).toEqual([["far", "OUT_OF_RANGE"]]);
  });

  it("WHOLE_CITY reaches any neighbourhood", () => {
    const result = rank([volunteer("far", { neighbourhoodId: "c", travelRange: "WHOLE_CITY" })]);
    expect(ids(result)).toEqual(["far"]);
    expect(result.suggestions[0]!.distance).toBe("FURTHER");
  });

  it("a request without a neighbourhood excludes no one for distance; a volunteer without one needs WHOLE_CITY", () => {
    expect(
      ids(rank([volunteer("v1", { travelRange: "SAME_NEIGHBOURHOOD" })], request({ neighbourhoodId: null }))),
    ).toEqual(["v1"]);
    const result = rank([
      volunteer("unknown", { neighbourhoodId: null }),
      volunteer("anywhere", { neighbourhoodId: null, travelRange: "WHOLE_CITY" }),
    ]);
    expect(ids(result)).toEqual(["anywhere"]);
    expect(result.excluded[0]).toMatchObject({ reason: "OUT_OF_RANGE", explanation: "woonwijk onbekend" });
  });

  it("returns no exclusions unless asked", () => {
    const result = rankVolunteers({
      request: request(),
      candidates: [volunteer("v1", { status: "PAUSED" })],
      adjacency: ADJACENCY,
      now: NOW,
    });
    expect(result).toEqual({ suggestions: [], eligibleCount: 0, excluded: [] });
  });
});
