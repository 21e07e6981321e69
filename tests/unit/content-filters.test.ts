import { describe, expect, it } from "vitest";
import { ActionStatus, NeighbourhoodKind, OfferKind, TargetGroup } from "@/lib/generated/prisma/enums";
import {
  ACTION_STATUS_LABELS,
  NEIGHBOURHOOD_KIND_LABELS,
  OFFER_KIND_LABELS,
  offerCountLabel,
  TARGET_GROUP_LABELS,
} from "@/lib/content/labels";
import { hasOfferFilters, parseOfferFilters } from "@/lib/content/offer-filters";
import { pagePath } from "@/lib/content/page-paths";

describe("parseOfferFilters", () => {
  it("reads kind, target group, neighbourhood and text from the query string", () => {
    expect(
      parseOfferFilters({ soort: "MEETING_PLACE", voor: "SENIORS", wijk: "binnenstad", q: " koffie " }),
    ).toEqual({
      kind: "MEETING_PLACE",
      targetGroup: "SENIORS",
      neighbourhood: "binnenstad",
      q: "koffie",
    });
  });

  it("treats empty selects as no filter", () => {
    const filters = parseOfferFilters({ soort: "", voor: "", wijk: "", q: "" });
    expect(filters).toEqual({});
    expect(hasOfferFilters(filters)).toBe(false);
  });

  it("ignores values it does not know instead of failing", () => {
    expect(
      parseOfferFilters({ soort: "CASINO", voor: "<script>", wijk: "../../etc", q: ["wandelen", "x"] }),
    ).toEqual({
      q: "wandelen",
    });
  });
});

describe("labels", () => {
  it("has a Dutch label for every enum value shown on the public site", () => {
    for (const [labels, values] of [
      [OFFER_KIND_LABELS, Object.values(OfferKind)],
      [TARGET_GROUP_LABELS, Object.values(TargetGroup)],
      [ACTION_STATUS_LABELS, Object.values(ActionStatus)],
      [NEIGHBOURHOOD_KIND_LABELS, Object.values(NeighbourhoodKind)],
    ] as [Record<string, string>, string[]][]) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[value]?.length).toBeGreaterThan(0);
    }
  });

  it("counts places in Dutch", () => {
    expect(offerCountLabel(1)).toBe("1 plek gevonden");
    expect(offerCountLabel(12)).toBe("12 plekken gevonden");
  });
});

describe("pagePath", () => {
  it("links information pages to their route, and nothing else", () => {
    expect(pagePath("home")).toBe("/");
    expect(pagePath("over-eenzaamheid")).toBe("/over-eenzaamheid");
    expect(pagePath("geheime-pagina")).toBeNull();
  });
});
