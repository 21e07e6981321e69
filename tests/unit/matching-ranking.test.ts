// The order of the suggestions: each ranking rule on its own (all else equal),
// which rule weighs more, the fairness tie-break, and the words of each suggestion.
import { describe, expect, it } from "vitest";
import { rankVolunteers, type MatchCandidate, type MatchRequest } from "@/lib/matching/rank-volunteers";
import { ADJACENCY, DAY, NOW, request, volunteer } from "./matching-support";

function order(candidates: MatchCandidate[], req: MatchRequest = request()): string[] {
  return rankVolunteers({ request: req, candidates, adjacency: ADJACENCY, now: NOW }).suggestions.map(
    (s) => s.volunteer.id,
  );
}

const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

describe("ranking rules", () => {
  it("same neighbourhood before adjacent before further", () => {
    const far = volunteer("far", { neighbourhoodId: "c", travelRange: "WHOLE_CITY" });
    const next = volunteer("next", { neighbourhoodId: "b" });
    const same = volunteer("same", { neighbourhoodId: "a" });
    expect(order([far, next, same])).toEqual(["same", "next", "far"]);
  });

  it("a shared language comes first among equals", () => {
    const dutch = volunteer("dutch", { languages: ["nl"] });
    const french = volunteer("french", { languages: ["nl", "fr"] });
    expect(order([dutch, french], request({ language: "fr" }))).toEqual(["french", "dutch"]);
  });

  it("availability at the preferred time comes first when the request has one", () => {
    const evenings = volunteer("evenings", { availability: ["TUESDAY_EVENING"] });
    const mornings = volunteer("mornings", { availability: ["TUESDAY_MORNING", "FRIDAY_MORNING"] });
    expect(order([evenings, mornings], request({ bestTimeToCall: "MORNING" }))).toEqual([
      "mornings",
      "evenings",
    ]);
  });

  it("availability does not count without a preferred time (none, or ANY)", () => {
    // "a" has waited longer, so it leads whenever availability plays no part.
    const a = volunteer("a", { availability: [], activatedAt: ago(60) });
    const b = volunteer("b", { availability: ["TUESDAY_MORNING"], activatedAt: ago(10) });
    expect(order([b, a], request({ bestTimeToCall: null }))).toEqual(["a", "b"]);
    expect(order([b, a], request({ bestTimeToCall: "ANY" }))).toEqual(["a", "b"]);
  });

  it("a lower load comes first among equals", () => {
    const busy = volunteer("busy", { load: 2, maxActiveLinks: 3 });
    const idle = volunteer("idle", { load: 0, maxActiveLinks: 3 });
    const some = volunteer("some", { load: 1, maxActiveLinks: 3 });
    expect(order([busy, idle, some])).toEqual(["idle", "some", "busy"]);
  });

  it("weighs neighbourhood over language, language over availability, availability over load", () => {
    const req = request({ language: "fr", bestTimeToCall: "MORNING" });
    const nextAll = volunteer("nextAll", {
      neighbourhoodId: "b",
      languages: ["fr"],
      availability: ["MONDAY_MORNING"],
    });
    const sameBusy = volunteer("sameBusy", { load: 1, languages: ["nl"] });
    expect(order([nextAll, sameBusy], req)).toEqual(["sameBusy", "nextAll"]);
    const frenchBusy = volunteer("frenchBusy", { languages: ["fr"], load: 1 });
    const dutchFree = volunteer("dutchFree", { availability: ["MONDAY_MORNING"] });
    expect(order([dutchFree, frenchBusy], req)).toEqual(["frenchBusy", "dutchFree"]);
    const fitsBusy = volunteer("fitsBusy", { availability: ["MONDAY_MORNING"], load: 1 });
    const idleLate = volunteer("idleLate", { availability: ["MONDAY_EVENING"] });
    expect(order([idleLate, fitsBusy], req)).toEqual(["fitsBusy", "idleLate"]);
  });
});

describe("fairness tie-break", () => {
  it("among equals, the one who waited longest since their last link comes first", () => {
    const recent = volunteer("recent", { lastLinkedAt: ago(3) });
    const longAgo = volunteer("longAgo", { lastLinkedAt: ago(90) });
    const middle = volunteer("middle", { lastLinkedAt: ago(20) });
    expect(order([recent, longAgo, middle])).toEqual(["longAgo", "middle", "recent"]);
  });

  it("someone never linked waits since they became active", () => {
    const neverOld = volunteer("neverOld", { lastLinkedAt: null, activatedAt: ago(100) });
    const linked = volunteer("linked", { lastLinkedAt: ago(50), activatedAt: ago(400) });
    const neverNew = volunteer("neverNew", { lastLinkedAt: null, activatedAt: ago(5) });
    expect(order([neverNew, linked, neverOld])).toEqual(["neverOld", "linked", "neverNew"]);
  });

  it("then by id, so the order never depends on the input order", () => {
    const same = { lastLinkedAt: ago(10) };
    const list = [volunteer("c", same), volunteer("a", same), volunteer("b", same)];
    expect(order(list)).toEqual(["a", "b", "c"]);
    expect(order([...list].reverse())).toEqual(["a", "b", "c"]);
  });

  it("does not outweigh load", () => {
    const waitedLongBusy = volunteer("waited", { lastLinkedAt: ago(200), load: 1 });
    const justLinkedIdle = volunteer("just", { lastLinkedAt: ago(1), load: 0 });
    expect(order([waitedLongBusy, justLinkedIdle])).toEqual(["just", "waited"]);
  });
});

describe("explanations", () => {
  it("says why, in words", () => {
    const v = volunteer("v1", {
      languages: ["nl", "fr"],
      availability: ["TUESDAY_MORNING", "SATURDAY_EVENING"],
      lastLinkedAt: ago(35),
    });
    const [s] = rankVolunteers({
      request: request({ language: "fr", bestTimeToCall: "MORNING" }),
      candidates: [v],
      adjacency: ADJACENCY,
      now: NOW,
    }).suggestions;
    expect(s!.explanation).toBe(
      "zelfde wijk · spreekt Frans · beschikbaar: dinsdagvoormiddag · 0 van 2 koppelingen · wacht al 5 weken op een koppeling · kan: een babbel of telefoontje",
    );
  });

  it("names the lacks too: another neighbourhood, no shared language, not at the asked time, never linked", () => {
    const v = volunteer("v1", {
      neighbourhoodId: "c",
      travelRange: "WHOLE_CITY",
      availability: ["MONDAY_EVENING"],
      load: 1,
      maxActiveLinks: 1 + 1,
      activatedAt: ago(4),
    });
    const [s] = rankVolunteers({
      request: request({ language: "ar", bestTimeToCall: "AFTERNOON" }),
      candidates: [v],
      adjacency: ADJACENCY,
      now: NOW,
    }).suggestions;
    expect(s!.reasons).toEqual([
      "andere wijk",
      "spreekt geen Arabisch",
      "niet beschikbaar op het gevraagde moment",
      "1 van 2 koppelingen",
      "nog nooit gekoppeld, wacht al 4 dagen op een koppeling",
      "kan: een babbel of telefoontje",
    ]);
  });

  it("keeps at most `limit` suggestions, the best ones", () => {
    const list = ["d", "c", "b", "a"].map((id) => volunteer(id, { lastLinkedAt: ago(10) }));
    const result = rankVolunteers({
      request: request(),
      candidates: list,
      adjacency: ADJACENCY,
      now: NOW,
      limit: 2,
    });
    expect(result.suggestions.map((s) => s.volunteer.id)).toEqual(["a", "b"]);
  });
});
